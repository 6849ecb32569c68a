package com.consentlens.app.control;

import com.consentlens.app.UsageException;
import com.consentlens.evidence.json.FindingJson;
import com.consentlens.evidence.session.SessionStore;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The control API of a running session (design.md §6): HTTP on 127.0.0.1 only, every call needs
 * {@code Authorization: Bearer <token>} from {@code control.token}.
 * <ul>
 *   <li>{@code POST /api/markers {"type":"consent","text":"…"}} — mark the timeline now (or at {@code timeMillis})</li>
 *   <li>{@code POST /api/markers/ID/move {"timeMillis":…,"reason":"…"}} — move a marker; every verdict is
 *       recomputed and the move is kept in the session's audit trail</li>
 *   <li>{@code GET /api/findings?since=ID&limit=N} — stored findings after ID, oldest first</li>
 *   <li>{@code GET /api/events} — server-sent events: {@code finding}, {@code marker}, {@code verdicts}</li>
 *   <li>{@code GET /api/status} — proxy, pipeline and session counters</li>
 * </ul>
 * The endpoint URL is written to {@code control.endpoint} so {@code consentlens mark} can find it.
 */
public final class ControlApiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ControlToken token;
    private final SessionStore store;
    private final Supplier<Map<String, Object>> status;
    private final EventStream events;
    private final Path endpointFile;

    private ControlApiServer(HttpServer server, ControlToken token, SessionStore store,
                             Supplier<Map<String, Object>> status, Path endpointFile) {
        this.server = server;
        this.token = token;
        this.store = store;
        this.status = status;
        this.events = new EventStream();
        this.endpointFile = endpointFile;
        store.addListener(events);
    }

    /** Starts on 127.0.0.1:{@code port} (0 = any free port) and publishes the endpoint in the data directory. */
    public static ControlApiServer start(int port, ControlToken token, SessionStore store,
                                         Supplier<Map<String, Object>> status, Path endpointFile) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UsageException("control API cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        ControlApiServer api = new ControlApiServer(server, token, store, status, endpointFile);
        server.createContext("/api/", api::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "control-api");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        try {
            Files.writeString(endpointFile, api.url() + "\n");
        } catch (IOException e) {
            api.close();
            throw new UsageException("cannot write " + endpointFile + ": " + e.getMessage(), e);
        }
        return api;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!token.acceptsHeader(ex.getRequestHeaders().getFirst("Authorization"))) {
                ex.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"consentlens\"");
                send(ex, 401, Map.of("error", "missing or wrong bearer token (see control.token in the data directory)"));
                return;
            }
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (method.equals("POST") && path.matches("/api/markers/\\d+/move")) {
                moveMarker(ex, Long.parseLong(path.split("/")[3]));
                return;
            }
            switch (method + " " + path) {
                case "POST /api/markers" -> postMarker(ex);
                case "GET /api/findings" -> getFindings(ex);
                case "GET /api/status" -> send(ex, 200, status.get());
                case "GET /api/events" -> events.serve(ex);
                default -> send(ex, 404, Map.of("error", "no such endpoint: " + method + " " + path));
            }
        } catch (IllegalArgumentException e) {
            send(ex, 400, Map.of("error", e.getMessage()));
        }
    }

    private void postMarker(HttpExchange ex) throws IOException {
        JsonNode body = readJson(ex, "{\"type\":\"consent\",\"text\":\"…\"}");
        if (!body.hasNonNull("type")) {
            throw new IllegalArgumentException("missing \"type\" (consent, withdraw, background, foreground, note)");
        }
        MarkerType type = MarkerType.fromWireName(body.get("type").asText());
        long time = body.hasNonNull("timeMillis") ? body.get("timeMillis").asLong() : System.currentTimeMillis();
        Marker marker = store.addMarker(type, time, body.path("text").asText(""));
        send(ex, 201, markerJson(marker));
    }

    private void moveMarker(HttpExchange ex, long markerId) throws IOException {
        JsonNode body = readJson(ex, "{\"timeMillis\":1763883662123,\"reason\":\"…\"}");
        if (!body.hasNonNull("timeMillis") || !body.get("timeMillis").canConvertToLong()) {
            throw new IllegalArgumentException("missing \"timeMillis\" (epoch milliseconds of the marker's new time)");
        }
        String reason = body.path("reason").asText("");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a move needs a \"reason\": it is kept in the audit trail");
        }
        store.moveMarker(markerId, body.get("timeMillis").asLong(), reason);
        Marker moved = store.markers().stream().filter(m -> m.id() == markerId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no marker with id " + markerId));
        send(ex, 200, markerJson(moved));
    }

    private static JsonNode readJson(HttpExchange ex, String example) {
        try {
            JsonNode body = JSON.readTree(ex.getRequestBody());
            if (body == null || !body.isObject()) {
                throw new IllegalArgumentException("body must be a JSON object like " + example);
            }
            return body;
        } catch (IOException e) {
            throw new IllegalArgumentException("body must be JSON like " + example);
        }
    }

    private void getFindings(HttpExchange ex) throws IOException {
        Map<String, String> query = Query.parse(ex.getRequestURI().getRawQuery());
        long since = Query.longParam(query, "since", 0);
        int limit = (int) Math.min(10_000, Query.longParam(query, "limit", 1000));
        List<Finding> page = store.findingsSince(since, limit);
        StringBuilder json = new StringBuilder("{\"findings\":[");
        for (int i = 0; i < page.size(); i++) {
            json.append(i == 0 ? "" : ",").append(FindingJson.toJson(page.get(i), false));
        }
        long next = page.isEmpty() ? since : page.get(page.size() - 1).id();
        json.append("],\"next\":").append(next).append('}');
        sendRaw(ex, 200, json.toString());
    }

    static Map<String, Object> markerJson(Marker m) {
        return Map.of("id", m.id(), "type", m.type().wireName(), "timeMillis", m.timeMillis(),
                "time", java.time.Instant.ofEpochMilli(m.timeMillis()).toString(), "text", m.text());
    }

    static void send(HttpExchange ex, int status, Object body) throws IOException {
        sendRaw(ex, status, JSON.writeValueAsString(body));
    }

    static void sendRaw(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        try {
            Files.deleteIfExists(endpointFile);
        } catch (IOException ignored) {
            // a stale endpoint file only makes `mark` report that nothing answers
        }
    }
}
