package com.consentlens.evidence.pkg;

import java.util.List;

/**
 * The outcome of {@link EvidenceVerifier#verify}: intact when there are no problems. {@code keyFingerprint}
 * is the SHA-256 of the public key the package carries — print it, because a valid signature only proves
 * the package is unchanged since the holder of that key signed it (see {@link SigningKey}).
 */
public record VerifyReport(List<Problem> problems, String keyFingerprint, String sessionName, long findings) {
    public VerifyReport {
        problems = List.copyOf(problems);
        keyFingerprint = keyFingerprint == null ? "" : keyFingerprint;
        sessionName = sessionName == null ? "" : sessionName;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** What is wrong with a package. */
    public enum Kind {
        /** A file's bytes differ from the digest in the manifest. */
        CHANGED,
        /** A file the manifest lists is not in the zip. */
        MISSING,
        /** The zip holds a file the manifest does not list. */
        ADDED,
        /** The findings hash chain breaks; {@code line} is the first broken line (1-based). */
        BROKEN_CHAIN,
        /** The manifest's signature does not verify with its public key. */
        BAD_SIGNATURE,
        /** The zip or the manifest cannot be read at all. */
        UNREADABLE
    }

    /** One problem, naming the file and, for the chain, the first broken line and its finding id (0 if none). */
    public record Problem(Kind kind, String file, long line, long findingId, String detail) {
        public String message() {
            return kind + " " + file + (line > 0 ? " line " + line : "") + (findingId > 0 ? " (finding #" + findingId + ")" : "")
                    + (detail.isEmpty() ? "" : ": " + detail);
        }

        @Override
        public String toString() {
            return message();
        }
    }
}
