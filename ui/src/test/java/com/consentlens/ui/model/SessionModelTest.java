package com.consentlens.ui.model;

import static com.consentlens.ui.Fixtures.JPUSH;
import static com.consentlens.ui.Fixtures.UMENG;
import static com.consentlens.ui.Fixtures.raw;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Finding;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.ui.Fixtures;
import com.consentlens.ui.InMemorySessionPort;
import com.consentlens.ui.ProxyStatus;
import com.consentlens.ui.Texts;
import org.junit.jupiter.api.Test;

class SessionModelTest {
    private final InMemorySessionPort port = new InMemorySessionPort("s", true);
    private final SessionModel model = new SessionModel(port, new Texts(Texts.ENGLISH), Runnable::run, Runnable::run);

    @Test
    void start_readsSnapshot_thenAppliesPushedBatches() throws Exception {
        port.feed(raw(1, UMENG, PiiType.IMEI, "api.umeng.com", "f-1"));
        model.start();
        assertThat(model.leaks.totalProperty().get()).isEqualTo(1);
        port.feed(raw(2, JPUSH, PiiType.OAID, "api.jpush.cn", "f-2"));
        port.addExchange(Fixtures.exchange("f-2", "api.jpush.cn", "{}"), null);
        port.setStatus(new ProxyStatus("10.0.0.2:8080", "http://10.0.0.2:8080/", true, 2, 1, 3, 0, "JDK"));
        model.pollStatus();
        port.awaitNotified();
        assertThat(model.applyPending()).isTrue();
        // the first finding came both in the snapshot and, possibly, pushed: kept once
        assertThat(model.leaks.all()).extracting(Finding::id).containsExactly(1L, 2L);
        assertThat(model.flows.all()).hasSize(1);
        assertThat(model.header.status.get().dropped()).isEqualTo(3);
        assertThat(model.header.losing()).isTrue();
        assertThat(model.batchesApplied()).isEqualTo(1);
        assertThat(model.applyPending()).isFalse();
    }

    @Test
    void markConsent_recomputedVerdictsReplaceTable() throws Exception {
        model.start();
        port.feed(raw(System.currentTimeMillis() - 5_000, UMENG, PiiType.IMEI, "api.umeng.com", "f-1"));
        model.controls.mark(MarkerType.CONSENT, "");
        port.feed(raw(System.currentTimeMillis() + 1, UMENG, PiiType.IMEI, "api.umeng.com", "f-2"));
        port.awaitNotified();
        model.applyPending();
        assertThat(model.leaks.all()).extracting(Finding::phase)
                .containsExactly(Phase.BEFORE_CONSENT, Phase.AFTER_CONSENT);
        assertThat(model.markers()).extracting(m -> m.type()).containsExactly(MarkerType.CONSENT);
    }

    @Test
    void selectingLeak_loadsDetail() {
        port.addExchange(Fixtures.exchange("f-1", "api.umeng.com", "{\"imei\":\"" + Fixtures.IMEI + "\"}"), null);
        Finding f = port.feed(new Finding(0, 1, "f-1", "", "POST", "", "api.umeng.com",
                com.consentlens.model.Party.THIRD, null, PiiType.IMEI, com.consentlens.model.MatchKind.EXACT,
                Fixtures.IMEI, com.consentlens.model.Where.BODY, "$.imei", java.util.List.of("json"), Fixtures.IMEI,
                null, java.util.List.of()));
        model.start();
        model.leaks.selected.set(model.leaks.all().get(0));
        assertThat(model.detail.finding.get().id()).isEqualTo(f.id());
        assertThat(model.detail.content.get().highlighted()).isTrue();
        model.detail.showFlow("f-missing");
        assertThat(model.detail.content.get()).isNull();
        assertThat(model.detail.missingFlow.get()).isEqualTo("f-missing");
    }
}
