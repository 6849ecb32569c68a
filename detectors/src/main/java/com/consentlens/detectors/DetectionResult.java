package com.consentlens.detectors;

import com.consentlens.model.Finding;

import java.util.List;

/**
 * What one exchange revealed: its findings (deduplicated: one per pii, value, where and path) and the
 * decoding limits that stopped part of the work ({@code depth}, {@code decoded-bytes},
 * {@code expansion-ratio}, {@code views}); a non-empty {@code limitsHit} is worth a DECODE_LIMIT event.
 * {@code faults} names each decoder or detector that failed by a bug ({@code json: NullPointerException}):
 * detection went on without it, but the exchange deserves an ERROR event, because a leak may be missing.
 */
public record DetectionResult(List<Finding> findings, List<String> limitsHit, List<String> faults) {
    public DetectionResult {
        findings = List.copyOf(findings);
        limitsHit = List.copyOf(limitsHit);
        faults = List.copyOf(faults);
    }
}
