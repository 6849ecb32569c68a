package com.consentlens.ui;

import static com.consentlens.ui.Fixtures.JPUSH;
import static com.consentlens.ui.Fixtures.UMENG;
import static com.consentlens.ui.Fixtures.raw;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Finding;
import com.consentlens.model.MarkerType;
import com.consentlens.model.PiiType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The launcher the app calls: it opens the window and blocks until the window closes. Also leaves snapshots
 * of a populated window in target/ (English and Chinese) for a look at the layout.
 */
class UiLauncherTest {
    @BeforeAll
    static void toolkit() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        // TestFX starts JavaFX with implicit exit off, so closing this window does not end the toolkit for
        // the other tests; the launcher then takes its "already running" path.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void launch_blocksUntilWindowClosed() throws Exception {
        InMemorySessionPort port = new InMemorySessionPort("launcher", true);
        port.addExchange(Fixtures.exchange("f-1", "ulogs.umeng.com",
                "{\"header\":{\"imei\":\"" + Fixtures.IMEI + "\",\"os\":\"Android 14\"}}"), null);
        long t0 = System.currentTimeMillis() - 20_000;
        Finding first = raw(t0, UMENG, PiiType.IMEI, "ulogs.umeng.com", "f-1");
        port.feed(new Finding(0, t0, "f-1", "127.0.0.1", "POST", first.url(), first.host(), first.party(),
                first.sdk(), first.pii(), first.match(), first.value(), first.where(), "$.header.imei",
                List.of("json"), Fixtures.IMEI, null, List.of()));
        port.feed(raw(t0 + 3_000, JPUSH, PiiType.OAID, "api.jpush.cn", "f-2"));
        port.feed(raw(t0 + 5_000, null, PiiType.ANDROID_ID, "t.tracker.example.net", "f-3"));
        port.mark(MarkerType.CONSENT, "");
        port.feed(raw(System.currentTimeMillis() + 10, UMENG, PiiType.OAID, "ulogs.umeng.com", "f-4"));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                UiLauncher.launch(port);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "app-main");
        caller.start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage("ConsentLens — launcher (live)") != null);
        Stage stage = stage("ConsentLens — launcher (live)");
        assertThat(caller.isAlive()).isTrue();

        ConsentLensWindow window = windowOf(stage);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().leaks.totalProperty().get() == 4);
        WaitForAsyncUtils.asyncFx(() -> window.model().leaks.selected.set(window.model().leaks.all().get(0))).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().detail.content.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        window.snapshot(Path.of("target", "ui-window.png"));
        WaitForAsyncUtils.asyncFx(() -> window.setLocale(Texts.CHINESE)).get();
        WaitForAsyncUtils.waitForFxEvents();
        window.snapshot(Path.of("target", "ui-window-zh.png"));
        assertThat(Files.size(Path.of("target", "ui-window.png"))).isGreaterThan(10_000);
        for (int tab : new int[] {1, 2, 3}) {
            WaitForAsyncUtils.asyncFx(() -> {
                window.setLocale(Texts.ENGLISH);
                ((javafx.scene.control.TabPane) stage.getScene().lookup("#tabs")).getSelectionModel().select(tab);
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            window.snapshot(Path.of("target", "ui-tab-" + tab + ".png"));
        }

        Platform.runLater(stage::hide);
        caller.join(10_000);
        assertThat(caller.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
    }

    private static Stage stage(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .map(w -> (Stage) w).findFirst().orElse(null);
    }

    private static ConsentLensWindow windowOf(Stage stage) {
        return (ConsentLensWindow) stage.getProperties().get(ConsentLensWindow.class);
    }
}
