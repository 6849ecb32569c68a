package com.consentlens.detectors.decode;

import java.util.List;

/**
 * One way of looking inside a view: URL query, form, JSON, base64, gzip, protobuf… Like a mitmproxy
 * contentview: a name, a cheap {@link #applies} gate that looks at a few bytes, and a {@link #decode} that
 * returns child views (empty when the bytes turned out not to be this format). A decoder that throws is
 * logged and skipped by the walker, never fatal to detection.
 */
public interface Decoder {
    /** The encoding step this decoder adds to its children ({@code gzip}, {@code json}, …). */
    String name();

    boolean applies(View view);

    List<View> decode(View view, DecodeContext context) throws Exception;

    /**
     * True when children are parts of the view (fields of a form, leaves of a JSON document) rather than the
     * same content re-encoded: the view itself is then not scanned as a leaf and its children form a group
     * (siblings for location pairs and app lists).
     */
    default boolean structural() {
        return false;
    }

    /** True when, once this decoder produced children, no later decoder needs to look at the view. */
    default boolean exclusive() {
        return true;
    }
}
