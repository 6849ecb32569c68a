package com.consentlens.detectors.decode;

import com.consentlens.model.Exchange;
import com.consentlens.model.Header;
import com.consentlens.model.Where;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The root views of a request: its URL, each header value (cookies split into one view per cookie), and
 * its body with the Content-Type and Content-Encoding hints. Only the request is inspected: a leak is
 * what the phone sends.
 */
public final class ExchangeViews {
    /** Headers that describe the transport, never the device. */
    private static final Set<String> SKIPPED = Set.of("content-length", "content-type", "content-encoding",
            "accept", "accept-encoding", "accept-language", "connection", "host", "transfer-encoding",
            "cache-control", "pragma", "te", "upgrade", "keep-alive", "proxy-connection", "expect");

    private ExchangeViews() {
    }

    public static List<View> of(Exchange exchange) {
        List<View> roots = new ArrayList<>();
        roots.add(View.root(exchange.url().getBytes(StandardCharsets.UTF_8), Where.URL, "", "url",
                View.Kind.URL, "", ""));
        for (Header h : exchange.requestHeaders().lines()) {
            String name = h.name().toLowerCase(Locale.ROOT);
            if (SKIPPED.contains(name) || h.value().isEmpty()) {
                continue;
            }
            if (name.equals("cookie")) {
                addCookies(h.value(), roots);
            } else {
                roots.add(View.root(h.value().getBytes(StandardCharsets.UTF_8), Where.HEADER, "header." + name,
                        name, View.Kind.HEADER, "", ""));
            }
        }
        if (!exchange.requestBody().isEmpty()) {
            String type = exchange.requestHeaders().first("Content-Type").orElse("");
            String encoding = exchange.requestHeaders().first("Content-Encoding").orElse("");
            roots.add(View.root(exchange.requestBody().toByteArray(), Where.BODY, "", "", View.Kind.BODY, type,
                    encoding));
        }
        return roots;
    }

    private static void addCookies(String header, List<View> roots) {
        for (String cookie : header.split(";")) {
            int eq = cookie.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = cookie.substring(0, eq).trim();
            byte[] value = Percent.decode(cookie.substring(eq + 1).trim(), false);
            if (value.length > 0) {
                roots.add(View.root(value, Where.COOKIE, "cookie." + name, name, View.Kind.HEADER, "", ""));
            }
        }
    }
}
