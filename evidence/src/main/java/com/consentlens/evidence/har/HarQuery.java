package com.consentlens.evidence.har;

import com.consentlens.model.Headers;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The derived, informational parts of a HAR request (query string, cookies, status text). */
final class HarQuery {
    private HarQuery() {
    }

    static void writeQueryString(JsonGenerator g, String url) throws IOException {
        g.writeArrayFieldStart("queryString");
        String query = rawQuery(url);
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                writePair(g, decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        g.writeEndArray();
    }

    static void writeRequestCookies(JsonGenerator g, Headers headers) throws IOException {
        g.writeArrayFieldStart("cookies");
        for (String line : headers.all("Cookie")) {
            for (String part : line.split(";")) {
                String p = part.trim();
                int eq = p.indexOf('=');
                if (eq > 0) {
                    writePair(g, p.substring(0, eq), p.substring(eq + 1));
                }
            }
        }
        g.writeEndArray();
    }

    private static void writePair(JsonGenerator g, String name, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    private static String rawQuery(String url) {
        try {
            return URI.create(url).getRawQuery();
        } catch (IllegalArgumentException e) {
            int q = url.indexOf('?');
            return q < 0 ? null : url.substring(q + 1);
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a malformed %-escape is evidence too: keep it as sent
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }
}
