package com.consentlens.ui.model;

import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.ui.SessionPort;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The consent buttons: Mark consent, Withdraw, Background, Foreground and Note, the same actions as
 * {@code consentlens mark …} and the control API. A marker is stamped when the button is pressed; the store
 * write and the verdict recomputation run on a background executor so the click never stalls rendering.
 * Disabled for a session reopened from disk (there is nothing to mark any more).
 */
public final class ConsentControlsModel {
    private final SessionPort port;
    private final Executor background;
    private final Executor fx;
    private final Consumer<Marker> onMarked;

    public final BooleanProperty live = new SimpleBooleanProperty();
    public final BooleanProperty busy = new SimpleBooleanProperty();
    public final ObjectProperty<Marker> lastMarker = new SimpleObjectProperty<>();
    /** The last failure's message, empty when the last action worked. */
    public final StringProperty error = new SimpleStringProperty("");

    public ConsentControlsModel(SessionPort port, Executor background, Executor fx, Consumer<Marker> onMarked) {
        this.port = port;
        this.background = background;
        this.fx = fx;
        this.onMarked = onMarked;
        live.set(port.isLive());
    }

    /** Whether the buttons accept a press now. */
    public boolean enabled() {
        return live.get() && !busy.get();
    }

    /**
     * Moves a marker the tester set too early or too late (e.g. consent pressed a few seconds after tapping
     * "agree"); the port recomputes every verdict and pushes them back. {@code reason} is kept for the audit.
     */
    public void moveMarker(Marker marker, long newTimeMillis, String reason) {
        if (!live.get()) {
            error.set("session is not live");
            return;
        }
        busy.set(true);
        background.execute(() -> {
            String problem = "";
            try {
                port.moveMarker(marker.id(), newTimeMillis, reason == null ? "" : reason.trim());
            } catch (RuntimeException e) {
                problem = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            String message = problem;
            fx.execute(() -> {
                busy.set(false);
                error.set(message);
                if (message.isEmpty()) {
                    onMarked.accept(marker.movedTo(newTimeMillis));
                }
            });
        });
    }

    public void mark(MarkerType type, String text) {
        if (!live.get()) {
            error.set("session is not live");
            return;
        }
        busy.set(true);
        background.execute(() -> {
            Marker m = null;
            String problem = "";
            try {
                m = port.mark(type, text == null ? "" : text.trim());
            } catch (RuntimeException e) {
                problem = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            Marker marked = m;
            String message = problem;
            fx.execute(() -> {
                busy.set(false);
                error.set(message);
                if (marked != null) {
                    lastMarker.set(marked);
                    onMarked.accept(marked);
                }
            });
        });
    }
}
