package com.consentlens.app.ui;

import com.consentlens.app.session.LiveSession;
import com.consentlens.app.session.StoreEvidenceSource;
import com.consentlens.certs.CertificateAuthority;
import com.consentlens.detectors.DecodedTrail;
import com.consentlens.detectors.DecodedTree;
import com.consentlens.detectors.SdkCatalog;
import com.consentlens.evidence.pkg.EvidenceExporter;
import com.consentlens.evidence.pkg.ExportOptions;
import com.consentlens.evidence.pkg.ExportProgress;
import com.consentlens.evidence.pkg.SigningKey;
import com.consentlens.evidence.profile.ProfileException;
import com.consentlens.evidence.profile.ProfileJson;
import com.consentlens.evidence.session.SessionDirectory;
import com.consentlens.evidence.session.SessionListener;
import com.consentlens.evidence.session.SessionStore;
import com.consentlens.evidence.session.SessionSummary;
import com.consentlens.model.DecodedLayer;
import com.consentlens.model.DecodedNode;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Profile;
import com.consentlens.model.ProxyEvent;
import com.consentlens.model.Sdk;
import com.consentlens.ui.ExchangeSummary;
import com.consentlens.ui.ExportProgressListener;
import com.consentlens.ui.ProxyStatus;
import com.consentlens.ui.SessionPort;
import com.consentlens.ui.SessionPortListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The window's view of a session (the ui module's {@link SessionPort}), over a live session or, read-only,
 * over a session reopened from disk. The window never touches the proxy or the store directly.
 */
public final class SessionPortAdapter implements SessionPort {
    private final LiveSession live;
    private final SessionStore store;
    private final Path dataDir;
    private final SdkCatalog catalog;
    private final ExchangeRate rate = new ExchangeRate();

    private SessionPortAdapter(LiveSession live, SessionStore store, Path dataDir, SdkCatalog catalog) {
        this.live = live;
        this.store = store;
        this.dataDir = dataDir;
        this.catalog = catalog;
    }

    public static SessionPortAdapter live(LiveSession live) {
        return new SessionPortAdapter(live, live.store(), live.options().data().root(), live.catalog());
    }

    @Override public boolean isLive() { return live != null; }
    @Override public String sessionName() { return store.info().name(); }

    @Override
    public ProxyStatus status() {
        if (live == null) {
            return ProxyStatus.OFFLINE;
        }
        Map<String, Object> s = live.status();
        long exchanges = ((Number) s.get("exchanges")).longValue();
        return new ProxyStatus(live.proxyAddress(), "http://" + live.proxyAddress() + "/", true,
                ((Number) s.get("clientsSeen")).intValue(), rate.perSecond(exchanges), ((Number) s.get("dropped")).longValue(),
                ((Number) s.get("queued")).longValue(), String.valueOf(s.get("tlsProvider")));
    }

    @Override public List<Finding> findings() { return store.findingsSince(0, Integer.MAX_VALUE); }
    @Override public List<Marker> markers() { return store.markers(); }
    @Override public List<ProxyEvent> events() { return store.events(); }
    @Override public Optional<Exchange> exchange(String flowId) { return store.exchange(flowId); }

    /** Re-decodes the stored request along the finding's own encoding steps (the detectors' decoders and limits). */
    @Override
    public List<DecodedLayer> decodedLayers(Exchange exchange, Finding finding) {
        return DecodedTrail.of(exchange, finding);
    }

    @Override
    public List<DecodedNode> decodedTree(Exchange exchange) {
        return DecodedTree.of(exchange);
    }

    /** adb from PATH, the only attached phone; a usage error becomes the message the Profile tab shows. */
    @Override
    public Profile readPhone(Profile base) {
        try {
            return com.consentlens.app.device.PhoneProfile.fromAdb(base, "adb", null);
        } catch (com.consentlens.app.UsageException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public List<ExchangeSummary> exchanges() {
        Map<String, Integer> counts = new HashMap<>();
        store.forEachFinding(f -> counts.merge(f.flowId(), 1, Integer::sum));
        List<ExchangeSummary> out = new ArrayList<>();
        store.forEachExchange(e -> out.add(summary(e, counts.getOrDefault(e.flowId(), 0))));
        return out;
    }

    /** A Flows row: the exchange without bodies, attributed to its SDK and party as the detectors attribute findings. */
    ExchangeSummary summary(Exchange e, int findings) {
        String host = e.host();
        return new ExchangeSummary(e.flowId(), e.startMillis(), e.method(), e.url(), host, e.status(), e.error(),
                e.requestBody().truncated() ? e.requestBody().declaredLength() : e.requestBody().length(),
                e.requestBody().truncated() || e.responseBody().truncated(), findings,
                host.isEmpty() ? null : catalog.attribute(host).orElse(null), store.profile().app().partyOf(host));
    }

    @Override
    public void addListener(SessionPortListener l) {
        store.addListener(new SessionListener() {
            @Override public void onFindings(List<Finding> findings) { l.onFindings(findings); }
            @Override public void onMarker(Marker marker) { l.onMarker(marker); }
            @Override public void onVerdictsRecomputed() { l.onVerdictsRecomputed(store.findingsSince(0, Integer.MAX_VALUE)); }
            @Override public void onEvent(ProxyEvent event) { l.onEvent(event); }
        });
        if (live != null) {
            live.pipeline().addExchangeObserver((exchange, findings) -> l.onExchange(summary(exchange, findings.size())));
        }
    }

    @Override
    public Marker mark(MarkerType type, String text) {
        if (live == null) {
            throw new IllegalStateException("session " + sessionName() + " is not live: markers can only be set while capturing");
        }
        return store.addMarker(type, System.currentTimeMillis(), text);
    }

    @Override public void moveMarker(long markerId, long newTimeMillis, String reason) { store.moveMarker(markerId, newTimeMillis, reason); }
    @Override public Profile profile() { return store.profile(); }

    @Override
    public void saveProfile(Profile profile) {
        try {
            ProfileJson.parse(ProfileJson.write(profile, false));
        } catch (ProfileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (live == null) {
            throw new IllegalStateException("a reopened session keeps the profile it was recorded with");
        }
        live.updateProfile(profile);
    }

    @Override
    public Profile importProfile(Path file) {
        try {
            return ProfileJson.read(file);
        } catch (ProfileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public void exportProfile(Profile profile, Path file) {
        try {
            Files.writeString(file, ProfileJson.write(profile, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> sessionNames() {
        return new SessionDirectory(dataDir).list().stream().map(SessionSummary::name).toList();
    }

    @Override
    public SessionPort openSession(String name) {
        if (name.equals(sessionName())) {
            return this;
        }
        return new SessionPortAdapter(null, new SessionDirectory(dataDir).openExisting(name), dataDir, catalog);
    }

    @Override
    public void exportEvidence(Path zip, ExportProgressListener progress, BooleanSupplier cancelled) throws Exception {
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(dataDir.resolve("ca"));
        EvidenceExporter.export(new StoreEvidenceSource(store, ca.sha256Fingerprint(), catalog), zip,
                new ExportOptions(false, false, SigningKey.loadOrCreate(dataDir.resolve("signing"))),
                new ExportProgress() {
                    @Override public void progress(long done, long total, String phase) { progress.progress(done, total, phase); }
                    @Override public boolean isCancelled() { return cancelled.getAsBoolean(); }
                });
    }

    @Override public List<Sdk> sdkCatalog() { return catalog.all(); }
}
