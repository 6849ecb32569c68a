package com.consentlens.app.demo;

import com.consentlens.app.DataDirectory;
import com.consentlens.app.UsageException;
import com.consentlens.app.session.LiveOptions;
import com.consentlens.app.session.LiveSession;
import com.consentlens.certs.CertificateAuthority;
import com.consentlens.certs.LeafCertificate;
import com.consentlens.certs.LeafCertificates;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Profile;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * One run of the demo: the local upstream standing in for SDK servers, a live session whose proxy sends every
 * scripted SDK host to that upstream, and the simulated phone that plays {@link DemoTraffic}'s script,
 * marking consent and background between its stages as a tester would.
 */
public final class DemoRun implements AutoCloseable {
    private final DemoUpstream upstream;
    private final LiveSession live;
    private final Profile profile = DemoProfile.create();

    private DemoRun(DemoUpstream upstream, LiveSession live) {
        this.upstream = upstream;
        this.live = live;
    }

    public static DemoRun start(DataDirectory data, String sessionName) {
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(data.caDir());
        DemoUpstream upstream = DemoUpstream.start(serverContext(new LeafCertificates(ca).forHost("localhost")));
        Map<String, InetSocketAddress> overrides = new HashMap<>();
        for (String host : DemoTraffic.hosts()) {
            overrides.put(host, upstream.address());
        }
        overrides.put(DemoTraffic.PINNED_HOST, upstream.address());
        String name = sessionName != null ? sessionName
                : "demo-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        try {
            // The upstream is our own stand-in, so its certificate is not checked (--insecure-upstream).
            LiveSession live = LiveSession.start(new LiveOptions(data, name, DemoProfile.create(),
                    InetAddress.getLoopbackAddress(), 0, List.of(), true, overrides, null, 0, 0, 0).offlineOnly());
            return new DemoRun(upstream, live);
        } catch (RuntimeException e) {
            upstream.close();
            throw e;
        }
    }

    public LiveSession live() {
        return live;
    }

    /** Plays the whole script through the proxy, then waits until every exchange is detected and stored. */
    public void playScript(int paceMillis, PrintStream log) throws InterruptedException {
        DemoPhone phone = new DemoPhone(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                live.proxy().listenAddress().getPort()), live.ca().certificate());
        List<DemoRequest> script = DemoTraffic.script(profile.device());
        long before = live.proxy().stats().exchanges();
        phone.run(script, new DemoPhone.Hooks() {
            @Override
            public void beforeStage(Stage stage) {
                if (stage == Stage.AFTER_CONSENT) {
                    live.store().addMarker(MarkerType.CONSENT, System.currentTimeMillis(), "用户点击“同意”隐私政策 / user accepted the privacy policy");
                } else if (stage == Stage.BACKGROUND) {
                    live.store().addMarker(MarkerType.BACKGROUND, System.currentTimeMillis(), "用户按下 Home 键 / app sent to background");
                } else if (stage == Stage.AFTER_WITHDRAWAL) {
                    live.store().addMarker(MarkerType.FOREGROUND, System.currentTimeMillis(), "用户回到应用 / app back in the foreground");
                    live.store().addMarker(MarkerType.WITHDRAW, System.currentTimeMillis(), "用户在设置中撤回同意 / user withdrew consent in settings");
                }
            }

            @Override
            public void onFailed(DemoRequest request, Exception error) {
                log.println("demo phone: " + request.sdkId() + " " + request.url() + " failed: " + error.getMessage());
            }
        }, Duration.ofMillis(paceMillis));
        DemoPhone.PinnedAttempt pinned = phone.tryPinnedHost(DemoTraffic.PINNED_HOST);
        if (!pinned.refused()) {
            log.println("demo phone: expected " + pinned.host() + " to refuse our certificate, but it was accepted");
        }
        awaitCaptured(before + script.size());
    }

    private void awaitCaptured(long expectedExchanges) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (live.proxy().stats().exchanges() < expectedExchanges && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(200); // the blind-spot event arrives from the handshake failure, a moment after the refusal
        if (!live.pipeline().awaitIdle(30_000)) {
            throw new IllegalStateException("detection did not finish within 30 s");
        }
    }

    public void printReport(PrintStream out) {
        DemoReport.print(live.store(), live.catalog(), out);
    }

    static SSLContext serverContext(LeafCertificate leaf) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("leaf", leaf.privateKey(), new char[0], leaf.chain().toArray(new Certificate[0]));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, new char[0]);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new UsageException("cannot set up the demo upstream's TLS: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        live.close();
        upstream.close();
    }
}
