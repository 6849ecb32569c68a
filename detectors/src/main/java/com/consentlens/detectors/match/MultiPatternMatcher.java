package com.consentlens.detectors.match;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of many byte patterns in one pass over a buffer. A q-gram filter (Wu–Manber
 * style) rather than an Aho–Corasick automaton: an 8-byte window is hashed into a bit set built from the
 * eight-byte grams at offsets {@code 0..step-1} of each pattern (step = shortest pattern of 8+ bytes minus 7,
 * at most 8), so only every {@code step}-th position is probed; the rare 4–7 byte patterns are indexed by
 * their first four bytes and probed at every position. Only on a set bit is a small table consulted and the
 * candidates compared. The cost per probe is one load, one multiply and one bit test whatever the number of
 * patterns, so 100,000 patterns cost about what 100 do (the bit set grows with the index; see bench/README.md
 * for the measured figures and the comparison with {@code org.ahocorasick}, whose char-level trie was an
 * order of magnitude slower at this size).
 *
 * <p><b>Token boundaries.</b> A pattern that starts (ends) with a letter or digit only matches where the byte
 * before (after) it is not a letter or digit: {@code 13812345678} is not found inside {@code 8613812345678}
 * or a longer digit run or a hex hash, while {@code "imei":"867…"}, {@code imei=867…&} and {@code 867…,}
 * match. In binary bytes, a letter between a digit at the pattern's edge and a control byte is taken for a
 * structure byte, not part of the value (see {@link #structureLetter}). Patterns shorter than 4 bytes are
 * ignored. Immutable and thread-safe.
 */
public final class MultiPatternMatcher {
    private static final int Q = 8;
    private static final int SHORT_Q = 4;

    /** Receives each match: the pattern's index in the compile list, and the match's byte range. */
    public interface Matches {
        void match(int pattern, int start, int end);
    }

    /** Eight bytes as one big-endian long: the same value as {@code gram(b, i, 8)}, in one load. */
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    /** The most gram offsets indexed per long pattern (the scan step); entries pack the offset in 3 bits. */
    private static final int MAX_STEP = 8;

    private final byte[][] patterns;
    /**
     * The scan step for long patterns: every pattern of 8+ bytes is indexed by its grams at offsets
     * {@code 0..step-1}, where {@code step = min(8, shortest long pattern - 7)}, so probing every
     * {@code step}-th position still sees each occurrence exactly once (at the one probed position inside
     * {@code [start, start + step)}).
     */
    private final int step;
    private final GramIndex longIndex;
    private final GramIndex shortIndex;
    private final int minLength;

    public MultiPatternMatcher(List<byte[]> patternList) {
        this.patterns = patternList.toArray(new byte[0][]);
        int longCount = 0;
        int shortCount = 0;
        int minLong = Integer.MAX_VALUE;
        for (byte[] p : patterns) {
            if (p.length >= Q) {
                longCount++;
                minLong = Math.min(minLong, p.length);
            } else if (p.length >= SHORT_Q) {
                shortCount++;
            }
        }
        this.step = longCount == 0 ? 1 : Math.min(MAX_STEP, minLong - Q + 1);
        int shortest = Integer.MAX_VALUE;
        for (byte[] p : patterns) {
            if (p.length >= SHORT_Q) {
                shortest = Math.min(shortest, p.length);
            }
        }
        this.minLength = shortest;
        this.longIndex = new GramIndex(longCount * step);
        this.shortIndex = shortCount == 0 ? null : new GramIndex(shortCount);
        for (int i = 0; i < patterns.length; i++) {
            byte[] p = patterns[i];
            if (p.length >= Q) {
                for (int k = 0; k < step; k++) {
                    longIndex.add(gram(p, k, Q), i << 3 | k);
                }
            } else if (p.length >= SHORT_Q) {
                shortIndex.add(gram(p, 0, SHORT_Q), i);
            }
        }
        longIndex.freeze();
        if (shortIndex != null) {
            shortIndex.freeze();
        }
    }

    private static long gram(byte[] b, int i, int q) {
        long key = 0;
        for (int k = 0; k < q; k++) {
            key = key << 8 | (b[i + k] & 0xFF);
        }
        return key;
    }

    public int size() {
        return patterns.length;
    }

    public void find(byte[] data, Matches out) {
        find(data, 0, data.length, out);
    }

    /**
     * Matches inside {@code data[from, to)} only, as if that range were the whole buffer (token boundaries
     * included); reported positions are indices into {@code data}.
     */
    public void find(byte[] data, int from, int to, Matches out) {
        if (to - from < minLength) {
            return;
        }
        scanLong(data, from, to, out);
        if (shortIndex != null) {
            scan(data, from, to, shortIndex, SHORT_Q, out);
        }
    }

    /** The shortest pattern searched (at least 4 bytes); shorter buffers cannot match. */
    public int minLength() {
        return minLength;
    }

    /**
     * The long patterns: probes every {@code step}-th position. An index entry is {@code pattern << 3 | k}
     * for the pattern's gram at offset {@code k}, so a set bit at position {@code p} proposes the start
     * {@code p - k}. Matches are reported in the order a probe at every position would give (by start,
     * then pattern index): the starts proposed at one probe all lie in {@code (p - step, p]}, so only the
     * matches of one probe need sorting.
     */
    private void scanLong(byte[] data, int from, int to, Matches out) {
        GramIndex index = longIndex;
        long[] f = index.filter;
        int shift = index.filterShift;
        int s = step;
        for (int p = from; p + Q <= to; p += s) {
            long key = (long) LONG_BE.get(data, p);
            long m = GramIndex.mix(key);
            long bits = GramIndex.twoBits(m);
            if ((f[(int) (m >>> shift)] & bits) == bits) {
                long w = index.find(key);
                if (w != 0) {
                    if ((int) w >= 0) {
                        verifyStepped(data, from, to, p, (int) w, out);
                    } else {
                        verifyStepped(data, from, to, p, index.entries(w), out);
                    }
                }
            }
        }
    }

    /** {@link #verifyStepped(byte[], int, int, int, int[], Matches)} for a gram with a single entry. */
    private void verifyStepped(byte[] data, int from, int to, int p, int entry, Matches out) {
        int c = entry >>> 3;
        int start = p - (entry & 7);
        byte[] pat = patterns[c];
        int end = start + pat.length;
        if (start >= from && end <= to && Arrays.equals(data, start, end, pat, 0, pat.length)
                && bounded(data, from, to, start, end, pat)) {
            out.match(c, start, end);
        }
    }

    private void verifyStepped(byte[] data, int from, int to, int p, int[] entries, Matches out) {
        long[] found = null;
        int count = 0;
        for (int e : entries) {
            int c = e >>> 3;
            int start = p - (e & 7);
            if (start < from) {
                continue;
            }
            byte[] pat = patterns[c];
            int end = start + pat.length;
            if (end <= to && Arrays.equals(data, start, end, pat, 0, pat.length)
                    && bounded(data, from, to, start, end, pat)) {
                if (found == null) {
                    found = new long[entries.length];
                }
                found[count++] = (long) start << 32 | c;
            }
        }
        if (count > 1) {
            Arrays.sort(found, 0, count);
        }
        for (int i = 0; i < count; i++) {
            int start = (int) (found[i] >>> 32);
            int c = (int) found[i];
            out.match(c, start, start + patterns[c].length);
        }
    }

    private void scan(byte[] data, int from, int to, GramIndex index, int q, Matches out) {
        if (to - from < q) {
            return;
        }
        long[] f = index.filter;
        int shift = index.filterShift;
        long gramMask = q == 8 ? -1L : (1L << (8 * q)) - 1;
        long key = gram(data, from, q - 1);
        for (int i = from; i + q <= to; i++) {
            key = (key << 8 | (data[i + q - 1] & 0xFF)) & gramMask;
            long m = GramIndex.mix(key);
            long bits = GramIndex.twoBits(m);
            if ((f[(int) (m >>> shift)] & bits) == bits) {
                long w = index.find(key);
                if (w != 0) {
                    verify(data, from, to, i, (int) w >= 0 ? new int[] {(int) w} : index.entries(w), out);
                }
            }
        }
    }

    private void verify(byte[] data, int from, int to, int start, int[] candidates, Matches out) {
        for (int c : candidates) {
            byte[] p = patterns[c];
            int end = start + p.length;
            if (end <= to && Arrays.equals(data, start, end, p, 0, p.length)
                    && bounded(data, from, to, start, end, p)) {
                out.match(c, start, end);
            }
        }
    }

    /** The token-boundary rule, with {@code from} and {@code to} as the buffer's edges. */
    private static boolean bounded(byte[] data, int from, int to, int start, int end, byte[] p) {
        if (isAlnum(p[0]) && start > from && isAlnum(data[start - 1])
                && !structureLetter(data, from, to, start - 1, start - 2, end, p[0])) {
            return false;
        }
        return !(isAlnum(p[p.length - 1]) && end < to && isAlnum(data[end])
                && !structureLetter(data, from, to, end, end + 1, start - 1, p[p.length - 1]));
    }

    /**
     * True when the letter at {@code at}, beside a pattern whose edge byte is the digit {@code edge}, is a
     * structure byte of binary framing rather than part of the value: a control byte lies beyond it
     * ({@code beyond}), or, when the letter is the buffer's last or first byte, just outside the pattern's
     * other end ({@code otherSide}). In bytes no decoder could open such a letter is the next field's head or
     * tag: a JCE head such as {@code 'F'} (tag 4, string), a protobuf key such as {@code 'B'} (field 8, bytes),
     * Java serialization's {@code 't'} before a string and {@code 'x'} closing a map. Text has no control
     * bytes, so the rule never applies to it, and a digit beside a digit never passes.
     */
    private static boolean structureLetter(byte[] data, int from, int to, int at, int beyond, int otherSide,
                                           byte edge) {
        if (edge < '0' || edge > '9' || !isLetter(data[at])) {
            return false;
        }
        int evidence = beyond >= from && beyond < to ? beyond : otherSide;
        return evidence >= from && evidence < to && isControl(data[evidence]);
    }

    static boolean isLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A C0 control byte other than tab and line breaks, or DEL: never in text. */
    static boolean isControl(byte b) {
        return b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7F;
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
