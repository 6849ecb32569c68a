package com.consentlens.ui.model;

import com.consentlens.model.Phase;

/**
 * How a phase looks in the table and timeline. Before consent is the finding a tester is hunting for, so it
 * is the one loud colour (red); after withdrawal is just as serious (dark red); after consent is calm (grey).
 * The style classes are defined in {@code consentlens.css}.
 */
public enum PhaseBadge {
    BEFORE_CONSENT("phase-before", "#d1242f"),
    AFTER_CONSENT("phase-after", "#6e7781"),
    AFTER_WITHDRAWAL("phase-withdrawn", "#82071e"),
    PENDING("phase-pending", "#bf8700");

    private final String styleClass;
    private final String color;

    PhaseBadge(String styleClass, String color) {
        this.styleClass = styleClass;
        this.color = color;
    }

    public static PhaseBadge of(Phase phase) {
        if (phase == null) {
            return PENDING;
        }
        return switch (phase) {
            case BEFORE_CONSENT -> BEFORE_CONSENT;
            case AFTER_CONSENT -> AFTER_CONSENT;
            case AFTER_WITHDRAWAL -> AFTER_WITHDRAWAL;
        };
    }

    public String styleClass() {
        return styleClass;
    }

    /** Web colour, also used by the timeline canvas. */
    public String color() {
        return color;
    }

    /** Whether the row itself should stand out, not only its badge. */
    public boolean alarming() {
        return this == BEFORE_CONSENT || this == AFTER_WITHDRAWAL;
    }
}
