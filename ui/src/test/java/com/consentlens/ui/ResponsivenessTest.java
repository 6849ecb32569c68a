package com.consentlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.MarkerType;
import com.consentlens.model.PiiType;
import com.consentlens.model.Sdk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Feeds findings into the real window at a steady rate from a background thread (with a consent marker
 * half-way, which recomputes every verdict) and measures the FX thread: the longest gap between two pulses
 * and the longest batch application. The default (2,000 in 4 s) is 3× the rate of 10,000 a minute
 * and keeps the suite short; {@code -Dui.probe.count=10000 -Dui.probe.seconds=60} runs the case.
 * Results go to target/ui-responsiveness.txt, with a PNG of the window at the end.
 */
@ExtendWith(ApplicationExtension.class)
class ResponsivenessTest {
    private static final int COUNT = Integer.getInteger("ui.probe.count", 2_000);
    private static final int SECONDS = Integer.getInteger("ui.probe.seconds", 4);
    private static final Sdk[] SDKS = {Fixtures.UMENG, Fixtures.JPUSH, Fixtures.BUGLY, null};
    private InMemorySessionPort port;
    private ConsentLensWindow window;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        port = new InMemorySessionPort("load", true);
        window = ConsentLensWindow.show(stage, port);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void feed_manyFindings_fxThreadKeepsPulsing(FxRobot robot) throws Exception {
        AtomicLong last = new AtomicLong();
        AtomicLong maxGap = new AtomicLong();
        AtomicLong pulses = new AtomicLong();
        AnimationTimer probe = new AnimationTimer() {
            @Override
            public void handle(long pulseTime) {
                // wall-clock, not the pulse's own timestamp, so a long pulse shows as a gap
                long now = System.nanoTime();
                long prev = last.getAndSet(now);
                if (prev > 0) {
                    maxGap.accumulateAndGet(now - prev, Math::max);
                }
                pulses.incrementAndGet();
            }
        };
        robot.interact(probe::start);
        long t0 = System.nanoTime();
        long intervalNanos = TimeUnit.SECONDS.toNanos(SECONDS) / COUNT;
        for (int i = 0; i < COUNT; i++) {
            long due = t0 + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (i == COUNT / 2) {
                port.mark(MarkerType.CONSENT, "");
            }
            PiiType pii = PiiType.values()[i % 8];
            Sdk sdk = SDKS[i % SDKS.length];
            String host = sdk == null ? "t" + (i % 7) + ".tracker.example.net" : "api." + sdk.id() + ".example";
            port.feed(Fixtures.raw(System.currentTimeMillis(), sdk, pii, host, "f-" + i));
        }
        double feedSeconds = (System.nanoTime() - t0) / 1e9;
        TableView<?> table = robot.lookup("#leaksTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == COUNT);
        double drainedSeconds = (System.nanoTime() - t0) / 1e9;
        robot.interact(probe::stop);
        double gapMs = maxGap.get() / 1e6;
        String report = String.format(Locale.ROOT, "findings=%d fed_in_s=%.1f all_shown_after_s=%.1f pulses=%d "
                        + "max_pulse_gap_ms=%.1f max_batch_apply_ms=%.1f mean_batch_apply_ms=%.1f batches=%d%n", COUNT,
                feedSeconds, drainedSeconds, pulses.get(), gapMs, window.model().maxApplyMillis(),
                window.model().meanApplyMillis(), window.model().batchesApplied());
        Path out = Path.of("target", "ui-responsiveness.txt");
        Files.writeString(out, report);
        System.out.print("[ui responsiveness] " + report);
        window.snapshot(Path.of("target", "ui-responsiveness.png"));
        assertThat(window.model().leaks.countProperty(com.consentlens.model.Phase.AFTER_CONSENT).get())
                .isBetween(COUNT / 2 - 5, COUNT / 2 + 5);
        // A window that froze for a second while findings poured in would fail the tester; 1 s is the bound.
        assertThat(gapMs).isLessThan(1_000);
    }
}
