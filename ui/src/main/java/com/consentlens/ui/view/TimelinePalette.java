package com.consentlens.ui.view;

import com.consentlens.model.MarkerType;
import javafx.scene.paint.Color;

/**
 * The colours the timeline canvas paints with, one set per window theme. A canvas is not styled by CSS, so
 * it follows the theme through this palette: Primer light and Primer dark, the themes AtlantaFX gives the
 * rest of the window. The leak ticks keep their phase colours ({@code PhaseBadge}), readable on both.
 *
 * @param background the strip
 * @param band       every other SDK row
 * @param grid       tick lines and the label column's edge
 * @param label      SDK names
 * @param tickText   times on the axis
 * @param selection  the ring around the selected leak
 */
record TimelinePalette(Color background, Color band, Color grid, Color label, Color tickText, Color selection,
                       boolean dark) {
    static final TimelinePalette LIGHT = new TimelinePalette(Color.web("#f6f8fa"), Color.web("#eaeef2"),
            Color.web("#d0d7de"), Color.web("#24292f"), Color.web("#57606a"), Color.web("#0969da"), false);
    static final TimelinePalette DARK = new TimelinePalette(Color.web("#161b22"), Color.web("#21262d"),
            Color.web("#30363d"), Color.web("#e6edf3"), Color.web("#8b949e"), Color.web("#2f81f7"), true);

    static TimelinePalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** A consent marker is green, a withdrawal red, background purple, foreground blue, a note grey. */
    Color marker(MarkerType type) {
        return Color.web(dark ? switch (type) {
            case CONSENT -> "#3fb950";
            case WITHDRAW -> "#f85149";
            case BACKGROUND -> "#a371f7";
            case FOREGROUND -> "#2f81f7";
            case NOTE -> "#8b949e";
        } : switch (type) {
            case CONSENT -> "#1a7f37";
            case WITHDRAW -> "#cf222e";
            case BACKGROUND -> "#8250df";
            case FOREGROUND -> "#0969da";
            case NOTE -> "#57606a";
        });
    }
}
