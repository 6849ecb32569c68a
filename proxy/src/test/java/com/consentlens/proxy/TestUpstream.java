package com.consentlens.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A real HTTP or HTTPS server on 127.0.0.1 standing in for SDK servers. Its certificate is issued by a test
 * root for {@code ulogs.umeng.com}, so the proxy can verify it when told to trust that root. Paths:
 * {@code /echo} answers "ok:" plus the body length and remembers the body, {@code /big} answers 5,000 bytes,
 * {@code /slow} waits 3 s, anything else answers "hello".
 */
final class TestUpstream implements AutoCloseable {
    static final String HOST = "ulogs.umeng.com";
    private static final HeldCertificate ROOT = new HeldCertificate.Builder().certificateAuthority(0)
            .commonName("Test upstream root").build();
    private static final HeldCertificate SERVER = new HeldCertificate.Builder().signedBy(ROOT)
            .addSubjectAlternativeName(HOST).commonName(HOST).build();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    final Map<String, byte[]> received = new ConcurrentHashMap<>();
    final Map<String, String> receivedHeaders = new ConcurrentHashMap<>();

    private TestUpstream(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static TestUpstream https() throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        HandshakeCertificates certs = new HandshakeCertificates.Builder().heldCertificate(SERVER, ROOT.certificate())
                .build();
        server.setHttpsConfigurator(new HttpsConfigurator(certs.sslContext()));
        return new TestUpstream(server);
    }

    static TestUpstream http() throws IOException {
        return new TestUpstream(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    /** The server side of the upstream's TLS (its certificate for {@link #HOST} and the root), for other servers. */
    static HandshakeCertificates serverCertificates() {
        return new HandshakeCertificates.Builder().heldCertificate(SERVER, ROOT.certificate()).build();
    }

    static X509Certificate root() {
        return ROOT.certificate();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String path = exchange.getRequestURI().getPath();
        received.put(path, body);
        exchange.getRequestHeaders().forEach((k, v) -> receivedHeaders.put(path + " " + k.toLowerCase(), String.join(",", v)));
        byte[] answer = switch (path) {
            case "/echo" -> ("ok:" + body.length).getBytes(StandardCharsets.UTF_8);
            case "/big" -> "x".repeat(5_000).getBytes(StandardCharsets.UTF_8);
            case "/slow" -> sleepThen();
            default -> "hello".getBytes(StandardCharsets.UTF_8);
        };
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        exchange.getResponseHeaders().add("X-Upstream", "test");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private static byte[] sleepThen() {
        try {
            Thread.sleep(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "late".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
