package com.consentlens.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.detectors.DetectionEngine;
import com.consentlens.detectors.SdkCatalog;
import com.consentlens.evidence.rules.RuleSettings;
import com.consentlens.evidence.session.SessionDirectory;
import com.consentlens.evidence.session.SessionStore;
import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Profile;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The queue between the proxy's event loops and the detector workers never blocks and never grows without
 * bound: past its count or byte limit an offer is refused and counted. With no workers nothing drains, so
 * the table shows exactly where each bound bites.
 */
class CapturePipelineTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "capacity {0}, {1} bytes max, {2} offers of {3} bytes -> {4} accepted")
    @CsvSource({
            "10, 1000000, 5, 1000, 5",
            "3, 1000000, 5, 1000, 3",
            "10, 5000, 5, 1000, 3",
            "10, 5000, 2, 100000, 1",
    })
    void offer_refusesPastCountOrByteBound(int capacity, long maxBytes, int offers, int bodyBytes, int accepted) {
        try (SessionStore store = new SessionDirectory(dir).openOrCreate("q", Profile.EMPTY, RuleSettings.DEFAULTS)) {
            CapturePipeline pipeline = new CapturePipeline(new DetectionEngine(Profile.EMPTY, SdkCatalog.loadDefault()),
                    store, capacity, 0, maxBytes);
            int ok = 0;
            for (int i = 0; i < offers; i++) {
                if (pipeline.offer(exchange(i, bodyBytes))) {
                    ok++;
                }
            }
            assertThat(ok).isEqualTo(accepted);
            assertThat(pipeline.stats().dropped()).isEqualTo(offers - accepted);
            assertThat(pipeline.stats().queued()).isEqualTo(accepted);
        }
    }

    private static Exchange exchange(int i, int bodyBytes) {
        return Exchange.builder().flowId("f-" + i).method("POST").url("https://example.org/c")
                .requestBody(Body.of(new byte[bodyBytes])).status(200).build();
    }
}
