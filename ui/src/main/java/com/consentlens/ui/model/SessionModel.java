package com.consentlens.ui.model;

import com.consentlens.model.Marker;
import com.consentlens.model.ProxyEvent;
import com.consentlens.ui.SessionPort;
import com.consentlens.ui.Texts;
import java.util.Comparator;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The whole window as data: one session port, the language, and the page models (header, consent controls,
 * leaks, detail, flows, profile, export, timeline). The port's listener events go into an
 * {@link UpdateBatcher}; the window's timer calls {@link #applyPending()} on the FX thread, which applies them
 * as one batch and measures how long that took — the number that says whether the window stays responsive.
 */
public final class SessionModel {
    private final SessionPort port;
    private final Texts texts;
    private final UpdateBatcher batcher = new UpdateBatcher();
    private final ObservableList<Marker> markers = FXCollections.observableArrayList();
    private final ObservableList<ProxyEvent> events = FXCollections.observableArrayList();

    public final HeaderModel header = new HeaderModel();
    public final LeaksModel leaks = new LeaksModel();
    public final TimelineModel timeline = new TimelineModel();
    public final ProfileModel profile = new ProfileModel();
    public final ConsentControlsModel controls;
    public final DetailModel detail;
    public final FlowsModel flows;
    public final ExportModel export;
    /** The window's theme: views that paint themselves (the timeline canvas) follow it. */
    public final javafx.beans.property.BooleanProperty darkTheme = new javafx.beans.property.SimpleBooleanProperty();

    private long maxApplyNanos;
    private long batches;
    private long totalApplyNanos;

    public SessionModel(SessionPort port, Texts texts, Executor background, Executor fx) {
        this.port = port;
        this.texts = texts;
        controls = new ConsentControlsModel(port, background, fx, this::addMarker);
        detail = new DetailModel(port, background, fx);
        flows = new FlowsModel(port, background, fx);
        markers.addListener((javafx.collections.ListChangeListener<Marker>) c -> flows.markersChanged(markers));
        export = new ExportModel(port, background, fx);
        leaks.selected.addListener((o, old, f) -> detail.showFinding(f));
    }

    /** Subscribes first and then reads the snapshot, so nothing falls between; duplicates are dropped by id. */
    public void start() {
        port.addListener(batcher);
        leaks.add(port.findings());
        port.markers().forEach(this::addMarker);
        flows.add(port.exchanges());
        events.setAll(port.events());
        profile.load(port.profile());
    }

    /** Applies everything queued since the last call; FX thread only. Returns true when anything changed. */
    public boolean applyPending() {
        long t0 = System.nanoTime();
        UpdateBatcher.Batch b = batcher.drain();
        if (b.isEmpty()) {
            return false;
        }
        if (b.recomputed() != null) {
            leaks.replaceAll(b.recomputed());
        }
        if (!b.findings().isEmpty()) {
            leaks.add(b.findings());
        }
        b.markers().forEach(this::addMarker);
        if (!b.exchanges().isEmpty()) {
            flows.add(b.exchanges());
        }
        events.addAll(b.events());
        header.apply(b.status());
        long took = System.nanoTime() - t0;
        maxApplyNanos = Math.max(maxApplyNanos, took);
        totalApplyNanos += took;
        batches++;
        return true;
    }

    /** Adds a marker, or replaces the one with the same id (a moved marker). */
    private void addMarker(Marker m) {
        markers.removeIf(x -> x.id() == m.id() && m.id() != 0);
        markers.add(m);
        markers.sort(Comparator.comparingLong(Marker::timeMillis));
    }

    /** Polled from a background thread about once a second. */
    public void pollStatus() {
        batcher.offerStatus(port.status());
    }

    public SessionPort port() {
        return port;
    }

    public Texts texts() {
        return texts;
    }

    public UpdateBatcher batcher() {
        return batcher;
    }

    public ObservableList<Marker> markers() {
        return markers;
    }

    public ObservableList<ProxyEvent> events() {
        return events;
    }

    /** The longest single batch application so far, in milliseconds. */
    public double maxApplyMillis() {
        return maxApplyNanos / 1e6;
    }

    public double meanApplyMillis() {
        return batches == 0 ? 0 : totalApplyNanos / 1e6 / batches;
    }

    public long batchesApplied() {
        return batches;
    }
}
