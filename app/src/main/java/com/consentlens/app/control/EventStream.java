package com.consentlens.app.control;

import com.consentlens.evidence.json.FindingJson;
import com.consentlens.evidence.session.SessionListener;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.ProxyEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events for {@code GET /api/events}: every committed finding, marker and verdict recomputation
 * of the session, as it happens. Each subscriber has its own bounded buffer; a subscriber too slow to keep up
 * loses events (and is told so with an {@code overflow} event) rather than slowing the session's writer.
 */
final class EventStream implements SessionListener {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLOSE = "\u0000close";

    private final List<BlockingQueue<String>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void onFindings(List<Finding> findings) {
        for (Finding f : findings) {
            publish("finding", FindingJson.toJson(f, false));
        }
    }

    @Override
    public void onMarker(Marker marker) {
        publish("marker", toJson(ControlApiServer.markerJson(marker)));
    }

    @Override
    public void onVerdictsRecomputed() {
        publish("verdicts", "{}");
    }

    @Override
    public void onEvent(ProxyEvent event) {
        publish("proxy-event", toJson(Map.of("kind", event.kind().name(), "timeMillis", event.timeMillis(),
                "client", event.client(), "host", event.host(), "detail", event.detail())));
    }

    private void publish(String name, String data) {
        String frame = "event: " + name + "\ndata: " + data + "\n\n";
        for (BlockingQueue<String> q : subscribers) {
            if (!q.offer(frame)) {
                q.clear();
                q.offer("event: overflow\ndata: {}\n\n");
            }
        }
    }

    void serve(HttpExchange ex) throws IOException {
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(4096);
        subscribers.add(queue);
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                String frame = queue.poll(15, TimeUnit.SECONDS);
                if (CLOSE.equals(frame)) {
                    return;
                }
                out.write((frame == null ? ": keep-alive\n\n" : frame).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the subscriber disconnected; nothing to record
        } finally {
            subscribers.remove(queue);
        }
    }

    void close() {
        for (BlockingQueue<String> q : subscribers) {
            q.clear();
            q.offer(CLOSE);
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
