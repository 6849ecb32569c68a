package com.consentlens.evidence.json;

import com.consentlens.model.Finding;
import com.consentlens.model.MatchKind;
import com.consentlens.model.Party;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;
import com.consentlens.model.Where;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The findings contract of design.md §4: one finding as one line of JSON, the format of
 * {@code findings.jsonl}, {@code run --jsonl} and {@code analyze}. Keys are written in the contract's order
 * (with {@code "id"} first once the store has assigned one) so that lines diff and hash stably; the value is
 * masked unless the caller asks otherwise. {@code phase} and {@code violations} appear only once the rule
 * engine has given a verdict ({@code phase} non-null).
 *
 * <pre>{@code
 * String line = FindingJson.toJson(finding, false);   // {"id":7,"time":"2026-…Z","flowId":"f-000042",…}
 * Finding back = FindingJson.fromJson(line);           // value stays as written (masked)
 * }</pre>
 *
 * <p>{@code matchedText} is not part of the contract; a parsed finding's {@code matchedText} equals its value.
 */
public final class FindingJson {
    /** Millisecond precision always, so every line has the same time width. */
    public static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("id", "time", "flowId", "client", "method", "url", "host",
            "party", "sdk", "pii", "match", "value", "where", "path", "encoding", "phase", "violations");

    private FindingJson() {
    }

    /** One line (no trailing newline) in the contract's key order. */
    public static String toJson(Finding f, boolean unmask) {
        StringWriter out = new StringWriter(384);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            if (f.id() > 0) {
                g.writeNumberField("id", f.id());
            }
            g.writeStringField("time", TIME.format(Instant.ofEpochMilli(f.timeMillis())));
            g.writeStringField("flowId", f.flowId());
            g.writeStringField("client", f.client());
            g.writeStringField("method", f.method());
            g.writeStringField("url", f.url());
            g.writeStringField("host", f.host());
            g.writeStringField("party", f.party().wireName());
            writeSdk(g, f.sdk());
            g.writeStringField("pii", f.pii().name());
            g.writeStringField("match", f.match().wireName());
            g.writeStringField("value", unmask ? f.value() : f.maskedValue());
            g.writeStringField("where", f.where().wireName());
            g.writeStringField("path", f.path());
            g.writeArrayFieldStart("encoding");
            for (String step : f.encoding()) {
                g.writeString(step);
            }
            g.writeEndArray();
            if (f.phase() != null) {
                g.writeStringField("phase", f.phase().wireName());
                g.writeArrayFieldStart("violations");
                for (Violation v : f.violations()) {
                    g.writeString(v.name());
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeSdk(JsonGenerator g, SdkAttribution sdk) throws IOException {
        if (sdk == null) {
            g.writeNullField("sdk");
            return;
        }
        g.writeObjectFieldStart("sdk");
        g.writeStringField("id", sdk.id());
        g.writeStringField("name", sdk.name());
        g.writeStringField("nameZh", sdk.nameZh());
        g.writeEndObject();
    }

    /**
     * Parses one line. Unknown keys and missing required keys are errors naming the key, so a hand-edited or
     * truncated line is reported rather than half-read.
     */
    public static Finding fromJson(String line) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON finding: " + e.getMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("a finding line must be a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key in finding: " + key);
            }
        }
        try {
            Phase phase = n.hasNonNull("phase") ? Phase.fromWireName(n.get("phase").asText()) : null;
            List<Violation> violations = new ArrayList<>();
            for (JsonNode v : n.path("violations")) {
                violations.add(Violation.valueOf(v.asText()));
            }
            List<String> encoding = new ArrayList<>();
            for (JsonNode s : n.path("encoding")) {
                encoding.add(s.asText());
            }
            String value = text(n, "value");
            return new Finding(n.path("id").asLong(0), Instant.from(TIME.parse(text(n, "time"))).toEpochMilli(),
                    text(n, "flowId"), n.path("client").asText(""), n.path("method").asText(""),
                    n.path("url").asText(""), n.path("host").asText(""), Party.fromWireName(text(n, "party")),
                    readSdk(n.get("sdk")), PiiType.valueOf(text(n, "pii")),
                    MatchKind.fromWireName(text(n, "match")), value, Where.fromWireName(text(n, "where")),
                    n.path("path").asText(""), encoding, value, phase, violations);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null
                    && iae.getMessage().startsWith("missing key")) {
                throw iae;
            }
            throw new IllegalArgumentException("bad finding value: " + e.getMessage(), e);
        }
    }

    private static SdkAttribution readSdk(JsonNode sdk) {
        if (sdk == null || sdk.isNull()) {
            return null;
        }
        String id = text(sdk, "id");
        return new SdkAttribution(id, sdk.path("name").asText(""), sdk.path("nameZh").asText(""), "",
                id.startsWith("vendor:"));
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing key in finding: " + key);
        }
        return v.asText();
    }
}
