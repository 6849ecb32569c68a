package com.consentlens.app.cli;

import com.consentlens.app.UsageException;
import com.consentlens.app.pipeline.CapturePipeline;
import com.consentlens.app.session.FindingLine;
import com.consentlens.app.session.JsonlFindingWriter;
import com.consentlens.detectors.DetectionEngine;
import com.consentlens.detectors.SdkCatalog;
import com.consentlens.evidence.har.HarFormatException;
import com.consentlens.evidence.har.HarReader;
import com.consentlens.evidence.rules.RuleSettings;
import com.consentlens.evidence.session.SessionDirectory;
import com.consentlens.evidence.session.SessionStore;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code consentlens analyze FILE.har}: offline detection over a HAR from mitmproxy, Charles, HTTP Toolkit
 * or a browser, through the same pipeline and session store as a live capture, so the verdicts are the same.
 * The result is a session of its own ({@code --session}), exportable like any other.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Detect leaks in a HAR file offline, with the same pipeline and verdicts as a live session.",
                "离线分析 HAR 文件中的个人信息泄露（与实时会话相同的检测和判定）。"})
public final class AnalyzeCommand implements Callable<Integer> {
    @Mixin DataDirOption dataDir;
    @Mixin ProfileOption profile;
    @Parameters(paramLabel = "FILE.har") Path har;
    @Option(names = "--consent-at", paramLabel = "TIME",
            description = "When consent was given: ISO-8601 (2026-11-23T07:41:02Z or local 2026-11-23T15:41:02) or epoch ms.")
    String consentAt;
    @Option(names = "--markers", paramLabel = "FILE",
            description = "JSON array of markers: [{\"type\":\"consent\",\"time\":\"…\",\"text\":\"…\"}, …]")
    Path markersFile;
    @Option(names = "--jsonl", paramLabel = "OUT", description = "Write the findings as JSON lines.") Path jsonl;
    @Option(names = "--session", paramLabel = "NAME", description = "Session to record into (default: har-<file>-<time>).")
    String session;
    @Option(names = "--fail-on-violation", description = "Exit 1 when any finding breaks a rule.") boolean failOnViolation;
    @Option(names = "--quiet", description = "Do not print the findings table.") boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(har)) {
            throw new UsageException(har + ": no such readable file");
        }
        Profile p = profile.load();
        List<Marker> markers = MarkerInput.collect(consentAt, markersFile);
        var data = dataDir.resolve().ensureWritable();
        String name = session != null ? session : defaultName(har);
        AtomicLong violating = new AtomicLong();
        AtomicLong total = new AtomicLong();
        try (SessionStore store = new SessionDirectory(data.root()).openOrCreate(name, p, RuleSettings.DEFAULTS);
             JsonlFindingWriter out = jsonl == null ? null : JsonlFindingWriter.open(jsonl)) {
            for (Marker m : markers) {
                store.addMarker(m.type(), m.timeMillis(), m.text());
            }
            if (out != null) {
                store.addListener(out);
            }
            store.addListener(new com.consentlens.evidence.session.SessionListener() {
                @Override
                public void onFindings(List<Finding> findings) {
                    for (Finding f : findings) {
                        total.incrementAndGet();
                        if (!f.violations().isEmpty()) {
                            violating.incrementAndGet();
                        }
                        if (!quiet) {
                            System.out.println(FindingLine.format(f));
                        }
                    }
                }
            });
            long exchanges = replay(p, store);
            System.out.printf("analyzed %d exchanges from %s: %d findings, %d breaking a rule; session %s%n",
                    exchanges, har, total.get(), violating.get(), name);
        } catch (HarFormatException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        return failOnViolation && violating.get() > 0 ? 1 : 0;
    }

    private long replay(Profile p, SessionStore store) throws IOException, InterruptedException {
        long count = 0;
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        CapturePipeline pipeline = new CapturePipeline(new DetectionEngine(p, SdkCatalog.loadDefault()), store, 1024, workers);
        try (HarReader entries = HarReader.open(har)) {
            while (entries.hasNext()) {
                pipeline.put(entries.next());
                count++;
            }
        } finally {
            pipeline.close();
        }
        return count;
    }

    static String defaultName(Path har) {
        String base = har.getFileName().toString().replaceAll("\\.har$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        return "har-" + base + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }
}
