package com.consentlens.detectors.decode;

import com.consentlens.detectors.DetectionLimits;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-exchange decoding budget: how many bytes decoders may still produce and which limits were hit.
 * One instance per {@code detect} call, used by one thread.
 */
public final class DecodeContext {
    private final DetectionLimits limits;
    private final LeafInterest interest;
    private final Set<String> limitsHit = new LinkedHashSet<>();
    private final Set<String> faults = new LinkedHashSet<>();
    private long decodedBytes;
    private int skippedLeaves;

    public DecodeContext(DetectionLimits limits) {
        this(limits, LeafInterest.ALL);
    }

    public DecodeContext(DetectionLimits limits, LeafInterest interest) {
        this.limits = limits;
        this.interest = interest;
    }

    /** Which document leaves deserve a view (see {@link LeafInterest}). */
    public LeafInterest interest() {
        return interest;
    }

    /** A decoder left out a leaf nobody wants; it still counts against {@code maxViews}. */
    void skippedLeaf() {
        skippedLeaves++;
    }

    /** The leaves skipped since the last call. */
    int takeSkipped() {
        int n = skippedLeaves;
        skippedLeaves = 0;
        return n;
    }

    public DetectionLimits limits() {
        return limits;
    }

    /** Bytes a decoder may produce from {@code inputLength} input bytes, by ratio and remaining budget. */
    public int allowance(int inputLength) {
        long byRatio = Math.max(64L * 1024, (long) inputLength * limits.maxExpansionRatio());
        long remaining = Math.max(0, limits.maxDecodedBytes() - decodedBytes);
        return (int) Math.min(Integer.MAX_VALUE - 16, Math.min(byRatio, remaining));
    }

    /** Names the limit that an output of {@code inputLength → allowance} bytes ran into. */
    public void exceeded(int inputLength) {
        long byRatio = Math.max(64L * 1024, (long) inputLength * limits.maxExpansionRatio());
        long remaining = Math.max(0, limits.maxDecodedBytes() - decodedBytes);
        hit(byRatio <= remaining ? "expansion-ratio" : "decoded-bytes");
    }

    /** Charges produced bytes to the budget; false (and the limit recorded) when the budget is spent. */
    public boolean charge(int bytes) {
        decodedBytes += bytes;
        if (decodedBytes > limits.maxDecodedBytes()) {
            hit("decoded-bytes");
            return false;
        }
        return true;
    }

    public boolean budgetLeft() {
        return decodedBytes < limits.maxDecodedBytes();
    }

    public void hit(String limit) {
        limitsHit.add(limit);
    }

    public List<String> limitsHit() {
        return List.copyOf(limitsHit);
    }

    /**
     * Records a decoder or detector that failed by a bug rather than on malformed input (an exception other
     * than the {@code IOException} a corrupt stream raises): its part of the payload went unexamined, so
     * the findings of this exchange may be incomplete. Named as {@code json: ArrayIndexOutOfBoundsException}.
     */
    public void fault(String component, Throwable error) {
        faults.add(component + ": " + error.getClass().getSimpleName());
    }

    /** The faults recorded so far, in order, each once. */
    public List<String> faults() {
        return List.copyOf(faults);
    }
}
