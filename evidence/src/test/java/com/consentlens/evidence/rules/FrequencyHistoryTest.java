package com.consentlens.evidence.rules;

import static com.consentlens.evidence.fixtures.Fixtures.finding;
import static com.consentlens.evidence.fixtures.Fixtures.imeiToUmeng;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Finding;
import com.consentlens.model.Party;
import com.consentlens.model.PiiType;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrequencyHistoryTest {

    @Test
    void record_countIsCappedAboveThresholdAndSlidesWithWindow() {
        FrequencyHistory history = new FrequencyHistory(new RuleSettings(3, 1000));
        int last = 0;
        for (int i = 0; i < 100; i++) {
            last = history.record(imeiToUmeng("f-" + i, i * 10L));
        }
        assertThat(last).isEqualTo(4);
        assertThat(history.record(imeiToUmeng("f-late", 5000))).isEqualTo(1);
    }

    @Test
    void record_idleReceiversAreForgotten() {
        FrequencyHistory history = new FrequencyHistory(new RuleSettings(10, 1000));
        for (int i = 0; i < 10_000; i++) {
            Finding f = finding("f-" + i, i / 10, Party.THIRD, null, PiiType.IMEI);
            String host = "h" + i + ".example.cn";
            history.record(new Finding(0, f.timeMillis(), f.flowId(), f.client(), f.method(), "https://" + host,
                    host, f.party(), null, f.pii(), f.match(), f.value(), f.where(), f.path(), f.encoding(),
                    f.matchedText(), null, List.of()));
        }
        assertThat(history.trackedKeys()).isEqualTo(10_000);

        history.record(imeiToUmeng("f-end", 100_000));

        assertThat(history.trackedKeys()).isEqualTo(1);
    }
}
