package com.consentlens.ui;

import com.consentlens.model.DecodedLayer;
import com.consentlens.model.DecodedNode;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.IdentifierFormats;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;
import com.consentlens.model.ProxyEvent;
import com.consentlens.model.Sdk;
import com.consentlens.model.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A test fixture standing in for the app's session store: findings, markers and exchanges in memory, the
 * phase judged from markers in the simplest way (last consent/withdraw at or before the finding), and
 * listener calls made from a background thread, in order, like the real pipeline.
 */
public final class InMemorySessionPort implements SessionPort {
    private final String name;
    private final boolean live;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final Map<String, Exchange> exchanges = new LinkedHashMap<>();
    private final List<ExchangeSummary> summaries = new ArrayList<>();
    private final List<ProxyEvent> events = new ArrayList<>();
    private final List<SessionPortListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-port-notifier");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, InMemorySessionPort> past = new LinkedHashMap<>();
    private volatile ProxyStatus status = new ProxyStatus("192.168.1.20:8080", "http://192.168.1.20:8080/",
            true, 1, 2.5, 0, 0, "BoringSSL");
    private volatile Profile profile = Profile.EMPTY;
    private long nextId = 1;
    public volatile int markCalls;
    /** What {@link #decodedLayers} answers (the app's port re-decodes with the detectors). */
    public volatile List<DecodedLayer> layers = List.of();
    /** What {@link #decodedTree} answers, per exchange. */
    public volatile java.util.function.Function<Exchange, List<DecodedNode>> trees = e -> List.of();

    public InMemorySessionPort(String name, boolean live) {
        this.name = name;
        this.live = live;
    }

    public synchronized Finding feed(Finding raw) {
        Finding f = judge(raw.withId(nextId++));
        findings.add(f);
        notifyAll(l -> l.onFindings(List.of(f)));
        return f;
    }

    public synchronized void addExchange(Exchange e, String error) {
        addExchange(e, error, null, com.consentlens.model.Party.UNKNOWN);
    }

    /** An exchange as the app's port summarises it: attributed to an SDK and a party. */
    public synchronized void addExchange(Exchange e, String error, com.consentlens.model.SdkAttribution sdk,
                                         com.consentlens.model.Party party) {
        exchanges.put(e.flowId(), e);
        ExchangeSummary s = new ExchangeSummary(e.flowId(), e.startMillis(), e.method(), e.url(), e.host(),
                e.status(), error, e.requestBody().length(), e.requestBody().truncated(), 0, sdk, party);
        summaries.add(s);
        notifyAll(l -> l.onExchange(s));
    }

    public synchronized void addEvent(ProxyEvent e) {
        events.add(e);
        notifyAll(l -> l.onEvent(e));
    }

    public void addPastSession(InMemorySessionPort p) {
        past.put(p.sessionName(), p);
    }

    public void setStatus(ProxyStatus s) {
        status = s;
    }

    /** Waits until every listener call made so far has run. */
    public void awaitNotified() throws Exception {
        notifier.submit(() -> { }).get(10, TimeUnit.SECONDS);
    }

    private Finding judge(Finding f) {
        Phase phase = Phase.BEFORE_CONSENT;
        boolean background = false;
        for (Marker m : markers) {
            if (m.timeMillis() <= f.timeMillis()) {
                switch (m.type()) {
                    case CONSENT -> phase = Phase.AFTER_CONSENT;
                    case WITHDRAW -> phase = Phase.AFTER_WITHDRAWAL;
                    case BACKGROUND -> background = true;
                    case FOREGROUND -> background = false;
                    default -> { }
                }
            }
        }
        List<Violation> v = new ArrayList<>();
        if (phase == Phase.BEFORE_CONSENT) {
            v.add(Violation.COLLECT_BEFORE_CONSENT);
            if (f.isThirdParty()) {
                v.add(Violation.SHARE_BEFORE_CONSENT);
            }
        } else if (phase == Phase.AFTER_WITHDRAWAL) {
            v.add(Violation.COLLECT_AFTER_WITHDRAWAL);
        }
        if (background) {
            v.add(Violation.BACKGROUND_COLLECTION);
        }
        if (f.sdk() != null && !profile.app().declares(f.sdk().id())) {
            v.add(Violation.UNDECLARED_SDK);
        }
        return f.withVerdict(phase, v);
    }

