package com.consentlens.evidence.pkg;

import java.util.Objects;

/**
 * How to export: {@code allFlows} puts every exchange into flows.har (default: only those that carry a
 * finding); {@code unmask} writes personal values in clear in findings.jsonl, profile.json and the report;
 * {@code reportDetailLimit} bounds how many findings the report shows in full (all are counted in its tables).
 */
public record ExportOptions(boolean allFlows, boolean unmask, SigningKey signingKey, int reportDetailLimit) {
    public static final int DEFAULT_REPORT_DETAIL_LIMIT = 500;

    public ExportOptions {
        Objects.requireNonNull(signingKey, "signingKey");
        if (reportDetailLimit < 0) {
            throw new IllegalArgumentException("reportDetailLimit must be >= 0");
        }
    }

    public ExportOptions(boolean allFlows, boolean unmask, SigningKey signingKey) {
        this(allFlows, unmask, signingKey, DEFAULT_REPORT_DETAIL_LIMIT);
    }
}
