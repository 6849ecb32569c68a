package com.consentlens.app.cli;

import com.consentlens.evidence.session.SessionDirectory;
import com.consentlens.evidence.session.SessionSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code consentlens sessions}: the recorded sessions with their counts. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = {"List recorded sessions with their counts.", "列出已记录的会话及其统计。"})
public final class SessionsCommand implements Runnable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Mixin DataDirOption dataDir;

    @Override
    public void run() {
        List<SessionSummary> sessions = new SessionDirectory(dataDir.resolve().root()).list();
        if (sessions.isEmpty()) {
            System.out.println("no sessions yet in " + dataDir.resolve().root() + " (start one with: consentlens run)");
            return;
        }
        System.out.printf("%-32s %-16s %-16s %9s %9s %7s %7s%n", "SESSION", "CREATED", "LAST ACTIVITY",
                "EXCHANGES", "FINDINGS", "MARKERS", "EVENTS");
        for (SessionSummary s : sessions) {
            System.out.printf("%-32s %-16s %-16s %9d %9d %7d %7d%n", s.name(), TIME.format(Instant.ofEpochMilli(s.createdMillis())),
                    s.lastActivityMillis() > 0 ? TIME.format(Instant.ofEpochMilli(s.lastActivityMillis())) : "-",
                    s.exchanges(), s.findings(), s.markers(), s.events());
        }
    }
}
