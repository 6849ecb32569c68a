package com.consentlens.evidence.session;

import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.ProxyEvent;
import java.util.List;

/**
 * Receives what a session store has made durable. Every call happens on the store's writer thread
 * <em>after</em> the transaction holding the data committed, so anything a listener shows survives a crash.
 * Listeners must be quick (hand off to the UI thread or a socket buffer); an exception is logged and does
 * not stop the store.
 */
public interface SessionListener {
    /** New findings with ids, phase and violations, in id order. */
    default void onFindings(List<Finding> findings) {
    }

    default void onMarker(Marker marker) {
    }

    /** A marker moved (or the profile changed) and every verdict was recomputed: reload findings. */
    default void onVerdictsRecomputed() {
    }

    default void onEvent(ProxyEvent event) {
    }
}
