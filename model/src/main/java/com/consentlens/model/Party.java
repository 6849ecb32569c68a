package com.consentlens.model;

import java.util.Locale;

/**
 * Who received the data: {@code first} — the app's own servers (the app profile's first-party hosts);
 * {@code third} — a known SDK or any other host; {@code unknown} — only when the exchange has no host.
 * MIIT's 私自共享给第三方 (sharing with a third party) turns on this distinction.
 */
public enum Party {
    FIRST, THIRD, UNKNOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Party fromWireName(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
