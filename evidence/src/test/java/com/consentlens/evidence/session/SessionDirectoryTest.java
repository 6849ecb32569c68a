package com.consentlens.evidence.session;

import static com.consentlens.evidence.fixtures.Fixtures.exchange;
import static com.consentlens.evidence.fixtures.Fixtures.imeiToUmeng;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consentlens.evidence.profile.ProfileJson;
import com.consentlens.evidence.profile.ProfileJsonTestData;
import com.consentlens.evidence.rules.RuleSettings;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Profile;
import com.consentlens.model.ProxyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

// A writer that never commits shows up as a hang: fail instead.
@Timeout(60)
class SessionDirectoryTest {
    @TempDir
    Path dataDir;

    @Test
    void list_showsEachSessionWithCounts() throws Exception {
        SessionDirectory sessions = new SessionDirectory(dataDir);
        assertThat(sessions.list()).isEmpty();
        long before = System.currentTimeMillis();
        try (SessionStore a = sessions.openOrCreate("a-run", Profile.EMPTY, RuleSettings.DEFAULTS);
             SessionStore b = sessions.openOrCreate("b-run", Profile.EMPTY, RuleSettings.DEFAULTS)) {
            a.recordExchange(exchange("f-000001", 1, "ulogs.umeng.com"), List.of(imeiToUmeng("f-000001", 1)));
            a.recordExchange(exchange("f-000002", 2, "ulogs.umeng.com"), List.of());
            a.addMarker(MarkerType.NOTE, 3, "opened the app");
            b.recordEvent(new ProxyEvent(4, ProxyEvent.Kind.BLIND_SPOT, "", "pinned.example.cn", ""));
            b.flush();
        }
        Files.createDirectories(dataDir.resolve("sessions/not-a-session"));

        List<SessionSummary> list = sessions.list();

        assertThat(list).extracting(SessionSummary::name).containsExactly("a-run", "b-run");
        SessionSummary a = list.get(0);
        assertThat(List.of(a.exchanges(), a.findings(), a.markers(), a.events())).containsExactly(2L, 1L, 1L, 0L);
        assertThat(list.get(1).events()).isEqualTo(1);
        assertThat(a.createdMillis()).isGreaterThanOrEqualTo(before);
        assertThat(a.lastActivityMillis()).isGreaterThanOrEqualTo(a.createdMillis());
    }

    @Test
    void openExisting_absentSessionThrows() {
        SessionDirectory sessions = new SessionDirectory(dataDir);
        assertThatThrownBy(() -> sessions.openExisting("nope")).isInstanceOf(NoSuchSessionException.class)
                .hasMessageContaining("nope");
        assertThat(Files.exists(dataDir.resolve("sessions/nope"))).isFalse();
    }

    @Test
    void openExisting_usesStoredProfileAndSettings() throws Exception {
        Profile profile = ProfileJson.parse(ProfileJsonTestData.DESIGN_EXAMPLE);
        RuleSettings settings = new RuleSettings(5, 30_000);
        SessionDirectory sessions = new SessionDirectory(dataDir);
        sessions.openOrCreate("lab", profile, settings).close();
        try (SessionStore store = sessions.openExisting("lab")) {
            SessionInfo info = store.info();
            assertThat(info.name()).isEqualTo("lab");
            assertThat(info.profile()).isEqualTo(profile);
            assertThat(info.settings()).isEqualTo(settings);
            assertThat(info.directory()).isEqualTo(dataDir.resolve("sessions/lab"));
        }
    }
}
