package com.consentlens.bench;

import com.consentlens.app.pipeline.CapturePipeline;
import com.consentlens.app.pipeline.PipelineStats;
import com.consentlens.detectors.DetectionEngine;
import com.consentlens.detectors.SdkCatalog;
import com.consentlens.evidence.rules.RuleSettings;
import com.consentlens.evidence.session.SessionStats;
import com.consentlens.evidence.session.SessionDirectory;
import com.consentlens.evidence.session.SessionStore;
import com.consentlens.model.AppProfile;
import com.consentlens.model.Body;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.Exchange;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.Headers;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Profile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 5's benchmark: replays N synthetic exchanges (default 1,000,000) through the real capture pipeline —
 * bounded queue, detector workers, rule engine, SQLite session store — into one session, and prints
 * exchanges/s and the peak heap. Run with a small heap to show the store keeps memory bounded:
 * {@code java -Xmx256m -cp bench/target/benchmarks.jar com.consentlens.bench.PipelineReplay 1000000}
 */
public final class PipelineReplay {
    private static final String[] HOSTS = {"ulogs.umeng.com", "stats.jpush.cn", "app.adjust.com", "api.example-shop.com",
            "sdk.sensorsdata.cn", "napi.growingio.com", "cdn.example-shop.com", "android.bugly.qq.com"};

    private PipelineReplay() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        Path dir = Files.createTempDirectory("consentlens-pipeline-bench");
        Profile profile = profile();
        resetPeaks();
        long t0 = System.nanoTime();
        SessionStats stats;
        PipelineStats pipelineStats;
        try (SessionStore store = new SessionDirectory(dir).openOrCreate("bench", profile, RuleSettings.DEFAULTS)) {
            CapturePipeline pipeline = new CapturePipeline(new DetectionEngine(profile, SdkCatalog.loadDefault()), store,
                    10_000, workers);
            long start = System.currentTimeMillis() - count;
            for (int i = 0; i < count; i++) {
                if (i == count / 2) {
                    store.addMarker(MarkerType.CONSENT, start + i, "bench");
                }
                pipeline.put(exchange(i, start + i));
                if (i > 0 && i % 100_000 == 0) {
                    System.out.printf("%,d exchanges, %.0f/s, heap peak so far %d MiB%n", i, i / seconds(t0), peakHeapMiB());
                }
            }
            pipeline.close();
            pipelineStats = pipeline.stats();
            stats = store.stats();
        }
        double s = seconds(t0);
        long dbBytes;
        try (Stream<Path> files = Files.walk(dir)) {
            dbBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("replayed %,d exchanges with %d detector workers in %.1f s: %,.0f exchanges/s%n", count, workers, s, count / s);
        System.out.printf("stored %,d exchanges and %,d findings (%,d markers); session on disk %,d MiB; dropped %d%n",
                stats.exchanges(), stats.findings(), stats.markers(), dbBytes >> 20, pipelineStats.dropped());
        System.out.printf("detection latency p50 %.2f ms, p99 %.2f ms; peak heap %d MiB of max %d MiB%n",
                pipelineStats.latencyP50Millis(), pipelineStats.latencyP99Millis(), peakHeapMiB(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** A mix like a phone's: one in four requests carries an identifier, bodies around 1 KiB, JSON or form. */
    static Exchange exchange(int i, long time) {
        String host = HOSTS[i % HOSTS.length];
        StringBuilder body = new StringBuilder(1100).append("{\"seq\":").append(i).append(",\"ts\":").append(time)
                .append(",\"events\":[");
        for (int e = 0; e < 8; e++) {
            body.append(e == 0 ? "" : ",").append("{\"name\":\"page_view\",\"page\":\"/item/").append(i % 977)
                    .append("\",\"dur\":").append(100 + e * 7).append(",\"order\":\"2026112").append(i % 100000).append("\"}");
        }
        body.append(']');
        switch (i % 4) {
            case 0 -> body.append(",\"header\":{\"imei\":\"867530012345672\"}");
            case 1 -> body.append(",\"oaid\":\"6f0c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f\"");
            default -> { }
        }
        body.append('}');
        return Exchange.builder().flowId(String.format("f-%07d", i + 1)).client("192.168.1.23").startMillis(time)
                .endMillis(time + 12).method("POST").url("https://" + host + "/collect?v=" + (i % 10))
                .requestHeaders(Headers.of("Content-Type", "application/json", "User-Agent", "okhttp/4.12.0"))
                .requestBody(Body.of(body.toString().getBytes(StandardCharsets.UTF_8))).status(200)
                .responseHeaders(Headers.of("Content-Type", "application/json"))
                .responseBody(Body.of("{\"code\":0}".getBytes(StandardCharsets.UTF_8))).build();
    }

    static Profile profile() {
        DeviceProfile device = new DeviceProfile("bench phone", List.of("867530012345672"), List.of(), List.of("460011234567890"),
                List.of(), List.of("6f0c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f"), List.of(), List.of("3f2c9a1b7d4e5f60"),
                List.of("AC:37:43:12:34:56"), List.of(), List.of("13812345678"), List.of(),
                new GeoPoint(39.9042, 116.4074, 2000), List.of(), List.of("com.tencent.mm", "com.taobao.taobao"),
                List.of());
        return new Profile(device, new AppProfile("com.example.shop", List.of("*.example-shop.com"), List.of("umeng_analytics")));
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Samples the whole heap's use every 20 ms. Summing each pool's own peak would overstate it: the pools
     * peak at different moments.
     */
    private static void resetPeaks() {
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static long peakHeapMiB() {
        return PEAK.get() >> 20;
    }
}
