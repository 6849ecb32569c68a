package com.consentlens.ui.model;

import com.consentlens.model.DecodedLayer;
import com.consentlens.model.DecodedNode;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.ui.SessionPort;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Loads the exchange behind the selected leak or flow off the FX thread and publishes its
 * {@link DetailContent}. A generation counter drops results of selections the tester already left, so fast
 * clicking through the table never shows a stale request.
 */
public final class DetailModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DetailModel.class);
    private final SessionPort port;
    private final Executor background;
    private final Executor fx;
    private final AtomicLong generation = new AtomicLong();

    public final ObjectProperty<Finding> finding = new SimpleObjectProperty<>();
    public final ObjectProperty<DetailContent> content = new SimpleObjectProperty<>();
    /** Set when the exchange is not in the store (e.g. evicted or never captured). */
    public final ObjectProperty<String> missingFlow = new SimpleObjectProperty<>();

    public DetailModel(SessionPort port, Executor background, Executor fx) {
        this.port = port;
        this.background = background;
        this.fx = fx;
    }

    public void showFinding(Finding f) {
        finding.set(f);
        load(f == null ? null : f.flowId(), f);
    }

    public void showFlow(String flowId) {
        finding.set(null);
        load(flowId, null);
    }

    /** The decoded layers behind {@code f}; a failure to decode leaves the tab empty, never the whole pane. */
    private List<DecodedLayer> layers(Exchange e, Finding f) {
        if (f == null) {
            return List.of();
        }
        try {
            return port.decodedLayers(e, f);
        } catch (RuntimeException ex) {
            LOG.warn("could not decode flow {} for its detail pane: {}", e.flowId(), ex.toString());
            return List.of();
        }
    }

    /** The request decoded as a tree; a failure leaves the Structure tab empty, never the whole pane. */
    private List<DecodedNode> tree(Exchange e) {
        try {
            return port.decodedTree(e);
        } catch (RuntimeException ex) {
            LOG.warn("could not decode flow {} for its structure tab: {}", e.flowId(), ex.toString());
            return List.of();
        }
    }

    private void load(String flowId, Finding f) {
        long gen = generation.incrementAndGet();
        if (flowId == null) {
            content.set(null);
            return;
        }
        background.execute(() -> {
            Optional<Exchange> e = port.exchange(flowId);
            DetailContent c = e.map(x -> DetailContent.of(x, f, layers(x, f), tree(x))).orElse(null);
            fx.execute(() -> {
                if (generation.get() == gen) {
                    content.set(c);
                    missingFlow.set(c == null ? flowId : null);
                }
            });
        });
    }
}
