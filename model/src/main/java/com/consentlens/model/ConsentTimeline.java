package com.consentlens.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The session's markers turned into two questions a verdict needs: which consent phase was the app in at a
 * given moment, and was it in the background. A tester presses <b>consent</b> the moment they accept the
 * privacy policy; everything collected before that is 私自收集 (collection without consent). A later
 * <b>withdraw</b> ends consent, and a later consent grants it again. <b>background</b> and
 * <b>foreground</b> bracket the periods the app was not on screen (164号文 background collection).
 *
 * <p><b>Boundary:</b> a marker takes effect at its own millisecond. A finding whose time equals a marker's
 * time is on the marker's side: a request at the consent instant is after consent, a request at the withdraw
 * instant is after withdrawal. Markers with the same time apply in id order (the order they were pressed).
 *
 * <pre>{@code
 * ConsentTimeline t = new ConsentTimeline(store.markers());
 * Phase p = t.phaseAt(finding.timeMillis());
 * }</pre>
 */
public final class ConsentTimeline {
    private static final Comparator<Marker> ORDER =
            Comparator.comparingLong(Marker::timeMillis).thenComparingLong(Marker::id);

    private final long[] consentTimes;
    private final Phase[] consentPhases;
    private final long[] screenTimes;
    private final boolean[] screenBackground;

    public ConsentTimeline(List<Marker> markers) {
        List<Marker> sorted = new ArrayList<>(markers);
        sorted.sort(ORDER);
        List<Marker> consent = sorted.stream()
                .filter(m -> m.type() == MarkerType.CONSENT || m.type() == MarkerType.WITHDRAW).toList();
        List<Marker> screen = sorted.stream()
                .filter(m -> m.type() == MarkerType.BACKGROUND || m.type() == MarkerType.FOREGROUND).toList();
        consentTimes = consent.stream().mapToLong(Marker::timeMillis).toArray();
        consentPhases = consent.stream()
                .map(m -> m.type() == MarkerType.CONSENT ? Phase.AFTER_CONSENT : Phase.AFTER_WITHDRAWAL)
                .toArray(Phase[]::new);
        screenTimes = screen.stream().mapToLong(Marker::timeMillis).toArray();
        screenBackground = new boolean[screen.size()];
        for (int i = 0; i < screen.size(); i++) {
            screenBackground[i] = screen.get(i).type() == MarkerType.BACKGROUND;
        }
    }

    public static ConsentTimeline empty() {
        return new ConsentTimeline(List.of());
    }

    /** The phase at {@code timeMillis}: the effect of the last consent or withdraw marker at or before it. */
    public Phase phaseAt(long timeMillis) {
        int i = lastAtOrBefore(consentTimes, timeMillis);
        return i < 0 ? Phase.BEFORE_CONSENT : consentPhases[i];
    }

    /** True when the last background/foreground marker at or before {@code timeMillis} is background. */
    public boolean inBackgroundAt(long timeMillis) {
        int i = lastAtOrBefore(screenTimes, timeMillis);
        return i >= 0 && screenBackground[i];
    }

    /** Index of the last time &lt;= t in a sorted array (the last of equal times), or -1. */
    private static int lastAtOrBefore(long[] times, long t) {
        int lo = 0;
        int hi = times.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
