package com.consentlens.app.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTPS server that stands in for every SDK backend during the demo. The proxy's host overrides
 * send {@code ulogs.umeng.com}, {@code app.adjust.com} and the rest here, so the phone's requests complete
 * with a plausible answer while nothing leaves 127.0.0.1. It answers every path with the small JSON its real
 * counterpart returns ({@link UpstreamReplies}) and remembers what it received, for the demo summary and
 * for tests.
 *
 * <pre>{@code
 * try (DemoUpstream up = DemoUpstream.start(sslContext)) {
 *     proxy.overrideHosts(DemoTraffic.hosts(), up.address());
 * }
 * }</pre>
 */
public final class DemoUpstream implements AutoCloseable {
    /** How many received requests are kept for inspection; older ones are dropped. */
    static final int KEEP = 500;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    /** One request as the upstream received it (after the proxy re-encrypted it). */
    public record Received(String method, String host, String path, byte[] body) {
    }

    private final HttpsServer server;
    private final ExecutorService executor;
    private final AtomicInteger count = new AtomicInteger();
    private final Map<String, AtomicInteger> byHost = new ConcurrentHashMap<>();
    private final List<Received> received = new ArrayList<>();

    private DemoUpstream(HttpsServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts on 127.0.0.1 and an ephemeral port, serving TLS with {@code serverContext}'s key.
     * The JDK server writes response headers and body separately; with Nagle on, each exchange then waits
     * for the client's delayed ACK (about 44 ms per request measured here, 4 ms without). The JDK reads
     * {@code sun.net.httpserver.nodelay} once, when the first HttpServer of the process starts, so it is
     * set here unless the caller chose a value.
     */
    public static DemoUpstream start(SSLContext serverContext) {
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
            ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "demo-upstream");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            DemoUpstream upstream = new DemoUpstream(server, executor);
            server.createContext("/", upstream::handle);
            server.start();
            return upstream;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo upstream on 127.0.0.1", e);
        }
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Requests answered so far. */
    public int requestCount() {
        return count.get();
    }

    /** Requests answered per {@code Host} header (the SDK host the phone asked for). */
    public Map<String, Integer> requestsByHost() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        byHost.forEach((h, n) -> copy.put(h, n.get()));
        return copy;
    }

    /** The most recent requests (at most {@value #KEEP}), oldest first. */
    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String host = hostOf(exchange.getRequestHeaders().getFirst("Host"));
            String path = exchange.getRequestURI().getRawPath();
            remember(new Received(exchange.getRequestMethod(), host, exchange.getRequestURI().toString(), body));
            UpstreamReplies.Reply reply = UpstreamReplies.forPath(path);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.getResponseHeaders().set("Server", "Tengine");
            byte[] bytes = reply.body();
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
            count.incrementAndGet();
            byHost.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
        } finally {
            exchange.close();
        }
    }

    private void remember(Received r) {
        synchronized (received) {
            if (received.size() >= KEEP) {
                received.remove(0);
            }
            received.add(r);
        }
    }

    private static String hostOf(String hostHeader) {
        if (hostHeader == null) {
            return "";
        }
        int colon = hostHeader.lastIndexOf(':');
        return colon > 0 && hostHeader.indexOf(']') < colon ? hostHeader.substring(0, colon) : hostHeader;
    }
}
