package com.consentlens.ui.model;

import static com.consentlens.ui.Fixtures.JPUSH;
import static com.consentlens.ui.Fixtures.UMENG;
import static com.consentlens.ui.Fixtures.judged;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Finding;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeaksModelTest {
    private final LeaksModel model = new LeaksModel();

    private void feedThree() {
        model.add(List.of(
                judged(1, 1000, UMENG, PiiType.IMEI, Phase.BEFORE_CONSENT, Violation.COLLECT_BEFORE_CONSENT),
                judged(2, 2000, UMENG, PiiType.OAID, Phase.BEFORE_CONSENT, Violation.COLLECT_BEFORE_CONSENT),
                judged(3, 3000, JPUSH, PiiType.OAID, Phase.AFTER_CONSENT)));
    }

    @Test
    void add_countsPerPhaseAndObservedOptions() {
        feedThree();
        assertThat(model.totalProperty().get()).isEqualTo(3);
        assertThat(model.shownProperty().get()).isEqualTo(3);
        assertThat(model.countProperty(Phase.BEFORE_CONSENT).get()).isEqualTo(2);
        assertThat(model.countProperty(Phase.AFTER_CONSENT).get()).isEqualTo(1);
        assertThat(model.countProperty(Phase.AFTER_WITHDRAWAL).get()).isZero();
        assertThat(model.observedSdks()).extracting(s -> s.id()).containsExactly("umeng_analytics", "jpush");
        assertThat(model.observedTypes()).containsExactly(PiiType.IMEI, PiiType.OAID);
    }

    @Test
    void add_duplicateIdIgnored() {
        feedThree();
        model.add(List.of(judged(3, 3000, JPUSH, PiiType.OAID, Phase.AFTER_CONSENT)));
        assertThat(model.totalProperty().get()).isEqualTo(3);
    }

    @Test
    void filters_narrowShownAndReportPerFilterCounts() {
        feedThree();
        model.piiFilter.set(PiiType.OAID);
        assertThat(model.shown()).extracting(Finding::id).containsExactly(2L, 3L);
        model.phaseFilter.set(Phase.BEFORE_CONSENT);
        assertThat(model.shown()).extracting(Finding::id).containsExactly(2L);
        model.sdkFilter.set("jpush");
        assertThat(model.shownProperty().get()).isZero();
        assertThat(model.perFilterProperty().get()).isEqualTo(Map.of("sdk", 1, "pii", 2));
        model.clearFilters();
        assertThat(model.shownProperty().get()).isEqualTo(3);
        assertThat(model.perFilterProperty().get()).isEmpty();
    }

    @Test
    void textFilter_matchesHostCaseInsensitively() {
        feedThree();
        model.textFilter.set("API.JPUSH");
        assertThat(model.shown()).extracting(Finding::id).containsExactly(3L);
        assertThat(model.perFilterProperty().get()).containsEntry("text", 1);
    }

    @Test
    void replaceAll_updatesVerdictsAndKeepsSelection() {
        feedThree();
        model.selected.set(model.all().get(0));
        model.phaseFilter.set(Phase.AFTER_CONSENT);
        model.replaceAll(List.of(
                judged(1, 1000, UMENG, PiiType.IMEI, Phase.AFTER_CONSENT),
                judged(2, 2000, UMENG, PiiType.OAID, Phase.AFTER_CONSENT),
                judged(3, 3000, JPUSH, PiiType.OAID, Phase.AFTER_CONSENT)));
        assertThat(model.shownProperty().get()).isEqualTo(3);
        assertThat(model.countProperty(Phase.BEFORE_CONSENT).get()).isZero();
        assertThat(model.selected.get().id()).isEqualTo(1);
        assertThat(model.selected.get().phase()).isEqualTo(Phase.AFTER_CONSENT);
    }
}
