package com.consentlens.evidence.rules;

import com.consentlens.model.Finding;
import com.consentlens.model.PiiType;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * How often each receiver got each data type recently, for OVER_FREQUENCY. Fed with findings in time order;
 * the receiver is the finding's SDK id, or its host when no SDK is known. Several findings of one exchange
 * (the IMEI in the URL and again in the body) count as one send: frequency is about requests, not about how
 * many places a request repeats the value.
 *
 * <p>Memory is bounded by the window, not by the session: each (receiver, type) keeps at most
 * {@code threshold + 1} send times in a ring (enough to tell "more than threshold within the window"), and
 * receivers silent for a whole window are dropped.
 */
public final class FrequencyHistory {
    private final RuleSettings settings;
    private final Map<String, Sends> byKey = new HashMap<>();
    private long lastPruneMillis = Long.MIN_VALUE;

    public FrequencyHistory(RuleSettings settings) {
        this.settings = settings;
    }

    /** Records the finding's send (once per exchange) and returns the sends within the window, this one included. */
    public int record(Finding finding) {
        long t = finding.timeMillis();
        pruneIdle(t);
        Sends sends = byKey.computeIfAbsent(key(finding), k -> new Sends(settings.overFrequencyThreshold() + 1));
        sends.add(finding.flowId(), t);
        return sends.countWithin(t - settings.overFrequencyWindowMillis());
    }

    /** Number of (receiver, type) pairs currently remembered; exposed so tests can prove the bound. */
    public int trackedKeys() {
        return byKey.size();
    }

    private static String key(Finding f) {
        String receiver = f.sdk() != null ? "sdk:" + f.sdk().id() : "host:" + f.host();
        PiiType pii = f.pii();
        return receiver + '|' + pii.name();
    }

    private void pruneIdle(long now) {
        long window = settings.overFrequencyWindowMillis();
        if (lastPruneMillis != Long.MIN_VALUE && now - lastPruneMillis < window) {
            return;
        }
        lastPruneMillis = now;
        for (Iterator<Sends> it = byKey.values().iterator(); it.hasNext(); ) {
            if (it.next().lastMillis() <= now - window) {
                it.remove();
            }
        }
    }

    /** A ring of the latest send times of one key. */
    private static final class Sends {
        private final long[] times;
        private int size;
        private int head;
        private String lastFlowId = "";

        Sends(int capacity) {
            times = new long[capacity];
        }

        void add(String flowId, long t) {
            if (size > 0 && flowId.equals(lastFlowId)) {
                return;
            }
            lastFlowId = flowId;
            times[head] = t;
            head = (head + 1) % times.length;
            size = Math.min(size + 1, times.length);
        }

        /** Sends with time &gt; {@code after}; findings arrive in time order, so the newest are last. */
        int countWithin(long after) {
            int count = 0;
            for (int i = 1; i <= size; i++) {
                long t = times[(head - i + times.length) % times.length];
                if (t > after) {
                    count++;
                }
            }
            return count;
        }

        long lastMillis() {
            return times[(head - 1 + times.length) % times.length];
        }
    }
}
