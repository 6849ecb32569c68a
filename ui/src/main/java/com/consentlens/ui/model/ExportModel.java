package com.consentlens.ui.model;

import com.consentlens.ui.SessionPort;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Exporting the evidence package: runs {@link SessionPort#exportEvidence} on a background thread, mirrors its
 * progress into properties for the progress bar, and turns the Cancel button into the {@code cancelled}
 * flag the exporter polls. {@code outcome} ends as "done", "cancelled" or "failed: message".
 */
public final class ExportModel {
    private final SessionPort port;
    private final Executor background;
    private final Executor fx;
    private volatile boolean cancelRequested;

    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    public final StringProperty phase = new SimpleStringProperty("");
    public final BooleanProperty running = new SimpleBooleanProperty();
    public final StringProperty outcome = new SimpleStringProperty("");

    public ExportModel(SessionPort port, Executor background, Executor fx) {
        this.port = port;
        this.background = background;
        this.fx = fx;
    }

    public void start(Path zip) {
        if (running.get()) {
            return;
        }
        cancelRequested = false;
        running.set(true);
        progress.set(0);
        outcome.set("");
        background.execute(() -> {
            String result;
            try {
                port.exportEvidence(zip, (done, total, ph) -> fx.execute(() -> {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                    phase.set(ph == null ? "" : ph);
                }), () -> cancelRequested);
                result = cancelRequested ? "cancelled" : "done";
            } catch (Exception e) {
                result = cancelRequested ? "cancelled" : "failed: " + e.getMessage();
            }
            String r = result;
            fx.execute(() -> {
                running.set(false);
                outcome.set(r);
                if (r.equals("done")) {
                    progress.set(1);
                }
            });
        });
    }

    public void cancel() {
        cancelRequested = true;
    }
}
