package com.consentlens.model;

/**
 * Where in the consent timeline a finding happened: before the user accepted the privacy policy, after it,
 * or after they withdrew consent. The phase is derived from the session's markers, never stored as truth:
 * moving a marker recomputes it.
 */
public enum Phase {
    BEFORE_CONSENT("before-consent", "同意前", "before consent"),
    AFTER_CONSENT("after-consent", "同意后", "after consent"),
    AFTER_WITHDRAWAL("after-withdrawal", "撤回同意后", "after withdrawal");

    private final String wireName;
    private final String labelZh;
    private final String labelEn;

    Phase(String wireName, String labelZh, String labelEn) {
        this.wireName = wireName;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String wireName() {
        return wireName;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public static Phase fromWireName(String s) {
        for (Phase p : values()) {
            if (p.wireName.equals(s)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown phase: " + s);
    }
}
