package com.consentlens.evidence.pkg;

import com.consentlens.evidence.har.HarWriter;
import com.consentlens.evidence.json.FindingJson;
import com.consentlens.evidence.report.ReportContext;
import com.consentlens.evidence.report.ReportModel;
import com.consentlens.evidence.report.ReportWriter;
import com.consentlens.model.SdkAttribution;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;

/**
 * Exports a session as an evidence package (design.md §8): a zip a regulator can verify and read without
 * ConsentLens.
 *
 * <pre>
 * findings.jsonl   every finding, design.md §4, values masked unless unmasked
 * findings.chain   the hash chain value after each line (see FindingChain)
 * flows.har        HAR 1.2 of the exchanges that carry findings (all with allFlows), raw bodies exact
 * timeline.json    session times, markers and proxy events
 * profile.json     the device and app profile, masked unless unmasked
 * report.html      the self-contained bilingual report
 * manifest.json    digests of all of the above, the chain head, and an Ed25519 signature
 * </pre>
 *
 * Everything streams: findings and exchanges go straight from the source into zip entries through digesting
 * streams; only the set of flow ids with findings and the report's bounded model are held. The zip is written
 * to a temporary file next to the target and moved into place at the end, so a cancelled or failed export
 * leaves nothing behind, and an existing package is only replaced by a complete one.
 *
 * <pre>{@code
 * ExportResult r = EvidenceExporter.export(source, Path.of("case-42.zip"),
 *         new ExportOptions(false, false, SigningKey.loadOrCreate(dataDir)), ExportProgress.NONE);
 * }</pre>
 */
public final class EvidenceExporter {
    private static final int PROGRESS_EVERY = 256;

    private EvidenceExporter() {
    }

    /** @throws CancellationException when {@code progress.isCancelled()} became true; no file is left. */
    public static ExportResult export(EvidenceSource src, Path outZip, ExportOptions opts, ExportProgress progress)
            throws IOException {
        Path target = outZip.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        Path chainTmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".chain");
        try {
            ManifestBuilder manifest = new ManifestBuilder(src, opts);
            long exchanges;
            FindingChain chain = new FindingChain();
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                ZipEntryWriter entries = new ZipEntryWriter(zip, manifest.files(), manifest.exportedAt());
                ReportModel report = new ReportModel(new ReportContext(src.toolVersion(), src.sessionName(),
                        src.sessionStartMillis(), src.sessionEndMillis(), src.markers(), src.events(),
                        src.caFingerprint(), opts.signingKey().fingerprint(), opts.unmask(), opts.reportDetailLimit()),
                        src::decodedLayers);
                Set<String> flowIds = new HashSet<>();
                Map<String, SdkAttribution> hostSdks = new HashMap<>();
                entries.write(PackageLayout.FINDINGS, out -> writeFindings(src, opts, progress, out, chainTmp, chain,
                        flowIds, hostSdks, report));
                entries.write(PackageLayout.CHAIN, out -> Files.copy(chainTmp, out));
                long[] count = new long[2]; // written to flows.har, read
                long total = src.exchangeCount() >= 0 ? src.exchangeCount() : flowIds.size();
                ThirdParties thirdParties = new ThirdParties(src, hostSdks);
                // flows.har is the bulk of a package and mostly base64 or text: fastest deflate costs little size
                zip.setLevel(Deflater.BEST_SPEED);
                entries.write(PackageLayout.FLOWS, out -> {
                    HarWriter har = new HarWriter(out, "ConsentLens", src.toolVersion());
                    src.forEachExchange(id -> true, e -> {
                        checkCancelled(progress);
                        boolean withFindings = flowIds.contains(e.flowId());
                        thirdParties.count(e, withFindings, report);
                        if (opts.allFlows() || withFindings) {
                            har.write(e);
                            report.addExcerpt(e);
                            count[0]++;
                        }
                        if (++count[1] % PROGRESS_EVERY == 0) {
                            progress.progress(count[1], Math.max(total, count[1]), "flows");
                        }
                    });
                    har.close();
                });
                exchanges = count[0];
                zip.setLevel(Deflater.DEFAULT_COMPRESSION);
                progress.progress(count[1], Math.max(total, count[1]), "flows");
                entries.write(PackageLayout.TIMELINE, out -> TimelineExport.write(out, src));
                String profileSha = entries.write(PackageLayout.PROFILE,
                        out -> out.write(ProfileExport.bytes(src.profile(), opts.unmask())));
                checkCancelled(progress);
                progress.progress(0, 1, "report");
                entries.write(PackageLayout.REPORT, out -> {
                    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    ReportWriter.write(report, w);
                    w.flush();
                });
                manifest.findings(chain, profileSha).flows(exchanges);
                new ZipEntryWriter(zip, null, manifest.exportedAt()).write(PackageLayout.MANIFEST,
                        out -> out.write(manifest.signedBytes()));
                progress.progress(1, 1, "manifest");
                checkCancelled(progress);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ExportResult(target, chain.count(), exchanges, Files.size(target), chain.head(),
                    opts.signingKey().fingerprint());
        } catch (Cancelled c) {
            throw new CancellationException("export of " + src.sessionName() + " cancelled");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(chainTmp);
        }
    }

    private static void writeFindings(EvidenceSource src, ExportOptions opts, ExportProgress progress,
                                      Digests.DigestingOutputStream out, Path chainTmp, FindingChain chain,
                                      Set<String> flowIds, Map<String, SdkAttribution> hostSdks, ReportModel report)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long total = src.findingCount();
        try (Writer chainOut = Files.newBufferedWriter(chainTmp, StandardCharsets.UTF_8)) {
            src.forEachFinding(f -> {
                checkCancelled(progress);
                String line = FindingJson.toJson(f, opts.unmask());
                try {
                    w.write(line);
                    w.write('\n');
                    chainOut.write(chain.add(line));
                    chainOut.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                flowIds.add(f.flowId());
                if (f.sdk() != null && hostSdks.size() < ThirdParties.MAX_HOSTS) {
                    hostSdks.putIfAbsent(f.host(), f.sdk());
                }
                report.add(f);
                if (chain.count() % PROGRESS_EVERY == 0) {
                    progress.progress(chain.count(), total, "findings");
                }
            });
        }
        w.flush();
        progress.progress(chain.count(), total, "findings");
    }

    private static void checkCancelled(ExportProgress progress) {
        if (progress.isCancelled()) {
            throw new Cancelled();
        }
    }

    /** Unwinds out of the source's callbacks; turned into a CancellationException at the top. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }
}
