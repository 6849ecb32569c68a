package com.consentlens.app.session;

import com.consentlens.evidence.session.SessionListener;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.ProxyEvent;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The headless view: one line per exchange, one indented line per committed finding, markers and proxy
 * events (blind spots, errors) as they happen. Lines are short enough for a terminal and grep.
 */
public final class ConsolePrinter implements SessionListener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final PrintStream out;

    public ConsolePrinter(PrintStream out) {
        this.out = out;
    }

    public void exchange(Exchange e) {
        String outcome = e.isError() ? "ERROR " + e.error() : String.valueOf(e.status());
        out.printf("%s %s %s %s %s %s%n", TIME.format(Instant.ofEpochMilli(e.startMillis())), e.flowId(), e.method(),
                e.url(), outcome, describeSize(e.requestBody().length()) + (e.requestBody().truncated() ? " (truncated)" : ""));
    }

    @Override
    public void onFindings(List<Finding> findings) {
        for (Finding f : findings) {
            out.println("    " + FindingLine.format(f));
        }
    }

    @Override
    public void onMarker(Marker m) {
        out.printf("%s ---- %s %s%n", TIME.format(Instant.ofEpochMilli(m.timeMillis())),
                m.type().wireName().toUpperCase(java.util.Locale.ROOT), m.text());
    }

    @Override
    public void onEvent(ProxyEvent e) {
        out.printf("%s [%s] %s %s %s%n", TIME.format(Instant.ofEpochMilli(e.timeMillis())), e.kind(), e.client(),
                e.host(), e.detail());
    }

    private static String describeSize(int bytes) {
        return bytes < 1024 ? bytes + " B" : String.format("%.1f KiB", bytes / 1024.0);
    }
}
