package com.consentlens.evidence.session;

import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.ProxyEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The SQL of the store's read side (and the few shared writes), each a small static method on a connection. */
final class SessionQueries {
    private SessionQueries() {
    }

    static long lastInsertId(Connection c) throws SQLException {
        return single(c, "SELECT last_insert_rowid()");
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static List<Marker> markers(Connection c) throws SQLException {
        List<Marker> list = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, type, time_ms, text FROM markers ORDER BY time_ms, id")) {
            while (rs.next()) {
                list.add(new Marker(rs.getLong(1), MarkerType.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getString(4)));
            }
        }
        return list;
    }

    static List<ProxyEvent> events(Connection c) throws SQLException {
        List<ProxyEvent> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT time_ms, kind, client, host, detail FROM events ORDER BY id")) {
            while (rs.next()) {
                list.add(new ProxyEvent(rs.getLong(1), ProxyEvent.Kind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)));
            }
        }
        return list;
    }

    static List<AuditEntry> audit(Connection c) throws SQLException {
        List<AuditEntry> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, time_ms, actor, action,"
                + " marker_id, old_time_ms, new_time_ms, reason FROM audit ORDER BY id")) {
            while (rs.next()) {
                list.add(new AuditEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getString(8)));
            }
        }
        return list;
    }

    static void insertAudit(Connection c, String actor, String action, long markerId, long oldTime, long newTime,
                            String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit(time_ms, actor, action, marker_id,"
                + " old_time_ms, new_time_ms, reason) VALUES(?,?,?,?,?,?,?)")) {
            ps.setLong(1, System.currentTimeMillis());
            ps.setString(2, actor);
            ps.setString(3, action);
            ps.setLong(4, markerId);
            ps.setLong(5, oldTime);
            ps.setLong(6, newTime);
            ps.setString(7, reason == null ? "" : reason);
            ps.executeUpdate();
        }
    }

    static SessionStats stats(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT"
                + " (SELECT COUNT(*) FROM exchanges), (SELECT COUNT(*) FROM findings),"
                + " (SELECT COUNT(*) FROM markers), (SELECT COUNT(*) FROM events),"
                + " (SELECT COALESCE(MIN(start_ms), 0) FROM exchanges),"
                + " (SELECT COALESCE(MAX(start_ms), 0) FROM exchanges)")) {
            rs.next();
            return new SessionStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6));
        }
    }

    static List<Finding> findingsSince(Connection c, long afterId, int limit) throws SQLException {
        List<Finding> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM findings WHERE id > ? ORDER BY id LIMIT ?")) {
            ps.setLong(1, afterId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(FindingRows.read(rs));
                }
            }
        }
        return list;
    }

    static void forEachFinding(Connection c, Consumer<Finding> action) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM findings ORDER BY id")) {
            while (rs.next()) {
                action.accept(FindingRows.read(rs));
            }
        }
    }

    static Optional<Exchange> exchange(Connection c, String flowId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + ExchangeRows.COLUMNS + " FROM exchanges WHERE flow_id = ?")) {
            ps.setString(1, flowId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(ExchangeRows.read(rs)) : Optional.empty();
            }
        }
    }

    static void forEachExchange(Connection c, Consumer<Exchange> action) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT " + ExchangeRows.COLUMNS + " FROM exchanges ORDER BY id")) {
            while (rs.next()) {
                action.accept(ExchangeRows.read(rs));
            }
        }
    }

    /** The highest {@code f-NNNNNN} flow number stored, so a reopened session numbers on after it. */
    static long maxFlowNumber(Connection c) throws SQLException {
        return single(c, "SELECT COALESCE(MAX(CAST(substr(flow_id, 3) AS INTEGER)), 0) FROM exchanges"
                + " WHERE flow_id GLOB 'f-[0-9]*'");
    }
}
