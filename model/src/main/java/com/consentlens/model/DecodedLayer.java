package com.consentlens.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One layer of the way from a request's raw bytes to a leaked value, as the detectors decoded it: the wire
 * part (a body, a header, the URL), then each decoding step (a form field, base64, gzip, a JSON member…).
 * The detail pane shows these so a tester can see the identifier in the payload an SDK actually built,
 * even when the wire shows only a base64 blob.
 *
 * @param step   the decoding step that produced this layer ({@code gzip}, {@code base64}, {@code json}…),
 *               or the wire part's name ({@code body}, {@code url}, {@code header}, {@code cookie}) for the first;
 *               empty for a part of the layer above that took no step of its own (a nested protobuf message)
 * @param path   where in the request the layer sits ({@code data_list}, {@code $[0].properties.$oaid})
 * @param length the layer's size in bytes
 * @param text   the layer as UTF-8 text, or null when its bytes are not text (compressed, protobuf)
 */
public record DecodedLayer(String step, String path, int length, String text) {
    public DecodedLayer {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(path, "path");
        if (length < 0) {
            throw new IllegalArgumentException("length " + length);
        }
    }

    /**
     * The layer to show a reader of {@code layers} (the wire part first, the leak's own layer last): the
     * deepest readable layer above the leak that contains {@code matched} (case-insensitive); else the
     * deepest readable layer above it; else the leak's own layer when it is the only readable one; -1 when
     * nothing is readable (a protobuf body). The window's "Decoded" tab and the report use the same choice.
     */
    public static int readableHolder(List<DecodedLayer> layers, String matched) {
        if (layers.isEmpty()) {
            return -1;
        }
        String needle = matched == null ? "" : matched.toLowerCase(Locale.ROOT);
        int last = layers.size() - 1;
        int readable = -1;
        for (int i = last - 1; i >= 0; i--) {
            String text = layers.get(i).text();
            if (text == null) {
                continue;
            }
            if (!needle.isEmpty() && text.toLowerCase(Locale.ROOT).contains(needle)) {
                return i;
            }
            readable = readable < 0 ? i : readable;
        }
        return readable >= 0 ? readable : layers.get(last).text() != null ? last : -1;
    }
}
