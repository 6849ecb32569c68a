package com.consentlens.evidence.report;

import com.consentlens.model.DecodedLayer;
import java.util.List;
import java.util.Locale;

/**
 * The payload a finding was found in, as the detectors decoded it, cut around the match: what the report
 * shows when the value does not appear in the request as sent (a base64 form field holding gzip JSON, a
 * gzip body inside a base64 envelope). A reader sees the identifier in the data an SDK built, next to the
 * key that names it, without re-running any decoder.
 *
 * @param layer  1-based number of the layer shown, out of {@code layers}
 * @param step   the decoding step that produced that layer ({@code gzip}, {@code base64}…)
 * @param length the layer's size in bytes
 * @param text   up to {@link #WINDOW} characters each side of the match (the layer's start when there is none)
 */
public record DecodedExcerpt(int layer, int layers, String step, int length, String text) {
    static final int WINDOW = 400;

    /** The excerpt of {@code layers} around {@code matched}, or null when no layer is readable. */
    public static DecodedExcerpt of(List<DecodedLayer> layers, String matched) {
        int shown = DecodedLayer.readableHolder(layers, matched);
        if (shown < 0) {
            return null;
        }
        DecodedLayer l = layers.get(shown);
        String text = l.text();
        int at = matched == null || matched.isEmpty() ? -1
                : text.toLowerCase(Locale.ROOT).indexOf(matched.toLowerCase(Locale.ROOT));
        int from = at < 0 ? 0 : Math.max(0, at - WINDOW);
        int to = at < 0 ? Math.min(text.length(), 2 * WINDOW) : Math.min(text.length(), at + matched.length() + WINDOW);
        String cut = (from > 0 ? "… " : "") + text.substring(from, to) + (to < text.length() ? " …" : "");
        return new DecodedExcerpt(shown + 1, layers.size(), l.step(), l.length(), cut);
    }
}
