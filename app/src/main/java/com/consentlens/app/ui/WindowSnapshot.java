package com.consentlens.app.ui;

import com.consentlens.model.Phase;
import com.consentlens.ui.ConsentLensWindow;
import com.consentlens.ui.model.DetailContent;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Takes a PNG of the open ConsentLens window and closes it: how {@code demo --screenshot} produces the
 * picture in docs/ under Xvfb, with the window in the state a tester sees after the demo's script.
 */
public final class WindowSnapshot {
    private WindowSnapshot() {
    }

    public static void takeAndClose(Path png) throws Exception {
        CompletableFuture<ConsentLensWindow> found = new CompletableFuture<>();
        Platform.runLater(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof Stage s && s.getProperties().get(ConsentLensWindow.class) instanceof ConsentLensWindow cw) {
                    found.complete(cw);
                    return;
                }
            }
            found.completeExceptionally(new IllegalStateException("no ConsentLens window is open"));
        });
        ConsentLensWindow window = found.get(10, TimeUnit.SECONDS);
        Thread.sleep(1500); // let the 150 ms batcher and the 1 s status poll show the final state
        // The picture should show the point of the tool: a before-consent leak with its matched bytes highlighted.
        window.selectFirstLeak(f -> f.phase() == Phase.BEFORE_CONSENT && window.model().port().exchange(f.flowId())
                .map(x -> DetailContent.of(x, f).highlighted()).orElse(false));
        Thread.sleep(800); // the detail pane loads the exchange off the FX thread
        window.snapshot(png);
        Platform.runLater(() -> window.stage().close());
    }
}
