package com.consentlens.app.session;

import com.consentlens.app.cli.VersionProvider;
import com.consentlens.detectors.DecodedTrail;
import com.consentlens.detectors.SdkCatalog;
import com.consentlens.evidence.pkg.EvidenceSource;
import com.consentlens.evidence.session.SessionStats;
import com.consentlens.evidence.session.SessionStore;
import com.consentlens.model.DecodedLayer;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.Profile;
import com.consentlens.model.ProxyEvent;
import com.consentlens.model.SdkAttribution;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A session store as the source of an evidence package; every read streams from SQLite. */
public final class StoreEvidenceSource implements EvidenceSource {
    private final SessionStore store;
    private final String caFingerprint;
    private final SessionStats stats;
    private final SdkCatalog catalog;

    public StoreEvidenceSource(SessionStore store, String caFingerprint) {
        this(store, caFingerprint, SdkCatalog.loadDefault());
    }

    public StoreEvidenceSource(SessionStore store, String caFingerprint, SdkCatalog catalog) {
        this.store = store;
        this.caFingerprint = caFingerprint;
        this.catalog = catalog;
        store.flush();
        this.stats = store.stats();
    }

    @Override public String toolVersion() { return VersionProvider.version(); }
    @Override public String sessionName() { return store.info().name(); }

    /**
     * The session spans its traffic and its markers, not the database's bookkeeping: an analyzed HAR's
     * exchanges predate the session's creation, and opening a session to export it touches its last activity.
     */
    @Override
    public long sessionStartMillis() {
        long start = stats.firstExchangeMillis() > 0 ? stats.firstExchangeMillis() : store.info().createdMillis();
        for (Marker m : store.markers()) {
            start = Math.min(start, m.timeMillis());
        }
        return start;
    }

    @Override
    public long sessionEndMillis() {
        long end = stats.lastExchangeMillis() > 0 ? stats.lastExchangeMillis() : store.info().lastActivityMillis();
        for (Marker m : store.markers()) {
            end = Math.max(end, m.timeMillis());
        }
        return end;
    }

    @Override public List<Marker> markers() { return store.markers(); }
    @Override public Profile profile() { return store.info().profile(); }
    @Override public String caFingerprint() { return caFingerprint; }
    @Override public void forEachFinding(Consumer<Finding> consumer) { store.forEachFinding(consumer); }

    @Override
    public void forEachExchange(Predicate<String> flowIdFilter, Consumer<Exchange> consumer) {
        store.forEachExchange(e -> {
            if (flowIdFilter.test(e.flowId())) {
                consumer.accept(e);
            }
        });
    }

    @Override public List<ProxyEvent> events() { return store.events(); }

    /** The catalog the detectors attribute findings with (the report's third-party traffic table). */
    @Override
    public Optional<SdkAttribution> attribute(String host) {
        return catalog.attribute(host);
    }

    /** The stored request re-decoded along the finding's own steps (the detectors' decoders and limits). */
    @Override
    public List<DecodedLayer> decodedLayers(Exchange exchange, Finding finding) {
        return DecodedTrail.of(exchange, finding);
    }
    @Override public long findingCount() { return stats.findings(); }
    @Override public long exchangeCount() { return stats.exchanges(); }
}
