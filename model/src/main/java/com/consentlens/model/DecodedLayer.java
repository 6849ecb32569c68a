package com.consentlens.model;

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
}
