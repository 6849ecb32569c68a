package com.consentlens.app.session;

import com.consentlens.app.DataDirectory;
import com.consentlens.model.Profile;
import com.consentlens.proxy.Cidr;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a live capture session is started with: where state lives, which session to continue, the
 * profile, how the proxy listens and whom it serves, and where findings are also written as JSON lines.
 * {@code offline} keeps every upstream on this machine: only the host overrides and loopback resolve (the
 * demo and the tests).
 */
public record LiveOptions(DataDirectory data, String sessionName, Profile profile, InetAddress bind, int port,
                          List<Cidr> allow, boolean insecureUpstream, Map<String, InetSocketAddress> hostOverrides,
                          Path jsonl, int controlPort, int bodyCapBytes, int workers, int responseBodyCapBytes,
                          boolean offline) {

    public static final int DEFAULT_BODY_CAP = 4 * 1024 * 1024;
    public static final int DEFAULT_RESPONSE_BODY_CAP = 16 * 1024;

    public LiveOptions {
        allow = allow == null ? List.of() : List.copyOf(allow);
        hostOverrides = hostOverrides == null ? Map.of() : Map.copyOf(hostOverrides);
        profile = profile == null ? Profile.EMPTY : profile;
        workers = workers <= 0 ? Math.max(1, Runtime.getRuntime().availableProcessors() - 1) : workers;
        bodyCapBytes = bodyCapBytes <= 0 ? DEFAULT_BODY_CAP : bodyCapBytes;
        responseBodyCapBytes = responseBodyCapBytes < 0 ? DEFAULT_RESPONSE_BODY_CAP : responseBodyCapBytes;
    }

    /** The options of a capture that reaches the real servers (not offline). */
    public LiveOptions(DataDirectory data, String sessionName, Profile profile, InetAddress bind, int port,
                       List<Cidr> allow, boolean insecureUpstream, Map<String, InetSocketAddress> hostOverrides,
                       Path jsonl, int controlPort, int bodyCapBytes, int workers, int responseBodyCapBytes) {
        this(data, sessionName, profile, bind, port, allow, insecureUpstream, hostOverrides, jsonl, controlPort,
                bodyCapBytes, workers, responseBodyCapBytes, false);
    }

    /** The options of a capture with the default body caps and worker count. */
    public LiveOptions(DataDirectory data, String sessionName, Profile profile, InetAddress bind, int port,
                       List<Cidr> allow, boolean insecureUpstream, Map<String, InetSocketAddress> hostOverrides,
                       Path jsonl, int controlPort, int bodyCapBytes, int workers) {
        this(data, sessionName, profile, bind, port, allow, insecureUpstream, hostOverrides, jsonl, controlPort,
                bodyCapBytes, workers, -1);
    }

    /** These options with only the host overrides and loopback resolving: nothing leaves the machine. */
    public LiveOptions offlineOnly() {
        return new LiveOptions(data, sessionName, profile, bind, port, allow, insecureUpstream, hostOverrides, jsonl,
                controlPort, bodyCapBytes, workers, responseBodyCapBytes, true);
    }
}
