package com.consentlens.detectors.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of many byte patterns in one pass over a buffer. A q-gram filter (Wu–Manber
 * style) rather than an Aho–Corasick automaton: a rolling 4-byte window is hashed into a bit set built from
 * the first four bytes of each pattern, and only on a set bit is a small table consulted and the candidates
 * compared. The per-byte cost is one shift, one multiply and one bit test whatever the number of patterns,
 * so 100,000 patterns cost about what 100 do (the bit set grows from a few KiB to 1 MiB; see bench/README.md
 * for the measured figures and the comparison with {@code org.ahocorasick}, whose char-level trie was an
 * order of magnitude slower at this size).
 *
 * <p><b>Token boundaries.</b> A pattern that starts (ends) with a letter or digit only matches where the byte
 * before (after) it is not a letter or digit: {@code 13812345678} is not found inside {@code 8613812345678}
 * or a longer digit run or a hex hash, while {@code "imei":"867…"}, {@code imei=867…&} and {@code 867…,}
 * match. Patterns shorter than 4 bytes are ignored. Immutable and thread-safe.
 */
public final class MultiPatternMatcher {
    private static final int Q = 4;

    /** Receives each match: the pattern's index in the compile list, and the match's byte range. */
    public interface Matches {
        void match(int pattern, int start, int end);
    }

    private final byte[][] patterns;
    private final long[] filter;
    private final int filterShift;
    private final int[] tableKeys;
    private final int[][] tableValues;
    private final int tableMask;

    public MultiPatternMatcher(List<byte[]> patternList) {
        this.patterns = patternList.toArray(new byte[0][]);
        int bits = Math.max(12, Math.min(23, 32 - Integer.numberOfLeadingZeros(Math.max(1, patterns.length) * 16)));
        this.filter = new long[1 << (bits - 6)];
        this.filterShift = 32 - bits;
        int tableSize = Integer.highestOneBit(Math.max(16, patterns.length * 2)) * 2;
        this.tableMask = tableSize - 1;
        this.tableKeys = new int[tableSize];
        this.tableValues = new int[tableSize][];
        for (int i = 0; i < patterns.length; i++) {
            byte[] p = patterns[i];
            if (p.length < Q) {
                continue;
            }
            int key = gram(p, 0);
            int h = mix(key);
            filter[h >>> filterShift >>> 6] |= 1L << (h >>> filterShift);
            insert(key, i);
        }
    }

    private void insert(int key, int pattern) {
        int slot = mix(key) & tableMask;
        while (tableValues[slot] != null && tableKeys[slot] != key) {
            slot = (slot + 1) & tableMask;
        }
        tableKeys[slot] = key;
        int[] old = tableValues[slot];
        int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = pattern;
        tableValues[slot] = grown;
    }

    private int[] lookup(int key) {
        int slot = mix(key) & tableMask;
        int[] v;
        while ((v = tableValues[slot]) != null) {
            if (tableKeys[slot] == key) {
                return v;
            }
            slot = (slot + 1) & tableMask;
        }
        return null;
    }

    private static int gram(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    public int size() {
        return patterns.length;
    }

    public void find(byte[] data, Matches out) {
        int n = data.length;
        if (n < Q || patterns.length == 0) {
            return;
        }
        long[] f = filter;
        int shift = filterShift;
        int key = (data[0] & 0xFF) << 16 | (data[1] & 0xFF) << 8 | (data[2] & 0xFF);
        for (int i = 0; i + Q <= n; i++) {
            key = key << 8 | (data[i + 3] & 0xFF);
            int h = mix(key) >>> shift;
            if ((f[h >>> 6] & (1L << h)) != 0) {
                verify(data, i, key, out);
            }
        }
    }

    private void verify(byte[] data, int start, int key, Matches out) {
        int[] candidates = lookup(key);
        if (candidates == null) {
            return;
        }
        for (int c : candidates) {
            byte[] p = patterns[c];
            int end = start + p.length;
            if (end <= data.length && Arrays.equals(data, start, end, p, 0, p.length)
                    && bounded(data, start, end, p)) {
                out.match(c, start, end);
            }
        }
    }

    private static boolean bounded(byte[] data, int start, int end, byte[] p) {
        if (isAlnum(p[0]) && start > 0 && isAlnum(data[start - 1])) {
            return false;
        }
        return !(isAlnum(p[p.length - 1]) && end < data.length && isAlnum(data[end]));
    }

    static boolean isAlnum(byte c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** All matches as {@code [pattern, start, end]} triples; convenient for tests. */
    public List<int[]> findAll(byte[] data) {
        List<int[]> all = new ArrayList<>();
        find(data, (p, s, e) -> all.add(new int[] {p, s, e}));
        return all;
    }
}
