package com.consentlens.proxy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import org.littleshoot.proxy.HostResolver;

/**
 * Resolves upstream hosts, sending the overridden ones (e.g. {@code ulogs.umeng.com}) to a local server.
 * Only the TCP destination changes: SNI, host name verification and the captured URL keep the real name.
 */
final class HostOverrideResolver implements HostResolver {
    private final Map<String, InetSocketAddress> overrides;

    HostOverrideResolver(Map<String, InetSocketAddress> overrides) {
        this.overrides = overrides;
    }

    @Override
    public InetSocketAddress resolve(String host, int port) throws UnknownHostException {
        InetSocketAddress override = overrides.get(host.toLowerCase(Locale.ROOT));
        if (override != null) {
            return override;
        }
        return new InetSocketAddress(InetAddress.getByName(host), port);
    }
}
