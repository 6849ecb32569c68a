package com.consentlens.detectors;

import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.MatchKind;
import com.consentlens.model.Party;
import com.consentlens.model.PiiType;
import com.consentlens.model.Where;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.consentlens.detectors.Fixtures.*;
import static com.consentlens.detectors.Payloads.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The fields of a finding besides what matched: time, party, SDK, value and matched text (design.md §4). */
class FindingFieldsTest {
    private final DetectionEngine engine = new DetectionEngine(profile(), catalog());

    @Test
    void detect_fillsFindingAsContractSays() {
        String json = "{\"header\":{\"imei\":\"" + md5(IMEI) + "\"}}";
        Exchange e = post("https://ulogs.umeng.com/unify_logs", gzip(utf8(json)), "Content-Encoding", "gzip");

        Finding f = engine.detect(e).findings().get(0);

        assertThat(f.id()).isZero();
        assertThat(f.timeMillis()).isEqualTo(e.startMillis());
        assertThat(f.flowId()).isEqualTo("f-000001");
        assertThat(f.host()).isEqualTo("ulogs.umeng.com");
        assertThat(f.party()).isEqualTo(Party.THIRD);
        assertThat(f.sdk().id()).isEqualTo("umeng_analytics");
        assertThat(f.sdk().nameZh()).startsWith("友盟统计");
        assertThat(f.pii()).isEqualTo(PiiType.IMEI);
        assertThat(f.match()).isEqualTo(MatchKind.EXACT);
        assertThat(f.value()).isEqualTo(IMEI);
        assertThat(f.matchedText()).isEqualTo(md5(IMEI));
        assertThat(f.maskedValue()).isEqualTo("8675********674");
        assertThat(f.where()).isEqualTo(Where.BODY);
        assertThat(f.phase()).isNull();
        assertThat(f.violations()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://api.example-shop.com/x, FIRST, ",
            "https://example-shop.com/x, FIRST, ",
            "https://cdn.example.net/x, THIRD, ",
            "https://ulogs.umeng.com/x, THIRD, umeng_analytics",
    })
    void detect_partyAndSdkFromHost(String url, Party party, String sdkId) {
        Finding f = engine.detect(get(url + "?imei=" + IMEI)).findings().get(0);

        assertThat(f.party()).isEqualTo(party);
        assertThat(f.sdk() == null ? null : f.sdk().id()).isEqualTo(sdkId);
    }

    @Test
    void detect_patternNotRepeatedWhenExact() {
        String body = "{\"androidId\":\"" + ANDROID_ID + "\",\"tel\":\"" + PHONE + "\",\"other\":\"13912345678\"}";

        List<Finding> findings = engine.detect(post("https://log.example.net/p", body)).findings();

        assertThat(findings).extracting(f -> f.pii() + " " + f.match().wireName() + " " + f.path())
                .containsExactlyInAnyOrder("ANDROID_ID exact $.androidId", "PHONE exact $.tel", "PHONE pattern $.other");
    }

    @Test
    void detect_sharedByWorkerThreads() throws Exception {
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            exchanges.add(post("https://app.adjust.com/session", "gps_adid=" + GAID + "&imei=" + IMEI + "&n=" + i,
                    "Content-Type", "application/x-www-form-urlencoded"));
            exchanges.add(post("https://log.example.net/" + i, gzip(utf8("{\"mac\":\"" + md5(MAC) + "\",\"i\":" + i + "}")),
                    "Content-Encoding", "gzip"));
        }
        List<List<Finding>> sequential = exchanges.stream().map(e -> engine.detect(e).findings()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> futures = new ArrayList<>();
            for (Exchange e : exchanges) {
                futures.add(pool.submit(() -> engine.detect(e).findings()));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.get(0)).hasSize(2);
        assertThat(sequential.get(1)).hasSize(1);
    }

    @Test
    void patternCount_allVariantsOfAllValues() {
        assertThat(engine.patternCount()).isBetween(300, 1_500);
        assertThat(new DetectionEngine(null, catalog()).patternCount()).isZero();
    }
}
