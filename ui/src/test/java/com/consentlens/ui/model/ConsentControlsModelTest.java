package com.consentlens.ui.model;

import static com.consentlens.ui.Fixtures.UMENG;
import static com.consentlens.ui.Fixtures.raw;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.ui.InMemorySessionPort;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentControlsModelTest {
    private final List<Marker> marked = new ArrayList<>();

    @Test
    void mark_live_setsMarkerThroughPort() {
        InMemorySessionPort port = new InMemorySessionPort("s1", true);
        ConsentControlsModel model = new ConsentControlsModel(port, Runnable::run, Runnable::run, marked::add);
        model.mark(MarkerType.NOTE, "  opened settings  ");
        assertThat(port.markers()).extracting(Marker::type, Marker::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MarkerType.NOTE, "opened settings"));
        assertThat(marked).hasSize(1);
        assertThat(model.lastMarker.get().type()).isEqualTo(MarkerType.NOTE);
        assertThat(model.error.get()).isEmpty();
        assertThat(model.busy.get()).isFalse();
    }

    @Test
    void mark_consent_laterFindingsAreAfterConsent() {
        InMemorySessionPort port = new InMemorySessionPort("s1", true);
        ConsentControlsModel model = new ConsentControlsModel(port, Runnable::run, Runnable::run, marked::add);
        long before = System.currentTimeMillis() - 10_000;
        port.feed(raw(before, UMENG, PiiType.IMEI, "api.umeng.com", "f-1"));
        model.mark(MarkerType.CONSENT, "");
        port.feed(raw(System.currentTimeMillis() + 1, UMENG, PiiType.IMEI, "api.umeng.com", "f-2"));
        assertThat(port.findings()).extracting(f -> f.phase())
                .containsExactly(Phase.BEFORE_CONSENT, Phase.AFTER_CONSENT);
    }

    @Test
    void moveMarker_earlier_recomputesPhases() {
        InMemorySessionPort port = new InMemorySessionPort("s1", true);
        ConsentControlsModel model = new ConsentControlsModel(port, Runnable::run, Runnable::run, marked::add);
        long leakTime = System.currentTimeMillis() - 10_000;
        port.feed(raw(leakTime, UMENG, PiiType.IMEI, "api.umeng.com", "f-1"));
        model.mark(MarkerType.CONSENT, "");
        assertThat(port.findings().get(0).phase()).isEqualTo(Phase.BEFORE_CONSENT);
        model.moveMarker(model.lastMarker.get(), leakTime - 1, "pressed late");
        assertThat(port.findings().get(0).phase()).isEqualTo(Phase.AFTER_CONSENT);
        assertThat(marked).extracting(Marker::timeMillis).last().isEqualTo(leakTime - 1);
        assertThat(model.error.get()).isEmpty();
    }

    @Test
    void mark_notLive_refusedWithoutCallingPort() {
        InMemorySessionPort port = new InMemorySessionPort("old", false);
        ConsentControlsModel model = new ConsentControlsModel(port, Runnable::run, Runnable::run, marked::add);
        assertThat(model.enabled()).isFalse();
        model.mark(MarkerType.CONSENT, "");
        assertThat(port.markCalls).isZero();
        assertThat(model.error.get()).contains("not live");
        assertThat(marked).isEmpty();
    }

    @Test
    void mark_portThrows_errorShown() {
        InMemorySessionPort port = new InMemorySessionPort("old", false);
        ConsentControlsModel model = new ConsentControlsModel(port, Runnable::run, Runnable::run, marked::add);
        model.live.set(true); // the window believed the session live; the port knows better
        model.mark(MarkerType.WITHDRAW, "");
        assertThat(port.markCalls).isEqualTo(1);
        assertThat(model.error.get()).contains("read-only");
        assertThat(model.lastMarker.get()).isNull();
    }
}
