package com.consentlens.evidence.pkg;

import java.util.List;

/** The file names inside an evidence package and the fixed texts both exporter and verifier rely on. */
final class PackageLayout {
    static final String FORMAT = "consentlens-evidence/1";
    static final String MANIFEST = "manifest.json";
    static final String FINDINGS = "findings.jsonl";
    static final String CHAIN = "findings.chain";
    static final String TIMELINE = "timeline.json";
    static final String FLOWS = "flows.har";
    static final String REPORT = "report.html";
    static final String PROFILE = "profile.json";
    /** Every file but the manifest, in the order they are written. */
    static final List<String> FILES = List.of(FINDINGS, CHAIN, FLOWS, TIMELINE, PROFILE, REPORT);
    static final String CHAIN_RULE =
            "h0 = sha256(\"\"); hi = sha256(hex(h(i-1)) + line_i), UTF-8, lines without newline; hex lower-case";
    static final String SIGNED_BYTES = "Ed25519 over the canonical JSON of \"signed\": keys sorted, no whitespace, UTF-8";

    private PackageLayout() {
    }
}
