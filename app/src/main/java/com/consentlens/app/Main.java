package com.consentlens.app;

import com.consentlens.app.cli.ConsentLensCommand;

/**
 * Entry point of the {@code consentlens} command. Not a JavaFX {@code Application}: a shaded jar whose main
 * class extends {@code Application} refuses to start ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ConsentLensCommand.execute(args));
    }
}
