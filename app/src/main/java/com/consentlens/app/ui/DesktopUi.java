package com.consentlens.app.ui;

import com.consentlens.app.session.LiveSession;
import com.consentlens.ui.UiLauncher;

/** Opens the desktop window on a live session and blocks until the tester closes it. */
public final class DesktopUi {
    private DesktopUi() {
    }

    public static void open(LiveSession live) {
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
