package com.consentlens.evidence.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's read connection. A JDBC connection is not thread-safe, so callers take turns; the lock is
 * reentrant, so a {@code forEachFinding} callback may read again. WAL gives each read a consistent snapshot
 * of committed data while the writer goes on.
 */
final class SessionReader {
    /** A read that may throw {@link SQLException}. */
    @FunctionalInterface
    interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    SessionReader(Connection connection) {
        this.connection = connection;
    }

    <T> T read(Query<T> query) {
        lock.lock();
        try {
            return query.run(connection);
        } catch (SQLException e) {
            throw new SessionStoreException("session read failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new SessionStoreException("closing the session's read connection failed", e);
        } finally {
            lock.unlock();
        }
    }
}
