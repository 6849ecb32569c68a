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
        // The JDK's HTTP server (control API, demo upstream) waits on Nagle + delayed ACK (~40 ms a request)
        // unless TCP_NODELAY is set; it reads this once, when the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
        System.exit(ConsentLensCommand.execute(args));
    }
}
