package com.consentlens.detectors.decode;

/**
 * Which document leaves the detectors can use at all, asked by {@link JsonDecoder} before it makes a view of
 * a leaf that no decoder could open ({@link ViewWalker#mayDecodeText}). An SDK batch is mostly short values
 * (ids, flags, prices, tags) that no detector reads: such a leaf is counted against the views limit but
 * never materialised. Set by the detection engine, which asks each detector; only valid with
 * {@link ViewWalker#standard()}.
 */
public interface LeafInterest {
    /** Every leaf becomes a view, and every view goes through the walker (the reference behaviour). */
    LeafInterest ALL = new LeafInterest() {
        @Override
        public boolean wantsLeaf(String key, byte[] bytes, int from, int to, int dots) {
            return true;
        }

        @Override
        public boolean wantsInGroup(String key, byte[] bytes, int from, int to, int dots) {
            return true;
        }
    };

    /**
     * True when some leaf detector may report on the leaf {@code bytes[from, to)} under {@code key} with
     * {@code dots} {@code '.'} bytes (capped at 255).
     */
    boolean wantsLeaf(String key, byte[] bytes, int from, int to, int dots);

    /** True when some group detector may use the leaf when it looks at the document's leaves together. */
    boolean wantsInGroup(String key, byte[] bytes, int from, int to, int dots);
}
