package com.consentlens.model;

import java.util.Locale;

/**
 * How a finding's value was recognised: {@code exact} — it is (a variant of) a value from the device
 * profile, the strongest evidence; {@code pattern} — it has the validated shape of an identifier (IMEI with a
 * good Luhn digit, a 460xx IMSI…) but no profile says it is this phone's; {@code near} — a location within
 * the profile's radius.
 */
public enum MatchKind {
    EXACT, PATTERN, NEAR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MatchKind fromWireName(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
