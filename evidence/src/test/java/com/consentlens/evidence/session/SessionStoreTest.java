package com.consentlens.evidence.session;

import static com.consentlens.evidence.fixtures.Fixtures.exchange;
import static com.consentlens.evidence.fixtures.Fixtures.imeiToUmeng;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.evidence.rules.RuleSettings;
import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Phase;
import com.consentlens.model.Profile;
import com.consentlens.model.ProxyEvent;
import com.consentlens.model.TlsInfo;
import com.consentlens.model.Violation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

// A writer that never commits shows up as a hang: fail instead.
@Timeout(60)
class SessionStoreTest {
    @TempDir
    Path dataDir;

    private SessionStore open(String name) {
        return new SessionDirectory(dataDir).openOrCreate(name, Profile.EMPTY, RuleSettings.DEFAULTS);
    }

    private static String flow(long n) {
        return String.format("f-%06d", n);
    }

    @Test
    void openOrCreate_databaseIsInWalMode() throws SQLException {
        try (SessionStore store = open("wal")) {
            Path db = store.info().directory().resolve("session.db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
        }
    }

    @Test
    void recordExchange_listenerSeesOnlyCommittedRows() throws SQLException {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        List<Finding> shown = Collections.synchronizedList(new ArrayList<>());
        try (SessionStore store = open("durable")) {
            Path db = store.info().directory().resolve("session.db");
            // A second, independent connection sees only what is committed: if the listener ran before the
            // commit, these reads would miss the row.
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
                 PreparedStatement read = other.prepareStatement("SELECT phase FROM findings WHERE id = ?")) {
                store.addListener(new SessionListener() {
                    @Override
                    public void onFindings(List<Finding> findings) {
                        for (Finding f : findings) {
                            shown.add(f);
                            try {
                                read.setLong(1, f.id());
                                try (ResultSet rs = read.executeQuery()) {
                                    if (!rs.next() || !f.phase().name().equals(rs.getString(1))) {
                                        problems.add("finding " + f.id() + " shown before it was committed");
                                    }
                                }
                            } catch (SQLException e) {
                                problems.add(e.toString());
                            }
                        }
                    }
                });
                for (int i = 1; i <= 200; i++) {
                    store.recordExchange(exchange(flow(i), i, "ulogs.umeng.com"), List.of(imeiToUmeng(flow(i), i)));
                }
                store.flush();
            }
        }
        assertThat(problems).isEmpty();
        assertThat(shown).hasSize(200);
        assertThat(shown).allSatisfy(f -> {
            assertThat(f.id()).isPositive();
            assertThat(f.phase()).isEqualTo(Phase.BEFORE_CONSENT);
            assertThat(f.violations()).contains(Violation.COLLECT_BEFORE_CONSENT, Violation.SHARE_BEFORE_CONSENT);
        });
    }

    @Test
    void reopen_continuesIdsFlowNumbersAndData() {
        long lastId;
        try (SessionStore store = open("reopen")) {
            for (int i = 1; i <= 3; i++) {
                long n = store.nextFlowNumber();
                store.recordExchange(exchange(flow(n), n, "ulogs.umeng.com"), List.of(imeiToUmeng(flow(n), n)));
            }
            store.flush();
            lastId = store.findingsSince(0, 100).get(2).id();
        }
        try (SessionStore store = open("reopen")) {
            assertThat(store.stats().findings()).isEqualTo(3);
            long n = store.nextFlowNumber();
            assertThat(flow(n)).isEqualTo("f-000004");
            store.recordExchange(exchange(flow(n), n, "ulogs.umeng.com"), List.of(imeiToUmeng(flow(n), n)));
            store.flush();
            List<Finding> all = store.findingsSince(0, 100);
            assertThat(all).hasSize(4);
            assertThat(all.get(3).id()).isGreaterThan(lastId);
            assertThat(all.get(3).flowId()).isEqualTo("f-000004");
        }
    }

    @Test
    void exchange_roundTripsRawBytesHeadersAndTls() {
        byte[] gzipLike = {0x1f, (byte) 0x8b, 0, (byte) 0xff, 10, 13};
        Exchange e = exchange("f-000001", 1000, "ulogs.umeng.com").toBuilder()
                .requestBody(Body.truncated(gzipLike, 5_000_000))
                .tls(new TlsInfo("TLSv1.3", "TLS_AES_128_GCM_SHA256", "ulogs.umeng.com", "http/1.1", "TLSv1.3", true))
                .build();
        Exchange failed = exchange("f-000002", 2000, "down.example.cn").toBuilder()
                .status(502).error("upstream refused").responseBody(Body.EMPTY).build();
        try (SessionStore store = open("bytes")) {
            store.recordExchange(e, List.of());
            store.recordExchange(failed, List.of());
            store.flush();
            assertThat(store.exchange("f-000001")).contains(e);
            assertThat(store.exchange("f-000002")).contains(failed);
            assertThat(store.exchange("f-404")).isEmpty();
            List<Exchange> all = new ArrayList<>();
            store.forEachExchange(all::add);
            assertThat(all).containsExactly(e, failed);
        }
    }

