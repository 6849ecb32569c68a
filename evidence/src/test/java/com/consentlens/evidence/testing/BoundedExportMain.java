package com.consentlens.evidence.testing;

import com.consentlens.evidence.pkg.EvidenceExporter;
import com.consentlens.evidence.pkg.EvidenceVerifier;
import com.consentlens.evidence.pkg.ExportOptions;
import com.consentlens.evidence.pkg.ExportProgress;
import com.consentlens.evidence.pkg.ExportResult;
import com.consentlens.evidence.pkg.SigningKey;
import com.consentlens.evidence.pkg.VerifyReport;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Exports and verifies a synthetic session in its own JVM, so the caller can give it a small heap:
 * {@code java -Xmx64m … BoundedExportMain EXCHANGES BODY_BYTES OUT.zip KEY_DIR}. Prints one line of numbers.
 */
public final class BoundedExportMain {
    private BoundedExportMain() {
    }

    /** Extracts flows.har and streams it back through HarReader: the import side of bounded memory. */
    private static long rereadHar(Path zip) throws java.io.IOException {
        Path har = zip.resolveSibling("flows.har");
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile());
             java.io.InputStream in = z.getInputStream(z.getEntry("flows.har"))) {
            java.nio.file.Files.copy(in, har, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (java.util.stream.Stream<com.consentlens.model.Exchange> s = com.consentlens.evidence.har.HarReader.read(har)) {
            return s.count();
        }
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int bodyBytes = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        ExportResult r = EvidenceExporter.export(new SyntheticSource(n, bodyBytes), Path.of(args[2]),
                new ExportOptions(false, false, SigningKey.loadOrCreate(Path.of(args[3]))), ExportProgress.NONE);
        long t1 = System.nanoTime();
        VerifyReport v = EvidenceVerifier.verify(r.zip());
        long t2 = System.nanoTime();
        long reread = rereadHar(r.zip());
        long t3 = System.nanoTime();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("findings=%d exchanges=%d zipBytes=%d exportMs=%d verifyMs=%d verifyOk=%s maxHeapMB=%d "
                        + "peakHeapPoolsMB=%d harReread=%d harReadMs=%d%n", r.findings(), r.exchanges(), r.bytes(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, v.ok(), Runtime.getRuntime().maxMemory() >> 20, peak >> 20,
                reread, (t3 - t2) / 1_000_000);
        if (!v.ok() || r.exchanges() != n || reread != n) {
            System.exit(1);
        }
    }
}
