package com.consentlens.app.control;

import com.consentlens.app.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The bearer token of the control API: random, created once per data directory, readable by the owner only.
 * Anyone who can read the data directory can mark consent; nobody else can, even on the same machine.
 */
public final class ControlToken {
    private final String value;

    private ControlToken(String value) {
        this.value = value;
    }

    public static ControlToken loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                String token = HexFormat.of().formatHex(random);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException e) {
                    return load(file);
                }
                Files.writeString(file, token, StandardCharsets.US_ASCII);
                return new ControlToken(token);
            }
            return load(file);
        } catch (IOException e) {
            throw new UsageException("cannot create the control token " + file + ": " + e.getMessage(), e);
        }
    }

    public static ControlToken load(Path file) {
        try {
            String token = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (token.isEmpty()) {
                throw new UsageException("control token " + file + " is empty");
            }
            return new ControlToken(token);
        } catch (IOException e) {
            throw new UsageException("cannot read the control token " + file + ": " + e.getMessage(), e);
        }
    }

    public String value() {
        return value;
    }

    /** Constant-time check of an {@code Authorization} header value. */
    public boolean acceptsHeader(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, value.getBytes(StandardCharsets.US_ASCII));
    }
}
