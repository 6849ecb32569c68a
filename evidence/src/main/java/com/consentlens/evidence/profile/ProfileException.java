package com.consentlens.evidence.profile;

/**
 * A profile file that cannot be used, with a one-line message naming the field and what is wrong
 * ({@code device.imei[0]: must be 15 digits (or 14 digits without the check digit)}) or, for broken JSON,
 * the line and column.
 */
public class ProfileException extends Exception {
    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
