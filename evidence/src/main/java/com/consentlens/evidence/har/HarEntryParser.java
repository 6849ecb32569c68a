package com.consentlens.evidence.har;

import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Header;
import com.consentlens.model.Headers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Turns one HAR entry into an {@link Exchange}, accepting what real exporters write.
 *
 * <ul>
 *   <li>Bodies: {@code postData.text} plain (UTF-8) or with {@code "encoding":"base64"} (our export, HTTP
 *       Toolkit); {@code postData.params} alone is re-encoded as {@code application/x-www-form-urlencoded};
 *       {@code response.content.text} plain or base64 ({@code content.encoding}).</li>
 *   <li>Decompressed bodies under a stale {@code Content-Encoding} (browsers, mitmproxy, Charles): when the
 *       body does not look encoded ({@link BodyEncodingCheck}), the header is renamed to
 *       {@value HarReader#DECODED_CONTENT_ENCODING_HEADER}, so detectors read the body as it is and the evidence still shows
 *       what the server declared. Bodies marked {@code "_raw": true} (our own export) are wire bytes and keep
 *       their header.</li>
 *   <li>Identity: {@code flowId} is {@code _flowId} when present (our export, so flows.har links to
 *       findings.jsonl), else {@code h-000001}, {@code h-000002}… by position; {@code client} is
 *       {@code _client} or empty (HAR has no client address); start is {@code startedDateTime}, end is start
 *       plus {@code time}.</li>
 *   <li>Optional fields may be missing; a response with status 0 or {@code _error} becomes an error exchange.</li>
 * </ul>
 */
final class HarEntryParser {
    static final String ORIGINAL_ENCODING_HEADER = HarReader.DECODED_CONTENT_ENCODING_HEADER;

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final String file;
    private final int index;

    HarEntryParser(String file, int index) {
        this.file = file;
        this.index = index;
    }

    Exchange parse(JsonNode entry) {
        JsonNode request = required(entry, "request", "request");
        long start = parseTime(required(entry, "startedDateTime", "startedDateTime").asText());
        long duration = Math.round(entry.path("time").asDouble(0));
        String flowId = entry.hasNonNull("_flowId") ? entry.get("_flowId").asText()
                : String.format("h-%06d", index + 1);
        Headers reqHeaders = headers(request.path("headers"), "request.headers");
        Body reqBody = requestBody(request.path("postData"));
        reqBody = truncation(request, reqBody);
        reqHeaders = reconcileEncoding(reqHeaders, reqBody, request.path("_raw").asBoolean(false));

        Exchange.Builder b = Exchange.builder().flowId(flowId).client(entry.path("_client").asText(""))
                .startMillis(start).endMillis(start + Math.max(0, duration))
                .method(required(request, "method", "request.method").asText())
                .url(required(request, "url", "request.url").asText())
                .requestHeaders(reqHeaders).requestBody(reqBody);
        JsonNode response = entry.path("response");
        if (response.isObject()) {
            boolean raw = response.path("_raw").asBoolean(false);
            Headers respHeaders = headers(response.path("headers"), "response.headers");
            Body respBody = truncation(response, responseBody(response.path("content")));
            b.status(response.path("status").asInt(0))
                    .responseHeaders(reconcileEncoding(respHeaders, respBody, raw)).responseBody(respBody);
        }
        String error = response.hasNonNull("_error") ? response.get("_error").asText()
                : entry.hasNonNull("_error") ? entry.get("_error").asText() : null;
        if (error == null && response.path("status").asInt(0) == 0) {
            error = "no response recorded in the HAR entry";
        }
        return b.error(error).build();
    }

    private Body requestBody(JsonNode postData) {
        if (!postData.isObject()) {
            return Body.EMPTY;
        }
        if (postData.hasNonNull("text")) {
            return decodeText(postData.get("text").asText(), postData.path("encoding").asText(""),
                    "request.postData.text");
        }
        JsonNode params = postData.path("params");
        if (params.isArray() && params.size() > 0) {
            StringBuilder form = new StringBuilder();
            for (JsonNode p : params) {
                if (form.length() > 0) {
                    form.append('&');
                }
                form.append(URLEncoder.encode(p.path("name").asText(""), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(p.path("value").asText(""), StandardCharsets.UTF_8));
            }
            return Body.of(form.toString().getBytes(StandardCharsets.UTF_8));
        }
        return Body.EMPTY;
    }

    private Body responseBody(JsonNode content) {
        if (!content.hasNonNull("text")) {
            return Body.EMPTY;
        }
        return decodeText(content.get("text").asText(), content.path("encoding").asText(""),
                "response.content.text");
    }

    private Body decodeText(String text, String encoding, String field) {
        if (encoding.equalsIgnoreCase("base64")) {
            try {
                // strict decoding, tolerant only of line breaks some tools insert
                return Body.of(Base64.getDecoder().decode(WHITESPACE.matcher(text).replaceAll("")));
            } catch (IllegalArgumentException e) {
                throw new HarFormatException(file, index, field, "invalid base64: " + e.getMessage(), e);
            }
        }
        if (!encoding.isEmpty()) {
            throw new HarFormatException(file, index, field, "unsupported encoding '" + encoding + "'", null);
        }
        return Body.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Body truncation(JsonNode message, Body body) {
        if (!message.path("_truncated").asBoolean(false)) {
            return body;
        }
        return Body.truncated(body.toByteArray(), message.path("_declaredLength").asLong(-1));
    }

    private static Headers reconcileEncoding(Headers headers, Body body, boolean raw) {
        Optional<String> coding = headers.first("Content-Encoding");
        if (raw || coding.isEmpty() || coding.get().trim().equalsIgnoreCase("identity") || body.isEmpty()
                || BodyEncodingCheck.stillEncoded(coding.get(), body.toByteArray())) {
            return headers;
        }
        List<Header> out = new ArrayList<>(headers.size());
        for (Header h : headers.lines()) {
            out.add(h.name().equalsIgnoreCase("Content-Encoding")
                    ? new Header(ORIGINAL_ENCODING_HEADER, h.value()) : h);
        }
        return Headers.of(out);
    }

    private Headers headers(JsonNode list, String field) {
        if (list.isMissingNode() || list.isNull()) {
            return Headers.EMPTY;
        }
        if (!list.isArray()) {
            throw new HarFormatException(file, index, field, "must be an array", null);
        }
        List<Header> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode h = list.get(i);
            out.add(new Header(required(h, "name", field + "[" + i + "].name").asText(), h.path("value").asText("")));
        }
        return Headers.of(out);
    }

    private long parseTime(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s).toEpochMilli();
            } catch (DateTimeParseException e2) {
                throw new HarFormatException(file, index, "startedDateTime", "not an ISO 8601 time: " + s, e2);
            }
        }
    }

    private JsonNode required(JsonNode node, String key, String field) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new HarFormatException(file, index, field, "missing", null);
        }
        return v;
    }
}
