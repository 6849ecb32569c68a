package com.consentlens.ui;

import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.ProxyEvent;
import java.util.List;

/**
 * Changes a live session pushes to the window. Called from background threads (detector workers, the control
 * API); implementations must return quickly and never touch JavaFX nodes directly.
 */
public interface SessionPortListener {
    /** New findings, with their verdicts (phase, violations) already applied. */
    void onFindings(List<Finding> findings);

    void onMarker(Marker marker);

    /** A marker was set or moved: every finding's verdict was recomputed; {@code all} replaces the old list. */
    void onVerdictsRecomputed(List<Finding> all);

    void onExchange(ExchangeSummary exchange);

    void onEvent(ProxyEvent event);
}
