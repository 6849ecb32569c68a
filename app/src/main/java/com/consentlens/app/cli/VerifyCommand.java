package com.consentlens.app.cli;

import com.consentlens.app.UsageException;
import com.consentlens.evidence.pkg.EvidenceVerifier;
import com.consentlens.evidence.pkg.VerifyReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code consentlens verify FILE.zip}: exit 0 when the package is intact, 1 naming every change otherwise. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check an evidence package's digests, findings hash chain and signature.",
                "校验证据包的摘要、发现哈希链与签名。"})
public final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.zip")
    Path zip;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(zip)) {
            throw new UsageException(zip + " is not a file");
        }
        VerifyReport report = EvidenceVerifier.verify(zip);
        if (report.ok()) {
            System.out.println("OK: " + zip + " is intact — session " + report.sessionName() + ", "
                    + report.findings() + " findings, hash chain and signature verified.");
        } else {
            System.out.println("CHANGED: " + zip + " does not match its manifest:");
            report.problems().forEach(p -> System.out.println("  - " + p.message()));
        }
        System.out.println("signing key sha256: " + report.keyFingerprint()
                + "  (compare with the key the tester published; the signature proves integrity relative to it)");
        return report.ok() ? 0 : 1;
    }
}
