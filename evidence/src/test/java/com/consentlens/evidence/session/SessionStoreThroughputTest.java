package com.consentlens.evidence.session;

import static com.consentlens.evidence.fixtures.Fixtures.exchange;
import static com.consentlens.evidence.fixtures.Fixtures.imeiToUmeng;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.evidence.rules.RuleSettings;
import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Profile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many detector workers writing into one store, then a marker move over the whole session. The default
 * size keeps the suite fast; {@code -Dconsentlens.bench.exchanges=300000} measures at scale. Prints
 * exchanges/s, recompute time and peak heap.
 */
class SessionStoreThroughputTest {
    private static final int EXCHANGES = Integer.getInteger("consentlens.bench.exchanges", 20_000);
    private static final int WORKERS = 4;

    @TempDir
    Path dataDir;

    @Test
    void recordExchange_manyWorkersAllRowsCommittedThenMoveRejudgesAll() throws Exception {
        byte[] body = new byte[1024];
        try (SessionStore store = new SessionDirectory(dataDir).openOrCreate("bench", Profile.EMPTY,
                RuleSettings.DEFAULTS)) {
            long consentAt = EXCHANGES / 2;
            long markerId = store.addMarker(MarkerType.CONSENT, consentAt, "").id();
            ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
            long t0 = System.nanoTime();
            for (int w = 0; w < WORKERS; w++) {
                workers.submit(() -> {
                    for (long n = store.nextFlowNumber(); n <= EXCHANGES; n = store.nextFlowNumber()) {
                        String flow = String.format("f-%06d", n);
                        Exchange e = exchange(flow, n, "ulogs.umeng.com").toBuilder().requestBody(Body.of(body)).build();
                        store.recordExchange(e, List.of(imeiToUmeng(flow, n)));
                    }
                });
            }
            workers.shutdown();
            assertThat(workers.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
            store.flush();
            double writeSeconds = (System.nanoTime() - t0) / 1e9;

            long t1 = System.nanoTime();
            store.moveMarker(markerId, 0, "benchmark: everything after consent");
            double moveSeconds = (System.nanoTime() - t1) / 1e9;

            SessionStats stats = store.stats();
            assertThat(stats.exchanges()).isEqualTo(EXCHANGES);
            assertThat(stats.findings()).isEqualTo(EXCHANGES);
            assertThat(store.findingsSince(EXCHANGES - 1, 1).get(0).phase().wireName()).isEqualTo("after-consent");
            System.out.printf("session store: %d exchanges (1 KiB body, 1 finding each) by %d workers in %.2f s"
                            + " = %.0f exchanges/s; re-judging all after a marker move %.2f s; peak heap %d MiB%n",
                    EXCHANGES, WORKERS, writeSeconds, EXCHANGES / writeSeconds, moveSeconds, peakHeapMiB());
        }
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
