package com.consentlens.app.cli;

import com.consentlens.app.UsageException;
import com.consentlens.app.session.StoreEvidenceSource;
import com.consentlens.certs.CertificateAuthority;
import com.consentlens.evidence.pkg.EvidenceExporter;
import com.consentlens.evidence.pkg.ExportOptions;
import com.consentlens.evidence.pkg.ExportResult;
import com.consentlens.evidence.pkg.SigningKey;
import com.consentlens.evidence.session.NoSuchSessionException;
import com.consentlens.evidence.session.SessionDirectory;
import com.consentlens.evidence.session.SessionStore;
import com.consentlens.app.DataDirectory;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code consentlens export SESSION --out FILE.zip}: the signed, verifiable evidence package (design.md §8). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a session as a signed evidence package (zip).", "将会话导出为签名证据包（zip）。"})
public final class ExportCommand implements Runnable {
    @Mixin DataDirOption dataDir;
    @Parameters(paramLabel = "SESSION") String session;
    @Option(names = "--out", paramLabel = "FILE.zip", required = true) Path out;
    @Option(names = "--all-flows", description = "Include every exchange in flows.har, not only those with findings.")
    boolean allFlows;
    @Option(names = "--unmask", description = "Keep profile values unmasked in profile.json and findings.jsonl.")
    boolean unmask;

    @Override
    public void run() {
        DataDirectory data = dataDir.resolve().ensureWritable();
        try (SessionStore store = new SessionDirectory(data.root()).openExisting(session)) {
            CertificateAuthority ca = CertificateAuthority.loadOrCreate(data.caDir());
            SigningKey key = SigningKey.loadOrCreate(data.signingDir());
            ExportResult result = EvidenceExporter.export(new StoreEvidenceSource(store, ca.sha256Fingerprint()), out,
                    new ExportOptions(allFlows, unmask, key), ConsoleProgress.INSTANCE);
            System.out.println();
            System.out.println("wrote " + out.toAbsolutePath() + " — " + result);
            System.out.println("verify with: consentlens verify " + out);
        } catch (NoSuchSessionException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UsageException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
