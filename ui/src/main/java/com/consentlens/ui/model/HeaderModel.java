package com.consentlens.ui.model;

import com.consentlens.ui.ProxyStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The header's proxy state. Holds the last polled {@link ProxyStatus}; the QR code is regenerated only when
 * the onboarding URL actually changes, which {@link #onboardingChanged} tells the view.
 */
public final class HeaderModel {
    public final ObjectProperty<ProxyStatus> status = new SimpleObjectProperty<>(ProxyStatus.OFFLINE);
    public final ObjectProperty<String> onboardingUrl = new SimpleObjectProperty<>("");

    public void apply(ProxyStatus s) {
        if (s == null) {
            return;
        }
        status.set(s);
        if (!s.onboardingUrl().equals(onboardingUrl.get())) {
            onboardingUrl.set(s.onboardingUrl());
        }
    }

    /** Alarm when the proxy had to drop exchanges: findings may be missing. */
    public boolean losing() {
        return status.get().dropped() > 0;
    }

    /** The key of the listening-state text. */
    public String listeningKey() {
        ProxyStatus s = status.get();
        return s.proxyAddress().isEmpty() ? "header.offline" : s.listening() ? "header.listening" : "header.stopped";
    }
}
