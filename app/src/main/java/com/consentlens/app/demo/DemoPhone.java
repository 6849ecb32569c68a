package com.consentlens.app.demo;

import com.consentlens.model.Header;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The simulated phone: a JDK {@link HttpClient} whose Wi-Fi proxy is ConsentLens and whose only trusted CA
 * is ConsentLens's, exactly like a lab phone after the tester installed the CA. It plays a
 * {@link DemoTraffic} script stage by stage, calling {@link Hooks#beforeStage} when the stage changes so
 * the app can drop its consent and background markers at the right moment, and it can play an app that
 * pins its server certificate ({@link #tryPinnedHost}), which refuses ConsentLens's certificate.
 *
 * <pre>{@code
 * DemoPhone phone = new DemoPhone(proxyAddress, ca.certificate());
 * phone.run(DemoTraffic.script(profile.device()), hooks, Duration.ofMillis(200));
 * phone.tryPinnedHost(DemoTraffic.PINNED_HOST);
 * }</pre>
 */
public final class DemoPhone {
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "date", "from", "via", "warning");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Callbacks during {@link #run}; all optional. Called on the caller's thread. */
    public interface Hooks {
        /** Before the first request of {@code stage}: mark consent / background here. */
        default void beforeStage(Stage stage) {
        }

        /** After a response arrived with {@code status}. */
        default void onSent(DemoRequest request, int status) {
        }

        /** When a request got no response (connection, TLS or timeout error). */
        default void onFailed(DemoRequest request, Exception error) {
        }
    }

    /** The outcome of {@link #tryPinnedHost}: {@code refused} is true when the TLS handshake was rejected. */
    public record PinnedAttempt(String host, boolean refused, String reason) {
    }

    private final InetSocketAddress proxy;
    private final InetSocketAddress directTarget;
    private final HttpClient client;
    private final SSLContext pinningContext;

    /** A phone whose proxy is {@code proxy} and which trusts only {@code proxyCa}. */
    public DemoPhone(InetSocketAddress proxy, X509Certificate proxyCa) {
        this(proxy, null, proxyCa);
    }

    private DemoPhone(InetSocketAddress proxy, InetSocketAddress directTarget, X509Certificate trusted) {
        this.proxy = proxy;
        this.directTarget = directTarget;
        this.client = client(trustOnly(trusted));
        this.pinningContext = PinningTrust.contextPinnedToAnotherKey();
    }

    /**
     * A phone without a proxy that sends every request straight to {@code upstream} (keeping path and
     * query), trusting only {@code trusted}. For tests and for checking the upstream without the proxy.
     */
    public static DemoPhone direct(InetSocketAddress upstream, X509Certificate trusted) {
        return new DemoPhone(null, upstream, trusted);
    }

    /** Plays the script in order; returns how many requests got an HTTP response. */
    public int run(List<DemoRequest> script, Hooks hooks, Duration pacing) throws InterruptedException {
        Hooks h = hooks == null ? new Hooks() { } : hooks;
        Stage current = null;
        int answered = 0;
        for (int i = 0; i < script.size(); i++) {
            DemoRequest request = script.get(i);
            if (request.stage() != current) {
                current = request.stage();
                h.beforeStage(current);
            }
            try {
                HttpResponse<Void> response = client.send(build(request), HttpResponse.BodyHandlers.discarding());
                answered++;
                h.onSent(request, response.statusCode());
            } catch (IOException e) {
                h.onFailed(request, e);
            }
            if (i < script.size() - 1 && pacing != null && !pacing.isZero()) {
                Thread.sleep(pacing.toMillis());
            }
        }
        return answered;
    }

    /**
     * Connects to {@code host} the way an app with certificate pinning does: its client accepts only the
     * vendor's own key, so ConsentLens's minted certificate fails the handshake and the proxy records a
     * blind spot. Returns normally in every case.
     */
    public PinnedAttempt tryPinnedHost(String host) throws InterruptedException {
        HttpClient pinned = client(pinningContext);
        try {
            HttpResponse<Void> r = pinned.send(build(new DemoRequest("alipay_sdk", Stage.AFTER_CONSENT, "GET",
                    "https://" + host + "/mgw.htm", List.of(), null, "pinned client")),
                    HttpResponse.BodyHandlers.discarding());
            return new PinnedAttempt(host, false, "handshake accepted, HTTP " + r.statusCode());
        } catch (SSLHandshakeException e) {
            return new PinnedAttempt(host, true, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            // The JDK sometimes reports the rejected handshake as a plain IOException wrapping the TLS cause.
            boolean tls = e.getCause() instanceof SSLHandshakeException;
            return new PinnedAttempt(host, tls, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private HttpRequest build(DemoRequest r) {
        URI uri = URI.create(r.url());
        if (directTarget != null) {
            uri = URI.create("https://" + directTarget.getHostString() + ":" + directTarget.getPort()
                    + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        for (Header header : r.headers()) {
            if (!RESTRICTED.contains(header.name().toLowerCase(Locale.ROOT))) {
                b.header(header.name(), header.value());
            }
        }
        byte[] body = r.body();
        b.method(r.method(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return b.build();
    }

    private HttpClient client(SSLContext context) {
        HttpClient.Builder b = HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER);
        if (proxy != null) {
            b.proxy(ProxySelector.of(proxy));
        }
        return b.build();
    }

    /** An SSL context that trusts exactly {@code ca}: a phone with our CA installed and nothing else. */
    public static SSLContext trustOnly(X509Certificate ca) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("consentlens-ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a trust store for the proxy CA", e);
        }
    }
}
