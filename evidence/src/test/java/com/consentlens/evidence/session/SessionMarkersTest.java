package com.consentlens.evidence.session;

import static com.consentlens.evidence.fixtures.Fixtures.exchange;
import static com.consentlens.evidence.fixtures.Fixtures.imeiToUmeng;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consentlens.evidence.fixtures.Fixtures;
import com.consentlens.evidence.rules.RuleSettings;
import com.consentlens.model.AppProfile;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Party;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;
import com.consentlens.model.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

// A writer that never commits shows up as a hang: fail instead.
@Timeout(60)
class SessionMarkersTest {
    private static final Profile SHOP = new Profile(DeviceProfile.EMPTY,
            new AppProfile("com.example.shop", List.of("*.example-shop.com"), List.of("umeng_analytics")));

    @TempDir
    Path dataDir;

    private SessionStore open(Profile profile) {
        return new SessionDirectory(dataDir).openOrCreate("markers", profile, RuleSettings.DEFAULTS);
    }

    private static void record(SessionStore store, String flowId, long t) {
        store.recordExchange(exchange(flowId, t, "ulogs.umeng.com"), List.of(imeiToUmeng(flowId, t)));
    }

    private static List<Phase> phases(SessionStore store) {
        List<Phase> phases = new ArrayList<>();
        store.forEachFinding(f -> phases.add(f.phase()));
        return phases;
    }

    @Test
    void addMarker_findingsAfterItGetTheNewPhase() {
        List<Marker> shown = new ArrayList<>();
        try (SessionStore store = open(SHOP)) {
            store.addListener(new SessionListener() {
                @Override
                public void onMarker(Marker marker) {
                    shown.add(marker);
                }
            });
            record(store, "f-000001", 1000);
            Marker consent = store.addMarker(MarkerType.CONSENT, 2000, "accepted the privacy policy");
            record(store, "f-000002", 2000);
            record(store, "f-000003", 3000);
            store.flush();

            assertThat(consent.id()).isPositive();
            assertThat(shown).containsExactly(consent);
            assertThat(store.markers()).containsExactly(consent);
            List<Finding> findings = store.findingsSince(0, 10);
            assertThat(findings).extracting(Finding::phase)
                    .containsExactly(Phase.BEFORE_CONSENT, Phase.AFTER_CONSENT, Phase.AFTER_CONSENT);
            assertThat(findings.get(0).violations())
                    .containsExactly(Violation.COLLECT_BEFORE_CONSENT, Violation.SHARE_BEFORE_CONSENT);
            assertThat(findings.get(2).violations()).isEmpty();
        }
    }

    @Test
    void moveMarker_recomputesEveryVerdictAndLeavesAuditRow() {
        AtomicInteger recomputed = new AtomicInteger();
        try (SessionStore store = open(SHOP)) {
            Marker consent = store.addMarker(MarkerType.CONSENT, 1500, "");
            for (int i = 1; i <= 3; i++) {
                record(store, "f-00000" + i, i * 1000L);
            }
            store.flush();
            store.addListener(new SessionListener() {
                @Override
                public void onVerdictsRecomputed() {
                    recomputed.incrementAndGet();
                }
            });
            assertThat(phases(store)).containsExactly(Phase.BEFORE_CONSENT, Phase.AFTER_CONSENT, Phase.AFTER_CONSENT);

            store.moveMarker(consent.id(), 2500, "pressed consent late", "tester-a");

            assertThat(phases(store)).containsExactly(Phase.BEFORE_CONSENT, Phase.BEFORE_CONSENT, Phase.AFTER_CONSENT);
            assertThat(store.findingsSince(0, 10).get(1).violations())
                    .containsExactly(Violation.COLLECT_BEFORE_CONSENT, Violation.SHARE_BEFORE_CONSENT);
            assertThat(store.markers()).extracting(Marker::timeMillis).containsExactly(2500L);
            assertThat(recomputed).hasValue(1);
            AuditEntry audit = store.auditTrail().get(0);
            assertThat(audit.action()).isEqualTo("marker-moved");
            assertThat(audit.actor()).isEqualTo("tester-a");
            assertThat(audit.markerId()).isEqualTo(consent.id());
            assertThat(audit.oldTimeMillis()).isEqualTo(1500);
            assertThat(audit.newTimeMillis()).isEqualTo(2500);
            assertThat(audit.reason()).isEqualTo("pressed consent late");
            assertThat(audit.timeMillis()).isPositive();
        }
    }

