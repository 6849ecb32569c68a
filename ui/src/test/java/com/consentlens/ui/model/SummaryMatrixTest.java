package com.consentlens.ui.model;

import static com.consentlens.ui.Fixtures.JPUSH;
import static com.consentlens.ui.Fixtures.UMENG;
import static com.consentlens.ui.Fixtures.judged;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryMatrixTest {
    @Test
    void of_countsBeforeAndAfterPerSdkAndType() {
        List<SummaryMatrix.Row> rows = SummaryMatrix.of(List.of(
                judged(1, 1, JPUSH, PiiType.OAID, Phase.AFTER_CONSENT),
                judged(2, 2, UMENG, PiiType.IMEI, Phase.BEFORE_CONSENT),
                judged(3, 3, UMENG, PiiType.IMEI, Phase.BEFORE_CONSENT),
                judged(4, 4, UMENG, PiiType.IMEI, Phase.AFTER_CONSENT),
                judged(5, 5, UMENG, PiiType.OAID, Phase.AFTER_WITHDRAWAL),
                judged(6, 6, null, PiiType.MAC, Phase.BEFORE_CONSENT)));
        assertThat(rows).extracting(SummaryMatrix.Row::key)
                .containsExactly("umeng_analytics", "host:tracker.example.net", "jpush");
        SummaryMatrix.Row umeng = rows.get(0);
        assertThat(umeng.cells().get(PiiType.IMEI)).isEqualTo(new SummaryMatrix.Cell(2, 1));
        assertThat(umeng.cells().get(PiiType.OAID)).isEqualTo(new SummaryMatrix.Cell(0, 1));
        assertThat(umeng.total()).isEqualTo(4);
        assertThat(SummaryMatrix.columns(rows)).containsExactly(PiiType.IMEI, PiiType.OAID, PiiType.MAC);
    }

    @Test
    void of_noFindings_noRows() {
        assertThat(SummaryMatrix.of(List.of())).isEmpty();
    }
}
