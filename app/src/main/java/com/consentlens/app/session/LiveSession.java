package com.consentlens.app.session;

import com.consentlens.app.UsageException;
import com.consentlens.app.cli.VersionProvider;
import com.consentlens.app.control.ControlApiServer;
import com.consentlens.app.control.ControlToken;
import com.consentlens.app.pipeline.CapturePipeline;
import com.consentlens.app.pipeline.PipelineStats;
import com.consentlens.certs.CertificateAuthority;
import com.consentlens.detectors.DetectionEngine;
import com.consentlens.detectors.SdkCatalog;
import com.consentlens.evidence.rules.RuleSettings;
import com.consentlens.evidence.session.SessionDirectory;
import com.consentlens.evidence.session.SessionStore;
import com.consentlens.proxy.CaptureProxy;
import com.consentlens.proxy.ProxyConfig;
import com.consentlens.proxy.ProxyStartException;
import com.consentlens.proxy.ProxyStats;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A running capture: the proxy, the pipeline of detector workers, the session store and the control API,
 * wired together (design.md §2: only the app module knows all of them). {@code run} and {@code demo} both
 * start one; closing it stops the proxy first, drains the pipeline, then closes the store, so nothing that
 * was captured is lost on Ctrl-C.
 */
public final class LiveSession implements AutoCloseable {
    private final LiveOptions options;
    private final CertificateAuthority ca;
    private final SdkCatalog catalog;
    private final SessionStore store;
    private final CapturePipeline pipeline;
    private final CaptureProxy proxy;
    private final ControlApiServer control;
    private final JsonlFindingWriter jsonl;
    private final long startedMillis = System.currentTimeMillis();

    private LiveSession(LiveOptions options) {
        this.options = options;
        options.data().ensureWritable();
        this.ca = CertificateAuthority.loadOrCreate(options.data().caDir());
        this.catalog = SdkCatalog.loadDefault();
        String name = options.sessionName() != null ? options.sessionName() : defaultSessionName();
        SessionDirectory sessions = new SessionDirectory(options.data().root());
        try {
            this.store = sessions.openOrCreate(name, options.profile(), RuleSettings.DEFAULTS);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        this.jsonl = options.jsonl() == null ? null : JsonlFindingWriter.open(options.jsonl());
        if (jsonl != null) {
            store.addListener(jsonl);
        }
        this.pipeline = new CapturePipeline(new DetectionEngine(options.profile(), catalog), store, 10_000,
                options.workers());
        ProxyConfig config = ProxyConfig.builder().bindAddress(options.bind()).port(options.port())
                .allow(options.allow()).bodyCapBytes(options.bodyCapBytes()).responseBodyCapBytes(options.responseBodyCapBytes())
                .insecureUpstream(options.insecureUpstream()).hostOverrides(options.hostOverrides()).offline(options.offline())
                .flowIds(store::nextFlowNumber).build();
        try {
            this.proxy = CaptureProxy.start(config, ca, pipeline, pipeline);
        } catch (ProxyStartException e) {
            pipeline.close();
            store.close();
            throw new UsageException(e.getMessage(), e);
        }
        this.control = ControlApiServer.start(options.controlPort(),
                ControlToken.loadOrCreate(options.data().controlTokenFile()), store, this::status,
                options.data().controlEndpointFile());
    }

    public static LiveSession start(LiveOptions options) {
        return new LiveSession(options);
    }

    static String defaultSessionName() {
        return "session-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }

    /** The counters shown by {@code GET /api/status}, the headless status line and the UI header. */
    public Map<String, Object> status() {
        ProxyStats p = proxy.stats();
        PipelineStats q = pipeline.stats();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("version", VersionProvider.version());
        s.put("session", store.info().name());
        s.put("proxy", proxyAddress());
        s.put("listening", true);
        s.put("tlsProvider", p.tlsProvider());
        s.put("clientsSeen", p.clientsSeen());
        s.put("exchanges", p.exchanges());
        s.put("blindSpots", p.blindSpots());
        s.put("queued", q.queued());
        s.put("dropped", q.dropped());
        s.put("processed", q.processed());
        s.put("findings", q.findings());
        s.put("detectionLatencyP50Millis", q.latencyP50Millis());
        s.put("detectionLatencyP99Millis", q.latencyP99Millis());
        s.put("uptimeSeconds", (System.currentTimeMillis() - startedMillis) / 1000);
        s.put("controlApi", control == null ? "" : control.url());
        return s;
    }

    public String proxyAddress() {
        InetSocketAddress a = proxy.listenAddress();
        String host = a.getAddress().isAnyLocalAddress() ? LanAddress.guess() : a.getAddress().getHostAddress();
        return host + ":" + a.getPort();
    }

    /** A profile edited in the window: later exchanges are detected and judged with it. */
    public void updateProfile(com.consentlens.model.Profile profile) {
        pipeline.setEngine(new DetectionEngine(profile, catalog));
        store.updateProfile(profile);
    }

    public CertificateAuthority ca() { return ca; }
    public SdkCatalog catalog() { return catalog; }
    public SessionStore store() { return store; }
    public CapturePipeline pipeline() { return pipeline; }
    public CaptureProxy proxy() { return proxy; }
    public ControlApiServer control() { return control; }
    public LiveOptions options() { return options; }

    /** Closes the session (see {@link #close}) and returns its final counts. */
    public com.consentlens.evidence.session.SessionStats closeWithStats() {
        proxy.close();
        pipeline.close();
        var stats = store.stats();
        close();
        return stats;
    }

    @Override
    public void close() {
        proxy.close();
        pipeline.close();
        control.close();
        store.close();
        if (jsonl != null) {
            try {
                jsonl.close();
            } catch (IOException e) {
                System.err.println("consentlens: could not close " + options.jsonl() + ": " + e.getMessage());
            }
        }
    }
}
