package com.consentlens.app.session;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The headless status line, every 10 s: exchanges, findings, queue, drops, detection latency, clients. */
public final class StatusLine {
    private StatusLine() {
    }

    public static String format(Map<String, Object> s) {
        return String.format("[status] exchanges=%s findings=%s queued=%s dropped=%s p50=%.2fms p99=%.2fms clients=%s blind-spots=%s",
                s.get("exchanges"), s.get("findings"), s.get("queued"), s.get("dropped"),
                (Double) s.get("detectionLatencyP50Millis"), (Double) s.get("detectionLatencyP99Millis"),
                s.get("clientsSeen"), s.get("blindSpots"));
    }

    public static ScheduledExecutorService startPrinting(LiveSession live, PrintStream out) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "status-line");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> out.println(format(live.status())), 10, 10, TimeUnit.SECONDS);
        return timer;
    }
}
