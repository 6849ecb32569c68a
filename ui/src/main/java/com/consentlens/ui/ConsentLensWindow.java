package com.consentlens.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.consentlens.model.MarkerType;
import com.consentlens.ui.model.SessionModel;
import com.consentlens.ui.view.ControlsView;
import com.consentlens.ui.view.MainView;
import com.consentlens.ui.view.UiFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The ConsentLens desktop window for one session. The FX thread only renders: the port's events are queued
 * by an {@link com.consentlens.ui.model.UpdateBatcher} and applied every {@value #BATCH_MILLIS} ms; the
 * proxy status is polled once a second on a background thread; exchanges for the detail pane, body searches,
 * markers and exports run on a background pool.
 *
 * <pre>{@code
 * Platform.runLater(() -> ConsentLensWindow.show(new Stage(), port));
 * }</pre>
 */
public final class ConsentLensWindow {
    /** How often queued session events are applied to the window. */
    public static final int BATCH_MILLIS = 150;
    private static boolean dark;

    private final Stage stage;
    private final SessionModel model;
    private final Scene scene;
    private final Timeline batches;
    private final ExecutorService background;
    private final ScheduledExecutorService poller;

    private ConsentLensWindow(Stage stage, SessionPort port) {
        this.stage = stage;
        this.background = Executors.newCachedThreadPool(daemon("consentlens-ui-worker"));
        this.poller = Executors.newSingleThreadScheduledExecutor(daemon("consentlens-ui-status"));
        this.model = new SessionModel(port, Texts.forSystemLocale(), background, Platform::runLater);
        model.start();
        model.darkTheme.set(dark);
        applyTheme();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(buildRoot(), Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        scene.getStylesheets().add(ConsentLensWindow.class.getResource("consentlens.css").toExternalForm());
        installShortcuts();
        model.texts().localeProperty().addListener((o, old, now) -> {
            scene.setRoot(buildRoot());
            updateTitle();
        });
        batches = new Timeline(new KeyFrame(Duration.millis(BATCH_MILLIS), e -> model.applyPending()));
        batches.setCycleCount(Animation.INDEFINITE);
        batches.play();
        poller.scheduleWithFixedDelay(this::poll, 0, 1, TimeUnit.SECONDS);
        stage.setScene(scene);
        updateTitle();
        stage.setOnHidden(e -> close());
        // lets the app (and tests) get from a Stage back to its window, e.g. for snapshots
        stage.getProperties().put(ConsentLensWindow.class, this);
        stage.show();
    }

    /** Opens the window for {@code port} on {@code stage}; call on the FX thread. */
    public static ConsentLensWindow show(Stage stage, SessionPort port) {
        return new ConsentLensWindow(stage, port);
    }

    private MainView buildRoot() {
        MainView root = new MainView(model, l -> model.texts().localeProperty().set(l), this::setDark, dark,
                name -> show(new Stage(), model.port().openSession(name)));
        if (UiFont.hasCjk()) {
            root.setStyle("-fx-font-family: \"" + UiFont.family() + "\";");
        }
        return root;
    }

    private void installShortcuts() {
        var acc = scene.getAccelerators();
        acc.put(KeyCombination.keyCombination("Shortcut+Shift+C"), () -> model.controls.mark(MarkerType.CONSENT, ""));
        acc.put(KeyCombination.keyCombination("Shortcut+Shift+W"), () -> model.controls.mark(MarkerType.WITHDRAW, ""));
        acc.put(KeyCombination.keyCombination("Shortcut+Shift+B"), () -> model.controls.mark(MarkerType.BACKGROUND, ""));
        acc.put(KeyCombination.keyCombination("Shortcut+Shift+F"), () -> model.controls.mark(MarkerType.FOREGROUND, ""));
        acc.put(KeyCombination.keyCombination("Shortcut+Shift+N"), () -> ControlsView.askNote(model.controls, model.texts()));
    }

    private void setDark(boolean on) {
        dark = on;
        model.darkTheme.set(on);
        applyTheme();
    }

    private static void applyTheme() {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void updateTitle() {
        SessionPort p = model.port();
        stage.setTitle(model.texts().format(p.isLive() ? "window.title" : "window.titleReadOnly", p.sessionName()));
    }

    private void poll() {
        try {
            model.pollStatus();
        } catch (RuntimeException e) {
            // A failing status call must not kill the poller; the header keeps the last state.
        }
    }

    private void close() {
        batches.stop();
        poller.shutdownNow();
        background.shutdownNow();
    }

    public SessionModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public void setLocale(Locale locale) {
        model.texts().localeProperty().set(locale);
    }

    /**
     * Selects the first leak (in arrival order) that {@code which} accepts, as if the tester clicked it, so the
     * detail pane loads its request. Call from any thread but the FX thread: the predicate runs on the calling
     * thread (it may read the store), the selection on the FX thread. Returns the selected leak, if any.
     */
    public java.util.Optional<com.consentlens.model.Finding> selectFirstLeak(
            java.util.function.Predicate<com.consentlens.model.Finding> which) {
        java.util.List<com.consentlens.model.Finding> all = onFx(() -> java.util.List.copyOf(model.leaks.all()));
        java.util.Optional<com.consentlens.model.Finding> first = all.stream().filter(which).findFirst();
        first.ifPresent(f -> onFx(() -> {
            model.leaks.selected.set(f);
            return f;
        }));
        return first;
    }

    private static <T> T onFx(java.util.function.Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the FX thread", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("FX thread work failed: " + e.getMessage(), e);
        }
    }

    /** Writes a PNG of the window's scene; may be called from any thread. */
    public void snapshot(Path png) {
        if (Platform.isFxApplicationThread()) {
            writeSnapshot(png);
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                writeSnapshot(png);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while taking a snapshot", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("snapshot failed: " + e.getMessage(), e);
        }
    }

    private void writeSnapshot(Path png) {
        WritableImage img = scene.snapshot(null);
        try {
            PngWriter.write(img, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
