package com.consentlens.evidence.session;

import com.consentlens.evidence.rules.RuleSettings;
import com.consentlens.model.Profile;
import java.nio.file.Path;

/**
 * What a session is: its name, when it was created and last written, the profile and rule settings its
 * verdicts were made with (as stored in the session), and where it lives ({@code directory} holds
 * {@code session.db}).
 */
public record SessionInfo(String name, long createdMillis, long lastActivityMillis, Profile profile,
                          RuleSettings settings, Path directory) {
}
