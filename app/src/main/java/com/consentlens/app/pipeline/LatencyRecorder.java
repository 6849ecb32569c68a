package com.consentlens.app.pipeline;

import java.util.Arrays;

/**
 * Keeps the most recent detection latencies in a fixed ring so p50 and p99 describe current behaviour in
 * bounded memory, however long the session runs.
 */
final class LatencyRecorder {
    private final long[] ring;
    private int next;
    private int size;

    LatencyRecorder(int capacity) {
        ring = new long[capacity];
    }

    synchronized void record(long nanos) {
        ring[next] = nanos;
        next = (next + 1) % ring.length;
        size = Math.min(size + 1, ring.length);
    }

    /** The given percentile (0–100) in milliseconds, or 0 when nothing was recorded yet. */
    double percentileMillis(double percentile) {
        long[] copy;
        synchronized (this) {
            if (size == 0) {
                return 0;
            }
            copy = Arrays.copyOf(ring, size);
        }
        Arrays.sort(copy);
        int index = (int) Math.ceil(percentile / 100.0 * copy.length) - 1;
        return copy[Math.max(0, Math.min(copy.length - 1, index))] / 1_000_000.0;
    }
}
