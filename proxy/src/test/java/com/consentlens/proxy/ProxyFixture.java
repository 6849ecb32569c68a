package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.certs.CertificateAuthority;
import com.consentlens.model.Exchange;
import com.consentlens.model.ProxyEvent;
import io.netty.handler.ssl.SslProvider;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A running {@link CaptureProxy} on 127.0.0.1 with a fresh CA, recording what it delivers. */
final class ProxyFixture implements AutoCloseable {
    final CertificateAuthority ca;
    final CaptureProxy proxy;
    final BlockingQueue<Exchange> exchanges = new LinkedBlockingQueue<>();
    final List<ProxyEvent> events = new CopyOnWriteArrayList<>();
    /** While false the sink refuses every exchange, as a full detection queue would. */
    final AtomicBoolean accepting = new AtomicBoolean(true);

    ProxyFixture(Path caDir, ProxyConfig.Builder config) {
        this(caDir, config, TlsContexts.bestProvider());
    }

    ProxyFixture(Path caDir, ProxyConfig.Builder config, SslProvider provider) {
        this.ca = CertificateAuthority.loadOrCreate(caDir);
        this.proxy = CaptureProxy.start(config.bindAddress(InetAddress.getLoopbackAddress()).port(0).build(), ca,
                e -> accepting.get() && exchanges.offer(e), events::add, provider);
    }

    static ProxyConfig.Builder config(TestUpstream https, TestUpstream http) {
        // Offline: a test that names a host nobody mapped gets a 502, never a DNS query.
        return ProxyConfig.builder().offline(true).upstreamTrust(List.of(TestUpstream.root()))
                .hostOverrides(java.util.Map.of(TestUpstream.HOST, https.address(),
                        "plain.example", http.address(), "wrong-name.example", https.address()));
    }

    InetSocketAddress address() {
        return proxy.listenAddress();
    }

    /** A JDK client that uses the proxy and trusts only the proxy's CA, as a configured phone would. */
    HttpClient client() {
        return HttpClient.newBuilder().proxy(ProxySelector.of(address())).sslContext(trustingCa())
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    SSLContext trustingCa() {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("consentlens", ca.certificate());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Exchange nextExchange() throws InterruptedException {
        Exchange e = exchanges.poll(10, TimeUnit.SECONDS);
        assertThat(e).as("an exchange within 10 s").isNotNull();
        return e;
    }

    ProxyEvent awaitEvent(Predicate<ProxyEvent> match) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (ProxyEvent e : events) {
                if (match.test(e)) {
                    return e;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no matching event within 10 s; events: " + events);
    }

    @Override
    public void close() {
        proxy.close();
    }
}
