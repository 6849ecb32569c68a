package com.consentlens.proxy;

import com.consentlens.certs.LeafCertificate;
import com.consentlens.certs.LeafCertificates;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLException;

/**
 * The TLS contexts of both sides of the MITM. BoringSSL (netty-tcnative) when it loads, because it doubles
 * keep-alive throughput and makes new connections 5.7x faster than the JDK engine (perf-notes.md); the JDK
 * provider otherwise. Both sides offer only {@code http/1.1} in ALPN: LittleProxy speaks no HTTP/2, and a
 * phone offered h2 by our certificate would otherwise pick it and fail.
 */
final class TlsContexts {
    private static final ApplicationProtocolConfig HTTP_1_1_ONLY = new ApplicationProtocolConfig(
            ApplicationProtocolConfig.Protocol.ALPN,
            ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
            ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
            ApplicationProtocolNames.HTTP_1_1);

    private final SslProvider provider;
    private final LeafCertificates leaves;
    private final SslContext upstream;
    private final boolean verifyUpstream;
    private final Map<String, SslContext> leafContexts;

    TlsContexts(LeafCertificates leaves, ProxyConfig config, int maxCachedHosts, SslProvider provider) {
        this.provider = provider;
        this.leaves = leaves;
        this.verifyUpstream = !config.insecureUpstream();
        this.upstream = upstreamContext(config);
        this.leafContexts = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SslContext> eldest) {
                return size() > maxCachedHosts;
            }
        };
    }

    /** BoringSSL when netty-tcnative loaded on this platform, else the JDK's engine. */
    static SslProvider bestProvider() {
        return OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK;
    }

    String providerName() {
        return provider == SslProvider.OPENSSL ? "OpenSSL (BoringSSL)" : "JDK";
    }

    boolean verifiesUpstream() {
        return verifyUpstream;
    }

    SslContext upstream() {
        return upstream;
    }

    /** The phone-facing context for one host, minted on first use and cached like the leaves themselves. */
    SslContext forHost(String host) {
        synchronized (leafContexts) {
            SslContext cached = leafContexts.get(host);
            if (cached != null) {
                return cached;
            }
        }
        LeafCertificate leaf = leaves.forHost(host);
        SslContext built = build(SslContextBuilder.forServer(leaf.privateKey(), leaf.certificate(), leaf.issuer())
                .sslProvider(provider).applicationProtocolConfig(HTTP_1_1_ONLY));
        synchronized (leafContexts) {
            SslContext raced = leafContexts.putIfAbsent(host, built);
            return raced != null ? raced : built;
        }
    }

    private SslContext upstreamContext(ProxyConfig config) {
        SslContextBuilder builder = SslContextBuilder.forClient().sslProvider(provider)
                .applicationProtocolConfig(HTTP_1_1_ONLY);
        if (config.insecureUpstream()) {
            builder.trustManager(InsecureTrustManagerFactory.INSTANCE).endpointIdentificationAlgorithm(null);
        } else {
            if (!config.upstreamTrust().isEmpty()) {
                builder.trustManager(config.upstreamTrust());
            }
            builder.endpointIdentificationAlgorithm("HTTPS");
        }
        return build(builder);
    }

    private static SslContext build(SslContextBuilder builder) {
        try {
            return builder.build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot build a TLS context: " + e.getMessage(), e);
        }
    }
}