    @Test
    void moveMarker_unknownIdIsRejectedAndStoreKeepsWorking() {
        try (SessionStore store = open(SHOP)) {
            assertThatThrownBy(() -> store.moveMarker(42, 1000, "typo")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no marker with id 42");
            record(store, "f-000001", 1000);
            store.flush();
            assertThat(store.stats().findings()).isEqualTo(1);
            assertThat(store.auditTrail()).isEmpty();
        }
    }

    @Test
    void addMarker_placedInThePastRejudgesLaterFindings() {
        try (SessionStore store = open(SHOP)) {
            record(store, "f-000001", 1000);
            record(store, "f-000002", 3000);
            store.flush();
            store.addMarker(MarkerType.WITHDRAW, 2000, "withdrew in the settings page");
            assertThat(store.findingsSince(0, 10).get(1).violations())
                    .contains(Violation.COLLECT_AFTER_WITHDRAWAL);
            assertThat(phases(store)).containsExactly(Phase.BEFORE_CONSENT, Phase.AFTER_WITHDRAWAL);
        }
    }

    @Test
    void backgroundMarkers_flagBackgroundCollectionAfterConsent() {
        try (SessionStore store = open(SHOP)) {
            store.addMarker(MarkerType.CONSENT, 500, "");
            store.addMarker(MarkerType.BACKGROUND, 1500, "");
            record(store, "f-000001", 1000);
            record(store, "f-000002", 2000);
            store.flush();
            List<Finding> findings = store.findingsSince(0, 10);
            assertThat(findings.get(0).violations()).isEmpty();
            assertThat(findings.get(1).violations()).containsExactly(Violation.BACKGROUND_COLLECTION);
        }
    }

    @Test
    void reopen_keepsMarkersAndRejudgesWhenProfileChanges() {
        try (SessionStore store = open(SHOP)) {
            store.addMarker(MarkerType.CONSENT, 500, "");
            store.recordExchange(exchange("f-000001", 1000, "api.jpush.cn"),
                    List.of(Fixtures.finding("f-000001", 1000, Party.THIRD, Fixtures.JPUSH, PiiType.IMEI)));
            store.flush();
            assertThat(store.findingsSince(0, 1).get(0).violations()).containsExactly(Violation.UNDECLARED_SDK);
        }
        Profile declaresJpush = new Profile(DeviceProfile.EMPTY, new AppProfile("com.example.shop",
                List.of("*.example-shop.com"), List.of("umeng_analytics", "jpush")));
        try (SessionStore store = open(declaresJpush)) {
            assertThat(store.markers()).hasSize(1);
            assertThat(store.findingsSince(0, 1).get(0).violations()).isEmpty();
            assertThat(store.auditTrail()).extracting(AuditEntry::action).containsExactly("profile-changed");
            assertThat(store.info().profile()).isEqualTo(declaresJpush);
        }
    }

    @Test
    void addMarker_fromListenerIsRefusedInsteadOfDeadlocking() {
        List<Throwable> refused = new ArrayList<>();
        try (SessionStore store = open(SHOP)) {
            store.addListener(new SessionListener() {
                @Override
                public void onFindings(List<Finding> findings) {
                    try {
                        store.addMarker(MarkerType.NOTE, 1, "from a listener");
                    } catch (IllegalStateException e) {
                        refused.add(e);
                    }
                }
            });
            record(store, "f-000001", 1000);
            store.flush();
            assertThat(refused).singleElement().extracting(Throwable::getMessage).asString()
                    .contains("must not call");
            assertThat(store.markers()).isEmpty();
        }
    }
}
