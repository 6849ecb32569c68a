package com.consentlens.model;

import java.util.Locale;

/** Which part of the request carried the value. */
public enum Where {
    URL, HEADER, COOKIE, BODY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Where fromWireName(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
