package com.consentlens.app.cli;

import com.consentlens.app.UsageException;
import com.consentlens.evidence.profile.ProfileException;
import com.consentlens.evidence.profile.ProfileJson;
import com.consentlens.model.Profile;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --profile FILE}: the device and app profile (design.md §3); a bad file is an exit-2 error naming the field. */
public final class ProfileOption {
    @Option(names = "--profile", paramLabel = "FILE", description = "Device and app profile (profile.json).")
    Path file;

    public Profile load() {
        if (file == null) {
            return Profile.EMPTY;
        }
        try {
            return ProfileJson.read(file);
        } catch (ProfileException e) {
            throw new UsageException("profile " + file + ": " + e.getMessage(), e);
        }
    }

    public boolean given() {
        return file != null;
    }
}
