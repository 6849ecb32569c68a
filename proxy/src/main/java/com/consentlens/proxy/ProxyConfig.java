package com.consentlens.proxy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * How a {@link CaptureProxy} listens, whom it serves and how it treats upstream servers. Immutable; build one
 * with {@link #builder()}.
 *
 * <pre>{@code
 * ProxyConfig cfg = ProxyConfig.builder().port(8080).allow(List.of(Cidr.parse("100.64.0.0/10"))).build();
 * }</pre>
 */
public final class ProxyConfig {
    public static final int DEFAULT_BODY_CAP = 4 * 1024 * 1024;
    /**
     * Responses are context, not evidence (detectors read what the phone sends): keeping only their start
     * stops an app that streams images or video from filling the session with megabytes per request.
     */
    public static final int DEFAULT_RESPONSE_BODY_CAP = 16 * 1024;

    private final InetAddress bindAddress;
    private final int port;
    private final ClientAllowlist allowlist;
    private final int bodyCapBytes;
    private final int responseBodyCapBytes;
    private final boolean insecureUpstream;
    private final List<X509Certificate> upstreamTrust;
    private final Map<String, InetSocketAddress> hostOverrides;
    private final boolean offline;
    private final LongSupplier flowIds;
    private final Duration upstreamTimeout;

    private ProxyConfig(Builder b) {
        bindAddress = b.bindAddress;
        port = b.port;
        allowlist = new ClientAllowlist(b.defaultRanges, b.allow);
        bodyCapBytes = b.bodyCapBytes;
        responseBodyCapBytes = b.responseBodyCapBytes;
        insecureUpstream = b.insecureUpstream;
        upstreamTrust = List.copyOf(b.upstreamTrust);
        hostOverrides = Map.copyOf(b.hostOverrides);
        offline = b.offline;
        upstreamTimeout = b.upstreamTimeout;
        flowIds = b.flowIds != null ? b.flowIds : new AtomicLong()::incrementAndGet;
    }

    public static Builder builder() {
        return new Builder();
    }

    public InetAddress bindAddress() {
        return bindAddress;
    }

    public int port() {
        return port;
    }

    ClientAllowlist allowlist() {
        return allowlist;
    }

    public List<Cidr> allowedRanges() {
        return allowlist.ranges();
    }

    public int bodyCapBytes() {
        return bodyCapBytes;
    }

    public int responseBodyCapBytes() {
        return responseBodyCapBytes;
    }

    public boolean insecureUpstream() {
        return insecureUpstream;
    }

    public List<X509Certificate> upstreamTrust() {
        return upstreamTrust;
    }

    public Map<String, InetSocketAddress> hostOverrides() {
        return hostOverrides;
    }

    /** True when only the overridden names, {@code localhost} and loopback addresses resolve (no DNS). */
    public boolean offline() {
        return offline;
    }

    /** How long a connection may stay silent; an upstream silent this long gets the client a 502. */
    public Duration upstreamTimeout() {
        return upstreamTimeout;
    }

    String nextFlowId() {
        return String.format(Locale.ROOT, "f-%06d", flowIds.getAsLong());
    }

    /** Defaults: 0.0.0.0, port 8080, private ranges allowed, 4 MiB cap, upstream certificates verified. */
    public static final class Builder {
        private InetAddress bindAddress = anyLocal();
        private int port = 8080;
        private List<Cidr> allow = List.of();
        private boolean defaultRanges = true;
        private int bodyCapBytes = DEFAULT_BODY_CAP;
        private int responseBodyCapBytes = DEFAULT_RESPONSE_BODY_CAP;
        private boolean insecureUpstream;
        private List<X509Certificate> upstreamTrust = List.of();
        private final Map<String, InetSocketAddress> hostOverrides = new LinkedHashMap<>();
        private boolean offline;
        private LongSupplier flowIds;
        private Duration upstreamTimeout = Duration.ofSeconds(60);

        private Builder() {
        }

        private static InetAddress anyLocal() {
            return new InetSocketAddress(0).getAddress();
        }

        /** Default 0.0.0.0: a phone on the LAN must reach the proxy. */
        public Builder bindAddress(InetAddress v) {
            bindAddress = Objects.requireNonNull(v, "bindAddress");
            return this;
        }

        /** 0 picks any free port; read it back from {@link CaptureProxy#listenAddress()}. */
        public Builder port(int v) {
            if (v < 0 || v > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, not " + v);
            }
            port = v;
            return this;
        }

        /** Client ranges served in addition to loopback and the private ranges. */
        public Builder allow(List<Cidr> v) {
            allow = List.copyOf(v);
            return this;
        }

        /**
         * Whether loopback and the private ranges are served (default true). Only tests turn this off, to see
         * a client from 127.0.0.1 refused without needing a second network.
         */
        public Builder defaultRanges(boolean v) {
            defaultRanges = v;
            return this;
        }

        /** Bodies above this are kept truncated and reported as OVERSIZE_BODY; the request still goes through. */
        public Builder bodyCapBytes(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("bodyCapBytes must not be negative");
            }
            bodyCapBytes = v;
            return this;
        }

        /** Response bodies above this are kept truncated (marked so, and reported as OVERSIZE_BODY). */
        public Builder responseBodyCapBytes(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("responseBodyCapBytes must not be negative");
            }
            responseBodyCapBytes = v;
            return this;
        }

        /** Skips upstream certificate and host name verification (local test servers, the demo). */
        public Builder insecureUpstream(boolean v) {
            insecureUpstream = v;
            return this;
        }

        /**
         * Trust these roots for upstream servers instead of the system trust store (host names are still
         * verified). For tests and private upstreams; empty means the system trust store.
         */
        public Builder upstreamTrust(List<X509Certificate> v) {
            upstreamTrust = List.copyOf(v);
            return this;
        }

        /** Host name to loopback address: SDK hosts reach a local server without DNS (tests, demo). */
        public Builder hostOverrides(Map<String, InetSocketAddress> v) {
            v.forEach((host, address) -> hostOverrides.put(host.toLowerCase(Locale.ROOT), address));
            return this;
        }

        /**
         * Resolve only the {@link #hostOverrides overridden} names, {@code localhost} and loopback addresses;
         * any other upstream fails as unresolvable (the client gets a 502) without a DNS query or a
         * connection leaving the machine. For the demo and tests; off by default, since a real phone's apps
         * talk to the real servers.
         */
        public Builder offline(boolean v) {
            offline = v;
            return this;
        }

        /** Source of flow numbers; default a counter from 1. */
        public Builder flowIds(LongSupplier v) {
            flowIds = Objects.requireNonNull(v, "flowIds");
            return this;
        }

        /** Idle time after which a silent upstream counts as timed out (default 60 s). */
        public Builder upstreamTimeout(Duration v) {
            if (v.isNegative() || v.isZero()) {
                throw new IllegalArgumentException("upstreamTimeout must be positive");
            }
            upstreamTimeout = v;
            return this;
        }

        public ProxyConfig build() {
            return new ProxyConfig(this);
        }
    }
}
