package com.consentlens.model;

import java.util.Objects;

/**
 * A moment the tester marked: consent given, consent withdrawn, app to background or foreground, or a note.
 * {@code id} is 0 until the session store assigns one. Markers can be moved (a tester who pressed consent
 * late); every verdict is then recomputed from the markers' new times.
 */
public record Marker(long id, MarkerType type, long timeMillis, String text) {
    public Marker {
        Objects.requireNonNull(type, "type");
        text = text == null ? "" : text;
    }

    public Marker withId(long newId) {
        return new Marker(newId, type, timeMillis, text);
    }

    public Marker movedTo(long newTimeMillis) {
        return new Marker(id, type, newTimeMillis, text);
    }
}
