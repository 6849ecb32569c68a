package com.consentlens.evidence.profile;

import com.consentlens.model.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads and writes {@code profile.json} (design.md §3): the test phone's identifiers and the app under test.
 * Reading is strict because a typo in a profile silently hides leaks: an unknown key ({@code imeii}), a value
 * of the wrong type or an identifier of the wrong shape is an error naming the field; missing lists are
 * empty.
 *
 * <pre>{@code
 * Profile p = ProfileJson.read(Path.of("profile.json"));   // ProfileException: "device.imeii: unknown key …"
 * String shown = ProfileJson.write(p, true);               // identifiers masked for display or export
 * String digest = ProfileJson.digest(p);                   // for the evidence manifest
 * }</pre>
 */
public final class ProfileJson {
    private ProfileJson() {
    }

    /** Reads a profile file; the message of a problem starts with the file name. */
    public static Profile read(Path file) throws ProfileException {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProfileException(file + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return parse(json);
        } catch (ProfileException e) {
            throw new ProfileException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public static Profile parse(String json) throws ProfileException {
        return ProfileReader.parse(json);
    }

    /** Pretty JSON in the §3 shape; {@code masked} masks identifiers, contacts and the location. */
    public static String write(Profile profile, boolean masked) {
        return ProfileWriter.write(profile, masked, true);
    }

    /**
     * SHA-256 (lower-case hex) of the canonical serialization: the unmasked profile as compact JSON with the
     * §3 key order and list order kept, UTF-8. Equal profiles give equal digests across runs and machines.
     */
    public static String digest(Profile profile) {
        byte[] canonical = ProfileWriter.write(profile, false, false).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
