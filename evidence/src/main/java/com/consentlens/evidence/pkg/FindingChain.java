package com.consentlens.evidence.pkg;

/**
 * The hash chain over {@code findings.jsonl}: {@code h0 = sha256("")}, {@code hi = sha256(h(i-1) + line_i)}
 * with hashes as lower-case hex and lines without their newline. The head commits to every line and to their
 * order, so a deleted, inserted, edited or reordered finding changes it; the per-line values (kept in
 * {@code findings.chain}) let {@code verify} name the first line where the chain breaks.
 */
final class FindingChain {
    private String head = Digests.sha256Hex("");
    private long count;

    /** Adds the next line and returns the new head. */
    String add(String line) {
        head = Digests.sha256Hex(head + line);
        count++;
        return head;
    }

    String head() {
        return head;
    }

    long count() {
        return count;
    }
}
