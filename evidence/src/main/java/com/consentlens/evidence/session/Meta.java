package com.consentlens.evidence.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The session's key/value facts: creation time, last activity, stored profile and rule settings. */
final class Meta {
    static final String CREATED = "created_ms";
    static final String LAST_ACTIVITY = "last_activity_ms";
    static final String PROFILE = "profile";
    static final String SETTINGS = "rule_settings";

    private Meta() {
    }

    static Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static long getLong(Connection c, String key) throws SQLException {
        return get(c, key).map(Long::parseLong).orElse(0L);
    }

    static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
