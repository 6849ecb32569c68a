package com.consentlens.app.ui;

import com.consentlens.app.session.LiveSession;
import com.consentlens.ui.UiLauncher;

/** Opens the desktop window on a live session and blocks until the tester closes it. */
public final class DesktopUi {
    /**
     * JavaFX warns on every start that it was loaded from the classpath ("unsupported configuration"), which
     * is how a single runnable jar works; held here so the level sticks (loggers are weakly referenced).
     */
    private static final java.util.logging.Logger FX_STARTUP =
            java.util.logging.Logger.getLogger("javafx");

    private DesktopUi() {
    }

    public static void open(LiveSession live) {
        FX_STARTUP.setLevel(java.util.logging.Level.SEVERE);
        try {
            UiLauncher.launch(SessionPortAdapter.live(live));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UnsupportedOperationException | UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new com.consentlens.app.UsageException("cannot open the window (" + e.getMessage()
                    + "); on a machine without a display use --headless");
        }
    }
}
