package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Field names as shared {@code String}s, per thread. An SDK batch repeats the same dozen names in every
 * event; returning the same instance each time means a name is decoded once and its hash code (used by the
 * detectors' per-name caches) is computed once. Direct-mapped and bounded: a colliding name replaces the
 * older one, so attacker-chosen names cost a {@code String} each but never grow memory.
 */
final class KeyCache {
    private static final int SLOTS = 1024;
    private static final int MAX_CACHED = 64;
    private static final ThreadLocal<KeyCache> PER_THREAD = ThreadLocal.withInitial(KeyCache::new);

    private final byte[][] bytes = new byte[SLOTS][];
    private final String[] names = new String[SLOTS];

    private KeyCache() {
    }

    /** This thread's cache: fetch once per document. */
    static KeyCache forThisThread() {
        return PER_THREAD.get();
    }

    /** The name in {@code b[from, to)} (UTF-8, no escapes). */
    String name(byte[] b, int from, int to) {
        if (to - from > MAX_CACHED) {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + b[k];
        }
        int slot = (h ^ h >>> 16) & (SLOTS - 1);
        byte[] known = bytes[slot];
        if (known != null && Arrays.equals(known, 0, known.length, b, from, to)) {
            return names[slot];
        }
        String name = new String(b, from, to - from, StandardCharsets.UTF_8);
        bytes[slot] = Arrays.copyOfRange(b, from, to);
        names[slot] = name;
        return name;
    }
}
