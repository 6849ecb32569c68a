package com.consentlens.detectors.decode;

/**
 * Which document leaves the detectors can use at all, asked by {@link JsonDecoder} before it makes a view of
 * a leaf that no decoder could open ({@link ViewWalker#mayDecodeText}). An SDK batch is mostly short values
 * (ids, flags, prices, tags) that no detector reads: such a leaf is counted against the views limit but
 * never materialised. Set by the detection engine, which asks each detector; only valid with
 * {@link ViewWalker#standard()}.
 */
@FunctionalInterface
public interface LeafInterest {
    /** Every leaf becomes a view. */
    LeafInterest ALL = (key, bytes, from, to, dots) -> true;

    /**
     * True when some detector may report on (or group) the leaf {@code bytes[from, to)} under {@code key}
     * with {@code dots} {@code '.'} bytes (capped at 255).
     */
    boolean wants(String key, byte[] bytes, int from, int to, int dots);
}
