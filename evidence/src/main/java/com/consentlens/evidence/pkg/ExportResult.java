package com.consentlens.evidence.pkg;

import java.nio.file.Path;

/** What an export produced: the zip, how many findings and exchanges it holds, the chain head and key. */
public record ExportResult(Path zip, long findings, long exchanges, long bytes, String chainHead,
                           String signingKeyFingerprint) {
}