    @Test
    void recordEvent_storedInOrderAndShownAfterCommit() {
        List<ProxyEvent> shown = Collections.synchronizedList(new ArrayList<>());
        ProxyEvent pinned = new ProxyEvent(1000, ProxyEvent.Kind.BLIND_SPOT, "10.0.0.7", "api.pinned.cn",
                "client rejected our certificate");
        ProxyEvent dropped = new ProxyEvent(1001, ProxyEvent.Kind.QUEUE_OVERFLOW, "", "", "1 exchange dropped");
        try (SessionStore store = open("events")) {
            store.addListener(new SessionListener() {
                @Override
                public void onEvent(ProxyEvent event) {
                    shown.add(event);
                }
            });
            store.recordEvent(pinned);
            store.recordEvent(dropped);
            store.flush();
            assertThat(store.events()).containsExactly(pinned, dropped);
            assertThat(shown).containsExactly(pinned, dropped);
            assertThat(store.stats().events()).isEqualTo(2);
        }
    }

    @Test
    void findingsSince_pagesInIdOrderAndForEachStreamsAll() {
        try (SessionStore store = open("paging")) {
            for (int i = 1; i <= 25; i++) {
                store.recordExchange(exchange(flow(i), i, "ulogs.umeng.com"), List.of(imeiToUmeng(flow(i), i)));
            }
            store.flush();
            List<Finding> first = store.findingsSince(0, 10);
            List<Finding> next = store.findingsSince(first.get(9).id(), 10);
            assertThat(first).hasSize(10);
            assertThat(next).hasSize(10);
            assertThat(next.get(0).id()).isGreaterThan(first.get(9).id());
            List<Long> ids = new ArrayList<>();
            store.forEachFinding(f -> ids.add(f.id()));
            assertThat(ids).hasSize(25).isSorted();
            SessionStats stats = store.stats();
            assertThat(stats.exchanges()).isEqualTo(25);
            assertThat(stats.firstExchangeMillis()).isEqualTo(1);
            assertThat(stats.lastExchangeMillis()).isEqualTo(25);
        }
    }

    @Test
    void recordExchange_storedFindingKeepsEveryField() {
        Finding detected = imeiToUmeng("f-000001", 1234);
        try (SessionStore store = open("fields")) {
            store.recordExchange(exchange("f-000001", 1234, "ulogs.umeng.com"), List.of(detected));
            store.flush();
            Finding stored = store.findingsSince(0, 1).get(0);
            assertThat(stored).usingRecursiveComparison().ignoringFields("id", "phase", "violations")
                    .isEqualTo(detected);
            assertThat(stored.phase()).isEqualTo(Phase.BEFORE_CONSENT);
        }
    }

    @Test
    void recordExchange_refusedCommandInABatchDoesNotLoseItsNeighbours() throws Exception {
        try (SessionStore store = open("isolation")) {
            Thread writer = new Thread(() -> {
                for (int i = 1; i <= 3000; i++) {
                    store.recordExchange(exchange(flow(i), i, "ulogs.umeng.com"), List.of(imeiToUmeng(flow(i), i)));
                }
            });
            writer.start();
            int refused = 0;
            for (int i = 0; i < 20; i++) {
                try {
                    store.moveMarker(999, 1, "no such marker");
                } catch (IllegalArgumentException e) {
                    refused++;
                }
            }
            writer.join();
            store.flush();
            assertThat(refused).isEqualTo(20);
            assertThat(store.stats().findings()).isEqualTo(3000);
            assertThat(store.stats().exchanges()).isEqualTo(3000);
        }
    }

    @Test
    void reopen_frequencyHistoryContinuesAcrossSessions() {
        SessionDirectory sessions = new SessionDirectory(dataDir);
        RuleSettings twoPerMinute = new RuleSettings(2, 60_000);
        try (SessionStore store = sessions.openOrCreate("freq", Profile.EMPTY, twoPerMinute)) {
            for (int i = 1; i <= 2; i++) {
                store.recordExchange(exchange(flow(i), i * 1000L, "ulogs.umeng.com"),
                        List.of(imeiToUmeng(flow(i), i * 1000L)));
            }
        }
        try (SessionStore store = sessions.openOrCreate("freq", Profile.EMPTY, twoPerMinute)) {
            store.recordExchange(exchange(flow(3), 3000, "ulogs.umeng.com"), List.of(imeiToUmeng(flow(3), 3000)));
            store.flush();
            assertThat(store.findingsSince(0, 10)).extracting(f -> f.violations().contains(Violation.OVER_FREQUENCY))
                    .containsExactly(false, false, true);
        }
    }
}
