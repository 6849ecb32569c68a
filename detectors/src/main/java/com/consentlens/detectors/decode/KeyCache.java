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

    /** The name in {@code b[from, to)} (UTF-8, no escapes), whose {@code 31 * h + byte} hash is {@code hash}. */
    String name(byte[] b, int from, int to, int hash) {
        int len = to - from;
        if (len > MAX_CACHED) {
            return new String(b, from, len, StandardCharsets.UTF_8);
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        byte[] known = bytes[slot];
        if (known != null && known.length == len && same(known, b, from)) {
            return names[slot];
        }
        String name = new String(b, from, to - from, StandardCharsets.UTF_8);
        bytes[slot] = Arrays.copyOfRange(b, from, to);
        names[slot] = name;
        return name;
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** Eight bytes at a time, then the tail: names are short, shorter than {@code Arrays.equals}' set-up. */
    private static boolean same(byte[] known, byte[] b, int from) {
        int len = known.length;
        int k = 0;
        for (; k + 8 <= len; k += 8) {
            if ((long) LONGS.get(known, k) != (long) LONGS.get(b, from + k)) {
                return false;
            }
        }
        for (; k < len; k++) {
            if (known[k] != b[from + k]) {
                return false;
            }
        }
        return true;
    }
}
