package com.consentlens.ui.model;

import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.ProxyEvent;
import com.consentlens.ui.ExchangeSummary;
import com.consentlens.ui.ProxyStatus;
import com.consentlens.ui.SessionPortListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hand-over between the session's background threads and the FX thread. Listener calls only enqueue
 * (lock-free, never blocking a detector worker); the FX thread calls {@link #drain()} on a timer and applies
 * one {@link Batch} per tick, so 10,000 findings a minute become a few list changes per second instead of
 * 10,000 scene-graph updates. A recomputed verdict list supersedes every finding queued before it.
 */
public final class UpdateBatcher implements SessionPortListener {
    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicReference<ProxyStatus> status = new AtomicReference<>();

    /** One tick's worth of changes, in arrival order within each kind. */
    public record Batch(List<Finding> findings, List<Finding> recomputed, List<Marker> markers,
                        List<ExchangeSummary> exchanges, List<ProxyEvent> events, ProxyStatus status) {
        public boolean isEmpty() {
            return findings.isEmpty() && recomputed == null && markers.isEmpty() && exchanges.isEmpty()
                    && events.isEmpty() && status == null;
        }
    }

    private record Recomputed(List<Finding> all) {
    }

    @Override
    public void onFindings(List<Finding> findings) {
        queue.addAll(findings);
    }

    @Override
    public void onMarker(Marker marker) {
        queue.add(marker);
    }

    @Override
    public void onVerdictsRecomputed(List<Finding> all) {
        queue.add(new Recomputed(List.copyOf(all)));
    }

    @Override
    public void onExchange(ExchangeSummary exchange) {
        queue.add(exchange);
    }

    @Override
    public void onEvent(ProxyEvent event) {
        queue.add(event);
    }

    public void offerStatus(ProxyStatus s) {
        status.set(s);
    }

    /** Takes everything queued so far. */
    public Batch drain() {
        List<Finding> findings = new ArrayList<>();
        List<Finding> recomputed = null;
        List<Marker> markers = new ArrayList<>();
        List<ExchangeSummary> exchanges = new ArrayList<>();
        List<ProxyEvent> events = new ArrayList<>();
        Object o;
        while ((o = queue.poll()) != null) {
            if (o instanceof Finding f) {
                findings.add(f);
            } else if (o instanceof Recomputed r) {
                // The recomputed list already contains every finding stored before it.
                recomputed = r.all();
                findings.clear();
            } else if (o instanceof Marker m) {
                markers.add(m);
            } else if (o instanceof ExchangeSummary e) {
                exchanges.add(e);
            } else if (o instanceof ProxyEvent e) {
                events.add(e);
            }
        }
        return new Batch(findings, recomputed, markers, exchanges, events, status.getAndSet(null));
    }
}
