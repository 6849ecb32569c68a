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

    /** A gzip bomb is stopped by the expansion limit, and the store keeps a DECODE_LIMIT event naming the flow. */
    @org.junit.jupiter.api.Test
    void detect_decodeLimitHit_isRecordedAsAnEvent() throws Exception {
        try (SessionStore store = new SessionDirectory(dir).openOrCreate("limits", Profile.EMPTY, RuleSettings.DEFAULTS)) {
            CapturePipeline pipeline = new CapturePipeline(new DetectionEngine(Profile.EMPTY, SdkCatalog.loadDefault()),
                    store, 10, 1, 10_000_000);
            java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bomb)) {
                gz.write(new byte[20_000_000]);
            }
            Exchange e = Exchange.builder().flowId("f-bomb").client("127.0.0.1").method("POST")
                    .url("https://log.example.net/b").requestBody(Body.of(bomb.toByteArray())).status(200).build();
            assertThat(pipeline.offer(e)).isTrue();
            assertThat(pipeline.awaitIdle(30_000)).isTrue();
            pipeline.close();

            assertThat(store.events()).anySatisfy(ev -> {
                assertThat(ev.kind()).isEqualTo(com.consentlens.model.ProxyEvent.Kind.DECODE_LIMIT);
                assertThat(ev.detail()).startsWith("f-bomb: ");
            });
        }
    }

    @org.junit.jupiter.api.Test
    void detectionEvents_nameEachLimitAndEachFault() {
        Exchange e = Exchange.builder().flowId("f-7").client("10.0.0.5").method("POST").url("https://t.example.net/x")
                .build();
        var result = new com.consentlens.detectors.DetectionResult(java.util.List.of(), java.util.List.of("depth"),
                java.util.List.of("json: ArrayIndexOutOfBoundsException"));

        assertThat(CapturePipeline.detectionEvents(e, result, 1_000L)).extracting(
                ev -> ev.kind() + " " + ev.client() + " " + ev.host() + " " + ev.detail()).containsExactly(
                "DECODE_LIMIT 10.0.0.5 t.example.net f-7: depth",
                "ERROR 10.0.0.5 t.example.net f-7: detection fault in json: ArrayIndexOutOfBoundsException"
                        + " (findings may be incomplete)");
    }

    private static Exchange exchange(int i, int bodyBytes) {
        return Exchange.builder().flowId("f-" + i).method("POST").url("https://example.org/c")
                .requestBody(Body.of(new byte[bodyBytes])).status(200).build();
    }
}
