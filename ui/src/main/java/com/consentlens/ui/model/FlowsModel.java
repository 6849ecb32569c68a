package com.consentlens.ui.model;

import com.consentlens.model.ConsentTimeline;
import com.consentlens.model.DecodedNode;
import com.consentlens.model.Exchange;
import com.consentlens.model.Header;
import com.consentlens.model.Marker;
import com.consentlens.model.Phase;
import com.consentlens.ui.ExchangeSummary;
import com.consentlens.ui.SessionPort;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Flows tab: every exchange, including errors, blind spots and truncated bodies, with a search that looks
 * inside headers and bodies, and inside what they decode to (a value sent in base64 or gzip is found too). Bodies live in the store, so the search loads each exchange through the port on
 * a background thread and then narrows the list to the matching flow ids; a newer search cancels an older one.
 * Each row carries its consent phase (from the markers, as findings are judged) and its SDK, so the requests
 * an SDK sent before consent stand out even when their payload is encrypted and no leak can be read in it.
 */
public final class FlowsModel {
    private final SessionPort port;
    private final Executor background;
    private final Executor fx;
    private final AtomicLong generation = new AtomicLong();
    private final ObservableList<ExchangeSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ExchangeSummary> shown = new FilteredList<>(all);

    public final StringProperty query = new SimpleStringProperty("");
    public final BooleanProperty errorsOnly = new SimpleBooleanProperty();
    /** Only requests to hosts that are not the app's own, sent before consent (or after its withdrawal). */
    public final BooleanProperty thirdPartyBeforeConsent = new SimpleBooleanProperty();
    public final BooleanProperty searching = new SimpleBooleanProperty();
    private Set<String> bodyHits;

    public FlowsModel(SessionPort port, Executor background, Executor fx) {
        this.port = port;
        this.background = background;
        this.fx = fx;
        errorsOnly.addListener(o -> refilter());
        thirdPartyBeforeConsent.addListener(o -> refilter());
    }

    private ConsentTimeline timeline = ConsentTimeline.empty();

    /** The markers changed: phases are read again. */
    public void markersChanged(List<Marker> markers) {
        timeline = new ConsentTimeline(markers);
        refilter();
    }

    /** The consent phase the app was in when the request started. */
    public Phase phaseOf(ExchangeSummary s) {
        return timeline.phaseAt(s.startMillis());
    }

    private boolean withoutConsent(ExchangeSummary s) {
        return s.isThirdParty() && phaseOf(s) != Phase.AFTER_CONSENT;
    }

    public void add(List<ExchangeSummary> exchanges) {
        all.addAll(exchanges);
    }

    /** Starts a search for {@code query} in URLs, headers, request/response bodies and the decoded request. */
    public void search() {
        String q = query.get() == null ? "" : query.get().trim().toLowerCase(Locale.ROOT);
        long gen = generation.incrementAndGet();
        if (q.isEmpty()) {
            bodyHits = null;
            searching.set(false);
            refilter();
            return;
        }
        List<ExchangeSummary> snapshot = List.copyOf(all);
        searching.set(true);
        background.execute(() -> {
            Set<String> hits = new HashSet<>();
            for (ExchangeSummary s : snapshot) {
                if (generation.get() != gen) {
                    return;
                }
                if (s.url().toLowerCase(Locale.ROOT).contains(q)
                        || port.exchange(s.flowId()).map(e -> contains(e, q) || decodedContains(e, q)).orElse(false)) {
                    hits.add(s.flowId());
                }
            }
            fx.execute(() -> {
                if (generation.get() == gen) {
                    bodyHits = hits;
                    searching.set(false);
                    refilter();
                }
            });
        });
    }

    static boolean contains(Exchange e, String lowerQuery) {
        for (Header h : e.requestHeaders().lines()) {
            if ((h.name() + ": " + h.value()).toLowerCase(Locale.ROOT).contains(lowerQuery)) {
                return true;
            }
        }
        return e.requestBody().asString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains(lowerQuery)
                || e.responseBody().asString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains(lowerQuery);
    }

    /** The query inside what the body decodes to (a value in base64, gzip, a nested form…), when raw text missed it. */
    private boolean decodedContains(Exchange e, String lowerQuery) {
        try {
            return anyText(port.decodedTree(e), lowerQuery);
        } catch (RuntimeException ex) {
            return false; // a flow that cannot be decoded is searched as sent, as above
        }
    }

    private static boolean anyText(List<DecodedNode> nodes, String lowerQuery) {
        for (DecodedNode n : nodes) {
            if (n.text() != null && n.text().toLowerCase(Locale.ROOT).contains(lowerQuery) || anyText(n.children(), lowerQuery)) {
                return true;
            }
        }
        return false;
    }

    private void refilter() {
        Set<String> hits = bodyHits;
        boolean errors = errorsOnly.get();
        boolean noConsent = thirdPartyBeforeConsent.get();
        shown.setPredicate(s -> (!errors || s.isError() || s.truncated()) && (!noConsent || withoutConsent(s))
                && (hits == null || hits.contains(s.flowId())));
    }

    public ObservableList<ExchangeSummary> all() {
        return all;
    }

    public FilteredList<ExchangeSummary> shown() {
        return shown;
    }
}