    private void notifyAll(java.util.function.Consumer<SessionPortListener> call) {
        notifier.execute(() -> listeners.forEach(call));
    }

    @Override public boolean isLive() { return live; }
    @Override public String sessionName() { return name; }
    @Override public ProxyStatus status() { return status; }
    @Override public synchronized List<Finding> findings() { return List.copyOf(findings); }
    @Override public synchronized List<Marker> markers() { return List.copyOf(markers); }
    @Override public synchronized List<ExchangeSummary> exchanges() { return List.copyOf(summaries); }
    @Override public synchronized List<ProxyEvent> events() { return List.copyOf(events); }
    @Override public synchronized Optional<Exchange> exchange(String flowId) { return Optional.ofNullable(exchanges.get(flowId)); }

    @Override public List<DecodedLayer> decodedLayers(Exchange exchange, Finding finding) { return layers; }

    @Override public List<DecodedNode> decodedTree(Exchange exchange) { return trees.apply(exchange); }

    /** What {@link #readPhone} answers (the app's port runs adb). */
    public volatile java.util.function.UnaryOperator<Profile> phone = base -> {
        throw new IllegalStateException("adb: no ready device; connect the phone with USB debugging on");
    };

    @Override public Profile readPhone(Profile base) { return phone.apply(base); }
    @Override public void addListener(SessionPortListener l) { listeners.add(l); }

    @Override
    public synchronized Marker mark(MarkerType type, String text) {
        markCalls++;
        if (!live) {
            throw new IllegalStateException("session " + name + " is read-only");
        }
        Marker m = new Marker(markers.size() + 1, type, System.currentTimeMillis(), text);
        markers.add(m);
        findings.replaceAll(this::judge);
        List<Finding> all = List.copyOf(findings);
        notifyAll(l -> l.onMarker(m));
        notifyAll(l -> l.onVerdictsRecomputed(all));
        return m;
    }

    @Override
    public synchronized void moveMarker(long markerId, long newTimeMillis, String reason) {
        markers.replaceAll(m -> m.id() == markerId ? m.movedTo(newTimeMillis) : m);
        findings.replaceAll(this::judge);
        List<Finding> all = List.copyOf(findings);
        notifyAll(l -> l.onVerdictsRecomputed(all));
    }

    @Override public Profile profile() { return profile; }

    @Override
    public void saveProfile(Profile p) {
        for (String imei : p.device().imei()) {
            String problem = IdentifierFormats.problemWith(PiiType.IMEI, imei);
            if (problem != null) {
                throw new IllegalArgumentException("device.imei: " + problem);
            }
        }
        profile = p;
    }

    /** The fixture's file format is one line: the app package (real JSON is the app module's job). */
    @Override
    public Profile importProfile(Path file) {
        try {
            String pkg = Files.readString(file).trim();
            if (pkg.contains(" ")) {
                throw new IllegalArgumentException("app.package: must not contain spaces");
            }
            return new Profile(profile.device(), new com.consentlens.model.AppProfile(pkg, List.of(), List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void exportProfile(Profile p, Path file) {
        try {
            Files.writeString(file, p.app().packageName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> sessionNames() {
        List<String> names = new ArrayList<>(List.of(name));
        names.addAll(past.keySet());
        return names;
    }

    @Override
    public SessionPort openSession(String n) {
        InMemorySessionPort p = past.get(n);
        if (p == null) {
            throw new IllegalArgumentException("no session " + n);
        }
        return p;
    }

    /** Writes one zip entry per finding, reporting progress per entry and stopping when cancelled. */
    @Override
    public void exportEvidence(Path zip, ExportProgressListener progress, BooleanSupplier cancelled) throws Exception {
        List<Finding> all = findings();
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < all.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("cancelled");
                }
                z.putNextEntry(new ZipEntry("finding-" + all.get(i).id() + ".txt"));
                z.write(all.get(i).toString().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
                progress.progress(i + 1, all.size(), "findings");
            }
        }
    }

    @Override public List<Sdk> sdkCatalog() { return List.of(Fixtures.UMENG, Fixtures.JPUSH, Fixtures.BUGLY); }
}
