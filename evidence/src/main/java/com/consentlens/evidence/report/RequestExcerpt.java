package com.consentlens.evidence.report;

import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Header;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * The part of a request the report shows next to a finding: method, URL, headers and the start of the body.
 * gzip and deflate bodies are decompressed here (JDK only) so the reader sees text; brotli, zstd and binary
 * bodies appear as a hex excerpt, and the finding's decoding chain says how the detector reached the value.
 * Sizes are capped so that a report with many findings stays small; flows.har holds the full bytes.
 */
public record RequestExcerpt(String method, String url, List<Header> headers, String body, String bodyNote) {
    static final int MAX_BODY_CHARS = 4096;
    static final int MAX_HEADERS = 40;
    static final int MAX_HEADER_VALUE = 300;
    private static final int MAX_INFLATED = 1 << 20;

    public static RequestExcerpt of(Exchange e) {
        List<Header> headers = new ArrayList<>();
        for (Header h : e.requestHeaders().lines()) {
            if (headers.size() == MAX_HEADERS) {
                break;
            }
            String v = h.value();
            headers.add(new Header(h.name(), v.length() > MAX_HEADER_VALUE ? v.substring(0, MAX_HEADER_VALUE) + "…" : v));
        }
        Body body = e.requestBody();
        if (body.isEmpty()) {
            return new RequestExcerpt(e.method(), e.url(), headers, "", "");
        }
        byte[] bytes = body.toByteArray();
        String note = body.length() + " bytes" + (body.truncated() ? " (truncated at capture)" : "");
        String coding = e.requestHeaders().first("Content-Encoding").orElse("").trim().toLowerCase(Locale.ROOT);
        if (coding.equals("gzip") || coding.equals("deflate")) {
            try {
                bytes = inflate(bytes, coding.equals("gzip"));
                note += ", " + coding + "-decoded to " + bytes.length + " bytes";
            } catch (IOException ex) {
                note += ", " + coding + " could not be decoded: " + ex.getMessage();
            }
        } else if (!coding.isEmpty() && !coding.equals("identity")) {
            note += ", " + coding + "-encoded (shown as hex)";
        }
        String text = utf8(bytes);
        if (text == null) {
            int n = Math.min(bytes.length, MAX_BODY_CHARS / 3);
            return new RequestExcerpt(e.method(), e.url(), headers,
                    HexFormat.ofDelimiter(" ").formatHex(bytes, 0, n) + (n < bytes.length ? " …" : ""),
                    note + ", binary: first " + n + " bytes in hex");
        }
        if (text.length() > MAX_BODY_CHARS) {
            text = text.substring(0, MAX_BODY_CHARS) + " …";
            note += ", first " + MAX_BODY_CHARS + " characters";
        }
        return new RequestExcerpt(e.method(), e.url(), headers, text, note);
    }

    private static byte[] inflate(byte[] bytes, boolean gzip) throws IOException {
        try (InputStream in = gzip ? new GZIPInputStream(new ByteArrayInputStream(bytes))
                : new InflaterInputStream(new ByteArrayInputStream(bytes))) {
            return in.readNBytes(MAX_INFLATED); // bounded: a decompression bomb must not blow up the export
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
