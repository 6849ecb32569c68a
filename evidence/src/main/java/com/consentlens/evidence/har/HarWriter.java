package com.consentlens.evidence.har;

import com.consentlens.evidence.json.FindingJson;
import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Header;
import com.consentlens.model.Headers;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Writes exchanges as a HAR 1.2 file that Chrome DevTools and HTTP Toolkit open, one entry at a time (nothing
 * is buffered beyond the current entry), keeping every body byte-exact:
 *
 * <ul>
 *   <li>a request body that is UTF-8 text goes to {@code postData.text} as is; binary or non-UTF-8 bodies go
 *       there as base64 with {@code "encoding":"base64"} (mirroring HAR's {@code content.encoding});</li>
 *   <li>a response body goes to {@code content.text}, base64 with {@code content.encoding:"base64"} unless it
 *       is UTF-8 text;</li>
 *   <li>bodies are the wire bytes, still compressed when the sender compressed them; {@code "_raw": true} on
 *       request and response tells {@link HarReader} not to second-guess the Content-Encoding header.</li>
 * </ul>
 * Custom fields (HAR allows names starting with {@code _}): {@code _flowId}, {@code _client},
 * {@code _truncated}/{@code _declaredLength} for bodies cut at the capture cap, {@code response._error}.
 *
 * <pre>{@code
 * try (HarWriter w = new HarWriter(out, "ConsentLens", "0.1.0")) { exchanges.forEach(w::write); }
 * }</pre>
 * The writer does not close {@code out}, so it can write into a zip entry.
 */
public final class HarWriter implements AutoCloseable {
    private final JsonGenerator g;
    private boolean closed;

    public HarWriter(OutputStream out) {
        this(out, "ConsentLens", "");
    }

    public HarWriter(OutputStream out, String creatorName, String creatorVersion) {
        try {
            g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeObjectFieldStart("log");
            g.writeStringField("version", "1.2");
            g.writeObjectFieldStart("creator");
            g.writeStringField("name", creatorName);
            g.writeStringField("version", creatorVersion);
            g.writeEndObject();
            g.writeArrayFieldStart("pages");
            g.writeEndArray();
            g.writeArrayFieldStart("entries");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Exchange e) {
        try {
            g.writeRaw('\n');
            g.writeStartObject();
            g.writeStringField("_flowId", e.flowId());
            g.writeStringField("_client", e.client());
            g.writeStringField("startedDateTime", FindingJson.TIME.format(Instant.ofEpochMilli(e.startMillis())));
            g.writeNumberField("time", e.durationMillis());
            writeRequest(e);
            writeResponse(e);
            g.writeObjectFieldStart("cache");
            g.writeEndObject();
            g.writeObjectFieldStart("timings");
            g.writeNumberField("send", 0);
            g.writeNumberField("wait", e.durationMillis());
            g.writeNumberField("receive", 0);
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void writeRequest(Exchange e) throws IOException {
        g.writeObjectFieldStart("request");
        g.writeBooleanField("_raw", true);
        g.writeStringField("method", e.method());
        g.writeStringField("url", e.url());
        g.writeStringField("httpVersion", "HTTP/1.1");
        writeHeaders(e.requestHeaders());
        HarQuery.writeQueryString(g, e.url());
        HarQuery.writeRequestCookies(g, e.requestHeaders());
        g.writeNumberField("headersSize", -1);
        Body body = e.requestBody();
        g.writeNumberField("bodySize", body.length());
        writeTruncation(body);
        if (!body.isEmpty()) {
            g.writeObjectFieldStart("postData");
            g.writeStringField("mimeType", e.requestHeaders().first("Content-Type").orElse(""));
            writeText(body.toByteArray(), "text", "encoding");
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void writeResponse(Exchange e) throws IOException {
        g.writeObjectFieldStart("response");
        g.writeBooleanField("_raw", true);
        g.writeNumberField("status", e.status());
        g.writeStringField("statusText", HarQuery.reason(e.status()));
        g.writeStringField("httpVersion", "HTTP/1.1");
        writeHeaders(e.responseHeaders());
        g.writeArrayFieldStart("cookies");
        g.writeEndArray();
        Body body = e.responseBody();
        g.writeObjectFieldStart("content");
        g.writeNumberField("size", body.length());
        g.writeStringField("mimeType", e.responseHeaders().first("Content-Type").orElse(""));
        if (!body.isEmpty()) {
            writeText(body.toByteArray(), "text", "encoding");
        }
        g.writeEndObject();
        g.writeStringField("redirectURL", e.responseHeaders().first("Location").orElse(""));
        g.writeNumberField("headersSize", -1);
        g.writeNumberField("bodySize", body.length());
        writeTruncation(body);
        if (e.error() != null) {
            g.writeStringField("_error", e.error());
        }
        g.writeEndObject();
    }

    private void writeText(byte[] bytes, String textField, String encodingField) throws IOException {
        if (BodyEncodingCheck.isPlainText(bytes)) {
            g.writeStringField(textField, new String(bytes, StandardCharsets.UTF_8));
        } else {
            g.writeStringField(textField, Base64.getEncoder().encodeToString(bytes));
            g.writeStringField(encodingField, "base64");
        }
    }

    private void writeTruncation(Body body) throws IOException {
        if (body.truncated()) {
            g.writeBooleanField("_truncated", true);
            g.writeNumberField("_declaredLength", body.declaredLength());
        }
    }

    private void writeHeaders(Headers headers) throws IOException {
        g.writeArrayFieldStart("headers");
        for (Header h : headers.lines()) {
            g.writeStartObject();
            g.writeStringField("name", h.name());
            g.writeStringField("value", h.value());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Ends the entries array and the document and flushes; the underlying stream stays open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
