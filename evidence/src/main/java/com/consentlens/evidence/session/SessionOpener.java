package com.consentlens.evidence.session;

import com.consentlens.evidence.profile.ProfileException;
import com.consentlens.evidence.profile.ProfileJson;
import com.consentlens.evidence.rules.RuleEngine;
import com.consentlens.evidence.rules.RuleSettings;
import com.consentlens.model.Profile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Opens or creates one session directory: the schema, the stored profile and rule settings, and a writer
 * state ready to continue. Reopening with a different profile or settings stores the new ones, leaves a
 * {@code profile-changed} audit row and judges every finding again (the app profile decides
 * UNDECLARED_SDK); past findings are not re-detected.
 */
final class SessionOpener {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SessionOpener() {
    }

    static SessionStore open(Path dir, String name, Profile profile, RuleSettings settings, boolean create) {
        Path file = SessionDb.file(dir);
        if (!create && !Files.isRegularFile(file)) {
            throw new NoSuchSessionException(name);
        }
        Connection writer = null;
        try {
            Files.createDirectories(dir);
            writer = SessionDb.open(file, true);
            writer.setAutoCommit(false);
            if (Meta.get(writer, Meta.CREATED).isEmpty()) {
                Meta.put(writer, Meta.CREATED, Long.toString(System.currentTimeMillis()));
            }
            Optional<Profile> storedProfile = storedProfile(writer);
            Optional<RuleSettings> storedSettings = storedSettings(writer);
            Profile useProfile = profile != null ? profile : storedProfile.orElse(Profile.EMPTY);
            RuleSettings useSettings = settings != null ? settings : storedSettings.orElse(RuleSettings.DEFAULTS);
            boolean changed = storedProfile.isPresent() && storedSettings.isPresent()
                    && (!ProfileJson.digest(storedProfile.get()).equals(ProfileJson.digest(useProfile))
                        || !storedSettings.get().equals(useSettings));
            Meta.put(writer, Meta.PROFILE, ProfileJson.write(useProfile, false));
            Meta.put(writer, Meta.SETTINGS, settingsJson(useSettings));
            WriterState state = new WriterState(writer, new RuleEngine(useProfile.app(), useSettings));
            if (changed) {
                SessionQueries.insertAudit(writer, SessionStore.actor(), "profile-changed", 0, 0, 0,
                        "profile or rule settings changed when the session was reopened");
                state.recomputeAll();
            }
            writer.commit();
            long created = Meta.getLong(writer, Meta.CREATED);
            return new SessionStore(name, dir, writer, state, SessionDb.open(file, false), created, useProfile,
                    useSettings, SessionQueries.maxFlowNumber(writer));
        } catch (SQLException | IOException e) {
            closeQuietly(writer);
            throw new SessionStoreException("cannot open session '" + name + "' in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Profile> storedProfile(Connection c) throws SQLException {
        Optional<String> json = Meta.get(c, Meta.PROFILE);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProfileJson.parse(json.get()));
        } catch (ProfileException e) {
            throw new SQLException("the profile stored in the session is invalid: " + e.getMessage(), e);
        }
    }

    private static Optional<RuleSettings> storedSettings(Connection c) throws SQLException {
        Optional<String> json = Meta.get(c, Meta.SETTINGS);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode n = MAPPER.readTree(json.get());
            return Optional.of(new RuleSettings(n.path("overFrequencyThreshold").asInt(),
                    n.path("overFrequencyWindowMillis").asLong()));
        } catch (IOException | IllegalArgumentException e) {
            throw new SQLException("the rule settings stored in the session are invalid: " + e.getMessage(), e);
        }
    }

    private static String settingsJson(RuleSettings s) {
        return MAPPER.createObjectNode().put("overFrequencyThreshold", s.overFrequencyThreshold())
                .put("overFrequencyWindowMillis", s.overFrequencyWindowMillis()).toString();
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing; the original error is the one to report
            }
        }
    }
}
