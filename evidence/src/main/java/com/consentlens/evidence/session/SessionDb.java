package com.consentlens.evidence.session;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens a session's SQLite database and owns its schema.
 *
 * <p>Durability: WAL with {@code synchronous=NORMAL}. A commit is written to the WAL file before it
 * returns, so a killed process (kill -9, crash) loses nothing committed; only an OS crash or power loss can
 * lose the last few commits, because NORMAL skips the fsync per commit. That matches the promise "a
 * finding that was shown survives kill -9" at a fraction of FULL's cost; readers never block the writer.
 */
final class SessionDb {
    static final String FILE_NAME = "session.db";

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS exchanges (id INTEGER PRIMARY KEY, flow_id TEXT NOT NULL, client TEXT,"
            + " start_ms INTEGER, end_ms INTEGER, method TEXT, url TEXT, host TEXT, req_headers TEXT,"
            + " req_body BLOB, req_truncated INTEGER, req_declared INTEGER, status INTEGER, resp_headers TEXT,"
            + " resp_body BLOB, resp_truncated INTEGER, resp_declared INTEGER, tls TEXT, error TEXT)",
        "CREATE UNIQUE INDEX IF NOT EXISTS exchanges_flow ON exchanges(flow_id)",
        "CREATE TABLE IF NOT EXISTS findings (id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL,"
            + " flow_id TEXT NOT NULL, client TEXT, method TEXT, url TEXT, host TEXT, party TEXT, sdk_id TEXT,"
            + " sdk_name TEXT, sdk_name_zh TEXT, sdk_vendor TEXT, sdk_ambiguous INTEGER, pii TEXT, match TEXT,"
            + " value TEXT, where_ TEXT, path TEXT, encoding TEXT, matched_text TEXT, phase TEXT,"
            + " violations TEXT)",
        "CREATE INDEX IF NOT EXISTS findings_time ON findings(time_ms, id)",
        "CREATE INDEX IF NOT EXISTS findings_flow ON findings(flow_id)",
        "CREATE TABLE IF NOT EXISTS markers (id INTEGER PRIMARY KEY, type TEXT NOT NULL, time_ms INTEGER NOT NULL,"
            + " text TEXT)",
        "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, time_ms INTEGER, kind TEXT, client TEXT,"
            + " host TEXT, detail TEXT)",
        "CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY, time_ms INTEGER, actor TEXT, action TEXT,"
            + " marker_id INTEGER, old_time_ms INTEGER, new_time_ms INTEGER, reason TEXT)",
    };

    private SessionDb() {
    }

    static Path file(Path sessionDir) {
        return sessionDir.resolve(FILE_NAME);
    }

    /** A connection with the session's pragmas; creates the schema when {@code create}. */
    static Connection open(Path dbFile, boolean create) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=10000");
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode=WAL")) {
                if (!rs.next() || !"wal".equalsIgnoreCase(rs.getString(1))) {
                    throw new SQLException("SQLite refused WAL mode for " + dbFile);
                }
            }
            s.execute("PRAGMA synchronous=NORMAL");
            if (create) {
                for (String ddl : SCHEMA) {
                    s.execute(ddl);
                }
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }
}
