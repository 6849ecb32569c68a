package com.consentlens.evidence.session;

import com.consentlens.evidence.rules.RuleSettings;
import com.consentlens.model.Profile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The sessions of one data directory: {@code <dataDir>/sessions/<name>/session.db} (design.md §7). Names
 * are checked by {@link SessionName} before they touch the file system.
 *
 * <pre>{@code
 * SessionDirectory sessions = new SessionDirectory(Path.of(System.getProperty("user.home"), ".consentlens"));
 * try (SessionStore store = sessions.openOrCreate("shop-1.2.0", profile, RuleSettings.DEFAULTS)) { … }
 * sessions.list().forEach(s -> System.out.println(s.name() + " " + s.findings()));
 * }</pre>
 */
public final class SessionDirectory {
    private final Path sessionsDir;

    public SessionDirectory(Path dataDir) {
        this.sessionsDir = Objects.requireNonNull(dataDir, "dataDir").resolve("sessions");
    }

    /** Where a session with this (validated) name lives. */
    public Path pathOf(String name) {
        return sessionsDir.resolve(SessionName.validate(name));
    }

    public boolean exists(String name) {
        return Files.isRegularFile(SessionDb.file(pathOf(name)));
    }

    /**
     * Opens the session, creating it if needed. Reopening continues it: ids, flow numbers and the frequency
     * history carry on. A different profile or rule settings replace the stored ones and re-judge the
     * session (with an audit row).
     */
    public SessionStore openOrCreate(String name, Profile profile, RuleSettings settings) {
        return SessionOpener.open(pathOf(name), name, Objects.requireNonNull(profile, "profile"),
                Objects.requireNonNull(settings, "settings"), true);
    }

    /** Opens an existing session with its stored profile and settings; {@link NoSuchSessionException} if absent. */
    public SessionStore openExisting(String name) {
        return SessionOpener.open(pathOf(name), name, null, null, false);
    }

    /** Every session, by name, with its counts; directories that are not sessions are skipped. */
    public List<SessionSummary> list() {
        List<SessionSummary> out = new ArrayList<>();
        if (!Files.isDirectory(sessionsDir)) {
            return out;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(sessionsDir)) {
            for (Path dir : dirs) {
                String name = dir.getFileName().toString();
                Path db = SessionDb.file(dir);
                if (SessionName.isValid(name) && Files.isRegularFile(db)) {
                    out.add(summary(name, db));
                }
            }
        } catch (IOException e) {
            throw new SessionStoreException("cannot list sessions in " + sessionsDir + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(SessionSummary::name));
        return out;
    }

    private static SessionSummary summary(String name, Path db) {
        try (Connection c = SessionDb.open(db, false)) {
            SessionStats s = SessionQueries.stats(c);
            long created = Meta.getLong(c, Meta.CREATED);
            long last = Math.max(created, Meta.getLong(c, Meta.LAST_ACTIVITY));
            return new SessionSummary(name, created, last, s.exchanges(), s.findings(), s.markers(), s.events());
        } catch (SQLException e) {
            throw new SessionStoreException("cannot read session '" + name + "': " + e.getMessage(), e);
        }
    }
}
