package com.consentlens.ui.model;

import com.consentlens.model.DecodedLayer;
import com.consentlens.model.DecodedNode;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Header;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * What the detail pane shows for one exchange, and for the leak selected in it: the request as text with the
 * matched text highlighted, the body as hex, and the decoding chain. Built off the FX thread (it may gunzip a
 * body); the view only lays the pieces out. The body shown as text is the wire body with the HTTP content
 * encoding (gzip/deflate) undone, because that is what the tester can read; deeper steps (a base64 form
 * field holding gzip JSON, …) are listed in the chain and reproduced layer by layer in {@link DecodedPayload}.
 */
public record DetailContent(String requestLine, List<Segment> request, String hex, boolean json,
                            boolean highlighted, List<String> chain, DecodedPayload decoded,
                            List<DecodedNode> tree) {
    /** A piece of the request text; {@code match} pieces are the finding's matched text. */
    public record Segment(String text, boolean match) {
    }

    static final int MAX_TEXT = 256 * 1024;
    static final int MAX_HEX = 64 * 1024;

    public static DetailContent of(Exchange e, Finding f) {
        return of(e, f, List.of(), List.of());
    }

    /**
     * With the layers the detectors decoded on the way to {@code f} ({@code SessionPort.decodedLayers}) and
     * the whole request decoded as a tree ({@code SessionPort.decodedTree}).
     */
    public static DetailContent of(Exchange e, Finding f, List<DecodedLayer> layers, List<DecodedNode> tree) {
        String line = e.method() + " " + e.url() + (e.status() > 0 ? "  → " + e.status() : "")
                + (e.isError() ? "  ✗ " + e.error() : "");
        StringBuilder text = new StringBuilder(line).append('\n');
        for (Header h : e.requestHeaders().lines()) {
            text.append(h.name()).append(": ").append(h.value()).append('\n');
        }
        text.append('\n');
        byte[] body = decoded(e);
        String bodyText = new String(body, 0, Math.min(body.length, MAX_TEXT), StandardCharsets.UTF_8);
        String pretty = JsonPretty.format(bodyText);
        text.append(pretty != null ? pretty : bodyText);
        if (e.requestBody().truncated()) {
            text.append("\n… [truncated at ").append(e.requestBody().length()).append(" of ")
                    .append(e.requestBody().declaredLength()).append(" bytes]");
        }
        List<Segment> segments = highlight(text.toString(), f == null ? "" : f.matchedText());
        boolean hit = segments.stream().anyMatch(Segment::match);
        return new DetailContent(line, segments, HexDump.format(body, MAX_HEX), pretty != null, hit, chain(f),
                DecodedPayload.of(layers, f), List.copyOf(tree));
    }

    /** Splits {@code text} around every case-insensitive occurrence of {@code needle}. */
    public static List<Segment> highlight(String text, String needle) {
        List<Segment> out = new ArrayList<>();
        if (needle == null || needle.isEmpty()) {
            out.add(new Segment(text, false));
            return out;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String n = needle.toLowerCase(Locale.ROOT);
        int from = 0;
        for (int at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + n.length())) {
            if (at > from) {
                out.add(new Segment(text.substring(from, at), false));
            }
            out.add(new Segment(text.substring(at, at + n.length()), true));
            from = at + n.length();
        }
        if (from < text.length()) {
            out.add(new Segment(text.substring(from), false));
        }
        return out;
    }

    /** The decoding chain, one step a line: where, each encoding step outermost first, path, matched text. */
    static List<String> chain(Finding f) {
        List<String> steps = new ArrayList<>();
        if (f == null) {
            return steps;
        }
        steps.add("0. " + f.where().wireName() + " (raw bytes)");
        int i = 1;
        for (String step : f.encoding()) {
            steps.add(i++ + ". " + step);
        }
        if (!f.path().isEmpty()) {
            steps.add("→ " + f.path());
        }
        steps.add("= " + f.matchedText() + "  (" + f.pii().name() + " " + f.maskedValue() + ", "
                + f.match().wireName() + ")");
        return steps;
    }

    private static byte[] decoded(Exchange e) {
        byte[] raw = e.requestBody().toByteArray();
        String enc = e.requestHeaders().first("Content-Encoding").orElse("").trim().toLowerCase(Locale.ROOT);
        try {
            if (enc.equals("gzip")) {
                return readBounded(new GZIPInputStream(new ByteArrayInputStream(raw)));
            }
            if (enc.equals("deflate")) {
                return readBounded(new InflaterInputStream(new ByteArrayInputStream(raw)));
            }
        } catch (IOException ex) {
            // A truncated or mislabelled body is still evidence: show the wire bytes.
            return raw;
        }
        return raw;
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        try (in) {
            return in.readNBytes(MAX_TEXT * 4);
        }
    }
}
