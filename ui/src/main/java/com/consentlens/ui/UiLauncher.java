package com.consentlens.ui;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Starts JavaFX and opens the window, without an {@code Application} subclass: a shaded jar whose main class
 * extends Application fails with "JavaFX runtime components are missing" (stack-notes.md). Call once per JVM;
 * when the window closes, JavaFX exits with it (implicit exit) and {@link #launch} returns.
 */
public final class UiLauncher {
    private UiLauncher() {
    }

    /** Opens the window for {@code port} and blocks until it is closed. */
    public static void launch(SessionPort port) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Runnable open = () -> {
            try {
                Stage stage = new Stage();
                stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
                ConsentLensWindow.show(stage, port);
            } catch (RuntimeException e) {
                closed.countDown();
                throw e;
            }
        };
        try {
            Platform.startup(open);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(open);
        }
        closed.await();
    }
}
