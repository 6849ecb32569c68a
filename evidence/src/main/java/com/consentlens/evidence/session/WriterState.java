package com.consentlens.evidence.session;

import com.consentlens.model.ConsentTimeline;
import com.consentlens.evidence.rules.FrequencyHistory;
import com.consentlens.evidence.rules.RuleEngine;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.ProxyEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the writer thread knows between transactions: the write connection and its prepared statements,
 * the rule engine, the markers (few, so kept in memory as a {@link ConsentTimeline}) and the bounded
 * frequency history. Only the writer thread touches it (and the opening thread, before the writer starts).
 */
final class WriterState implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WriterState.class);

    private final Connection c;
    private final PreparedStatement insertExchange;
    private final PreparedStatement insertFinding;
    private final PreparedStatement insertEvent;
    private RuleEngine engine;
    private List<Marker> markers;
    private ConsentTimeline timeline;
    private FrequencyHistory history;

    WriterState(Connection c, RuleEngine engine) throws SQLException {
        this.c = c;
        this.engine = engine;
        insertExchange = ExchangeRows.prepareInsert(c);
        insertFinding = FindingRows.prepareInsert(c);
        insertEvent = c.prepareStatement(
                "INSERT INTO events(time_ms, kind, client, host, detail) VALUES(?,?,?,?,?)");
        loadMarkers();
        history = VerdictRecompute.warmHistory(c, engine);
    }

    /** Inserts the exchange and its findings, judged against the current markers; returns them with ids. */
    List<Finding> storeExchange(Exchange e, List<Finding> detected) throws SQLException {
        if (!ExchangeRows.insert(insertExchange, e)) {
            LOG.warn("flow {} was already stored; keeping the first copy of the exchange", e.flowId());
        }
        List<Finding> stored = new ArrayList<>(detected.size());
        for (Finding f : detected) {
            stored.add(FindingRows.insert(insertFinding, engine.judge(f, timeline, history)));
        }
        return stored;
    }

    void storeEvent(ProxyEvent e) throws SQLException {
        insertEvent.setLong(1, e.timeMillis());
        insertEvent.setString(2, e.kind().name());
        insertEvent.setString(3, e.client());
        insertEvent.setString(4, e.host());
        insertEvent.setString(5, e.detail());
        insertEvent.executeUpdate();
    }

    Marker storeMarker(MarkerType type, long timeMillis, String text) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO markers(type, time_ms, text) VALUES(?,?,?)")) {
            ps.setString(1, type.name());
            ps.setLong(2, timeMillis);
            ps.setString(3, text == null ? "" : text);
            ps.executeUpdate();
            id = SessionQueries.lastInsertId(c);
        }
        Marker marker = new Marker(id, type, timeMillis, text);
        markers.add(marker);
        timeline = new ConsentTimeline(markers);
        return marker;
    }

    /** True when findings already judged lie at or after the marker (a marker placed in the past). */
    boolean judgedFindingsAffectedBy(Marker marker) throws SQLException {
        if (marker.type() == MarkerType.NOTE) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM findings WHERE time_ms >= ? LIMIT 1")) {
            ps.setLong(1, marker.timeMillis());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    void moveMarker(long markerId, long newTimeMillis, String reason, String actor) throws SQLException {
        Marker old = markers.stream().filter(m -> m.id() == markerId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no marker with id " + markerId));
        try (PreparedStatement ps = c.prepareStatement("UPDATE markers SET time_ms = ? WHERE id = ?")) {
            ps.setLong(1, newTimeMillis);
            ps.setLong(2, markerId);
            ps.executeUpdate();
        }
        SessionQueries.insertAudit(c, actor, "marker-moved", markerId, old.timeMillis(), newTimeMillis, reason);
        markers.replaceAll(m -> m.id() == markerId ? m.movedTo(newTimeMillis) : m);
        timeline = new ConsentTimeline(markers);
        recomputeAll();
    }

    /** Stores a profile edited during the session, audits the change and judges every finding again. */
    void updateProfile(com.consentlens.model.Profile profile, String actor) throws SQLException {
        Meta.put(c, Meta.PROFILE, com.consentlens.evidence.profile.ProfileJson.write(profile, false));
        SessionQueries.insertAudit(c, actor, "profile-changed", 0, 0, 0, "profile edited during the session");
        replaceEngine(new RuleEngine(profile.app(), engine.settings()));
    }

    /** Replaces the rule engine (new profile or settings) and judges the session again. */
    void replaceEngine(RuleEngine newEngine) throws SQLException {
        engine = newEngine;
        recomputeAll();
    }

    void recomputeAll() throws SQLException {
        history = VerdictRecompute.run(c, engine, timeline);
    }

    void touch() throws SQLException {
        Meta.put(c, Meta.LAST_ACTIVITY, Long.toString(System.currentTimeMillis()));
    }

    /**
     * After a rollback the in-memory markers and frequency history may hold rows that were never committed;
     * both are rebuilt from the database so a retried batch is judged exactly once.
     */
    void reloadAfterRollback() {
        try {
            loadMarkers();
            history = VerdictRecompute.warmHistory(c, engine);
        } catch (SQLException e) {
            LOG.error("reloading markers and history after a rollback failed", e);
        }
    }

    private void loadMarkers() throws SQLException {
        markers = new ArrayList<>(SessionQueries.markers(c));
        timeline = new ConsentTimeline(markers);
    }

    @Override
    public void close() throws SQLException {
        insertExchange.close();
        insertFinding.close();
        insertEvent.close();
    }
}
