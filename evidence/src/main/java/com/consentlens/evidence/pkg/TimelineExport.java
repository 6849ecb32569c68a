package com.consentlens.evidence.pkg;

import com.consentlens.evidence.json.FindingJson;
import com.consentlens.model.Marker;
import com.consentlens.model.ProxyEvent;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * The package's {@code timeline.json}: the session's start and end, the tester's markers (consent, withdraw,
 * background, foreground, notes) and the proxy's events (blind spots, overflow…) that explain missing
 * traffic. Phases in findings.jsonl are derived from these markers.
 */
final class TimelineExport {
    private TimelineExport() {
    }

    static void write(OutputStream out, EvidenceSource src) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeObjectFieldStart("session");
            g.writeStringField("name", src.sessionName());
            g.writeStringField("start", time(src.sessionStartMillis()));
            g.writeStringField("end", time(src.sessionEndMillis()));
            g.writeEndObject();
            g.writeArrayFieldStart("markers");
            for (Marker m : src.markers()) {
                g.writeStartObject();
                g.writeNumberField("id", m.id());
                g.writeStringField("type", m.type().wireName());
                g.writeStringField("time", time(m.timeMillis()));
                g.writeStringField("text", m.text());
                g.writeStringField("labelZh", m.type().labelZh());
                g.writeStringField("labelEn", m.type().labelEn());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (ProxyEvent e : src.events()) {
                g.writeStartObject();
                g.writeStringField("time", time(e.timeMillis()));
                g.writeStringField("kind", e.kind().name());
                g.writeStringField("client", e.client());
                g.writeStringField("host", e.host());
                g.writeStringField("detail", e.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    static String time(long millis) {
        return FindingJson.TIME.format(Instant.ofEpochMilli(millis));
    }
}
