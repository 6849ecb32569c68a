package com.consentlens.detectors.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The index of {@link MultiPatternMatcher}: a blocked Bloom filter over hashed q-grams, and an
 * open-addressing table from q-gram to the patterns that contain it. Eight-byte grams make hex-heavy text
 * (UUIDs, digests) cheap: four hex bytes have only 65,536 values and would light up the filter at most
 * positions of a hex run.
 */
final class GramIndex {
    /**
     * The filter is a blocked Bloom filter: a gram sets two bits (chosen by the low twelve bits of its hash)
     * in one 64-bit word (chosen by the high bits). Two bits per gram give the false-positive rate of one bit
     * in a filter several times larger, so the filter stays in cache beside the documents being scanned;
     * a probe is still one load.
     */
    private static final long BITS_PER_GRAM = 16;

    static long twoBits(long m) {
        return 1L << m | 1L << (m >>> 6);
    }

    static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    final long[] filter;
    final int filterShift;
    /** The build-time table, dropped by {@link #freeze}. */
    long[] keys;
    int[][] values;
    final int mask;
    /**
     * The table the scans read, built by {@link #freeze}: one {@code long} per slot, the gram's 32-bit
     * fingerprint (odd, so a used slot is never 0) above its entry, or above {@code 0x8000_0000 | i} for the
     * entries in {@code lists[i]} when it has several. Grams whose fingerprints meet on one probe chain share
     * a slot (their entries merged); the scan verifies every candidate against the bytes anyway, so this
     * costs nothing in exactness. Eight bytes a slot keep the table a quarter of a full key-and-entries
     * table: a filter hit is one memory access into a table small enough to stay in cache and TLB.
     */
    long[] slots;
    int[][] lists;
    int slotMask;

    GramIndex(int count) {
        int bits = Math.max(12, Math.min(24, 64 - Long.numberOfLeadingZeros(Math.max(1, count) * BITS_PER_GRAM)));
        filter = new long[1 << (bits - 6)];
        filterShift = 64 - (bits - 6);
        int size = Integer.highestOneBit(Math.max(16, count * 2)) * 2;
        mask = size - 1;
        keys = new long[size];
        values = new int[size][];
    }

    void add(long key, int pattern) {
        long m = mix(key);
        filter[(int) (m >>> filterShift)] |= twoBits(m);
        int slot = (int) mix(key) & mask;
        while (values[slot] != null && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        int[] old = values[slot];
        int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = pattern;
        values[slot] = grown;
    }

    void freeze() {
        int used = 0;
        for (int[] v : values) {
            used += v == null ? 0 : 1;
        }
        int size = Math.max(16, Integer.highestOneBit(Math.max(1, used * 3 / 2)) * 2);
        slots = new long[size];
        slotMask = size - 1;
        List<int[]> shared = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                place(keys[i], values[i], shared);
            }
        }
        lists = shared.toArray(new int[0][]);
        keys = null;
        values = null;
    }

    private void place(long key, int[] entries, List<int[]> shared) {
        long m = mix(key);
        int fp = fingerprint(m);
        int slot = (int) m & slotMask;
        while (slots[slot] != 0) {
            if ((int) (slots[slot] >>> 32) == fp) {
                int payload = (int) slots[slot];
                int[] old = payload >= 0 ? new int[] {payload} : shared.get(payload & 0x7FFF_FFFF);
                int[] merged = Arrays.copyOf(old, old.length + entries.length);
                System.arraycopy(entries, 0, merged, old.length, entries.length);
                slots[slot] = word(fp, list(merged, payload, shared));
                return;
            }
            slot = (slot + 1) & slotMask;
        }
        slots[slot] = word(fp, entries.length == 1 ? entries[0] : list(entries, 0, shared));
    }

    /** Stores a list of entries (reusing the slot's own list index when it had one); its payload. */
    private static int list(int[] entries, int payload, List<int[]> shared) {
        if (payload < 0) {
            shared.set(payload & 0x7FFF_FFFF, entries);
            return payload;
        }
        shared.add(entries);
        return 0x8000_0000 | (shared.size() - 1);
    }

    private static long word(int fp, int payload) {
        return (long) fp << 32 | (payload & 0xFFFF_FFFFL);
    }

    private static int fingerprint(long m) {
        return (int) (m >>> 32) | 1;
    }

    /** The slot word of {@code key} (see {@link #slots}), or 0 when no pattern has this gram. */
    long find(long key) {
        long m = mix(key);
        int fp = fingerprint(m);
        int slot = (int) m & slotMask;
        long w;
        while ((w = slots[slot]) != 0) {
            if ((int) (w >>> 32) == fp) {
                return w;
            }
            slot = (slot + 1) & slotMask;
        }
        return 0;
    }

    /** The entries of a slot word with several. */
    int[] entries(long word) {
        return lists[(int) word & 0x7FFF_FFFF];
    }
}
