package com.consentlens.proxy;

import com.consentlens.certs.CertificateAuthority;
import com.consentlens.certs.LeafCertificates;
import com.consentlens.model.ExchangeSink;
import com.consentlens.model.ProxyEventSink;
import io.netty.handler.ssl.SslProvider;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.littleshoot.proxy.HttpProxyServer;
import org.littleshoot.proxy.impl.DefaultHttpProxyServer;
import org.littleshoot.proxy.impl.ThreadPoolConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intercepting proxy a test phone's Wi-Fi settings point at. It serves plain HTTP and decrypts HTTPS
 * behind CONNECT with certificates minted by the install's {@link CertificateAuthority}; every request and
 * its response become one immutable {@link com.consentlens.model.Exchange} handed to the {@link ExchangeSink}
 * (never blocking the event loop: a full sink is counted as a drop), and everything the tester must know that
 * is not an exchange (blind spots, refused clients, oversize bodies, upstream failures) becomes a
 * {@link com.consentlens.model.ProxyEvent}.
 *
 * <pre>{@code
 * CaptureProxy proxy = CaptureProxy.start(ProxyConfig.builder().port(8080).build(), ca, queue::offer, events);
 * System.out.println("proxy on " + proxy.listenAddress() + ", TLS " + proxy.stats().tlsProvider());
 * ...
 * proxy.close();
 * }</pre>
 *
 * Built on LittleProxy: {@link CaptureMitmManager} supplies the TLS engines, {@link CaptureFiltersSource}
 * the per-request capture.
 */
public final class CaptureProxy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureProxy.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final HttpProxyServer server;
    private final ProxyCounters counters;
    private final String tlsProvider;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CaptureProxy(HttpProxyServer server, ProxyCounters counters, String tlsProvider) {
        this.server = server;
        this.counters = counters;
        this.tlsProvider = tlsProvider;
    }

    /** Binds and starts serving; throws {@link ProxyStartException} when the address cannot be bound. */
    public static CaptureProxy start(ProxyConfig config, CertificateAuthority ca, ExchangeSink sink,
                                     ProxyEventSink events) {
        return start(config, ca, sink, events, TlsContexts.bestProvider());
    }

    /** With a chosen TLS provider: tests use it to run the JDK fallback on a machine where BoringSSL loads. */
    static CaptureProxy start(ProxyConfig config, CertificateAuthority ca, ExchangeSink sink, ProxyEventSink events,
                              SslProvider provider) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(ca, "ca");
        Objects.requireNonNull(sink, "sink");
        TlsContexts tls = new TlsContexts(new LeafCertificates(ca), config, LeafCertificates.DEFAULT_CACHE_SIZE,
                provider);
        ProxyCounters counters = new ProxyCounters();
        CaptureRuntime runtime = new CaptureRuntime(config, sink,
                new ProxyEvents(events, ProxyEvents.DEFAULT_INTERVAL_MILLIS), counters, new OnboardingPage(ca),
                tls.verifiesUpstream());
        InetSocketAddress requested = new InetSocketAddress(config.bindAddress(), config.port());
        int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
        try {
            HttpProxyServer server = DefaultHttpProxyServer.bootstrap()
                    .withName("ConsentLens")
                    .withAddress(requested)
                    .withAllowLocalOnly(false)
                    .withManInTheMiddle(new CaptureMitmManager(tls))
                    .withFiltersSource(new CaptureFiltersSource(runtime))
                    .withServerResolver(new HostOverrideResolver(config.hostOverrides(), config.offline()))
                    .withConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                    .withIdleConnectionTimeout(config.upstreamTimeout())
                    .withThreadPoolConfiguration(new ThreadPoolConfiguration().withAcceptorThreads(1)
                            .withClientToProxyWorkerThreads(workers).withProxyToServerWorkerThreads(workers))
                    .start();
            LOG.info("ConsentLens proxy listening on {} (TLS: {}, upstream verification {})",
                    server.getListenAddress(), tls.providerName(), tls.verifiesUpstream() ? "on" : "OFF");
            return new CaptureProxy(server, counters, tls.providerName());
        } catch (RuntimeException e) {
            throw new ProxyStartException(describe(requested, e), e);
        }
    }

    private static String describe(InetSocketAddress requested, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                String message = String.valueOf(bind.getMessage());
                return message.toLowerCase(java.util.Locale.ROOT).contains("in use")
                        ? "port " + requested.getPort() + " is already in use"
                        : "cannot listen on " + requested.getAddress().getHostAddress() + ":" + requested.getPort()
                                + ": " + message;
            }
        }
        return "cannot start the proxy on " + requested + ": " + e;
    }

    /** The address actually bound (the real port when 0 was asked for). */
    public InetSocketAddress listenAddress() {
        return server.getListenAddress();
    }

    public ProxyStats stats() {
        return counters.snapshot(tlsProvider);
    }

    /**
     * Closes the listening socket and every open connection, then stops the proxy's threads (LittleProxy's
     * graceful stop: about two seconds of quiet period for the event loops). Exchanges still in flight are
     * cut, not drained; a phone simply retries. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop();
        }
    }
}
