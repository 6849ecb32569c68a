package com.consentlens.model;

import java.util.Locale;

/** What the tester marked on the session's timeline. */
public enum MarkerType {
    /** The user accepted the privacy policy: collection from here on is after consent. */
    CONSENT("同意", "Consent"),
    /** The user withdrew consent: collection from here on is after withdrawal. */
    WITHDRAW("撤回同意", "Withdraw"),
    /** The app went to the background. */
    BACKGROUND("切到后台", "Background"),
    /** The app came back to the foreground. */
    FOREGROUND("回到前台", "Foreground"),
    /** A free-text note; changes no verdict. */
    NOTE("备注", "Note");

    private final String labelZh;
    private final String labelEn;

    MarkerType(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Parses {@code consent}, {@code withdraw}, …; the message names the accepted words. */
    public static MarkerType fromWireName(String s) {
        for (MarkerType t : values()) {
            if (t.wireName().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException(
                "unknown marker type '" + s + "' (expected consent, withdraw, background, foreground or note)");
    }
}
