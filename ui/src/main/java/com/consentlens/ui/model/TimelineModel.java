package com.consentlens.ui.model;

import com.consentlens.model.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline strip's geometry, kept out of the canvas so it can be tested: the visible time window
 * (zoomed with the wheel around the pointer, panned by dragging), the mapping between time and x, one row
 * per SDK in order of first appearance, and hit-testing a click to the nearest leak mark.
 */
public final class TimelineModel {
    /** Left margin for the SDK names. */
    public static final double LABEL_WIDTH = 140;
    /** Tall enough for an 11 px label (CJK included) so neighbouring rows never overlap. */
    public static final double ROW_HEIGHT = 18;
    public static final double AXIS_HEIGHT = 18;
    /** Room under the rows for the marker names. */
    public static final double FOOTER_HEIGHT = 14;
    private static final long MIN_SPAN = 1_000;
    private static final double LABEL_GAP = 4;

    private long start;
    private long end = 60_000;
    private boolean followLive = true;

    public long start() {
        return start;
    }

    public long end() {
        return end;
    }

    /** Shows everything from {@code first} to {@code last} with a little room; stops following on zoom/pan. */
    public void fit(long first, long last) {
        long span = Math.max(MIN_SPAN, last - first);
        start = first - span / 20;
        end = last + span / 20;
    }

    /** While the tester has not zoomed or panned, the window grows with the session. */
    public boolean followLive() {
        return followLive;
    }

    public void setFollowLive(boolean follow) {
        followLive = follow;
    }

    public double xOf(long t, double width) {
        double plot = Math.max(1, width - LABEL_WIDTH);
        return LABEL_WIDTH + (t - start) * plot / (end - start);
    }

    public long timeAt(double x, double width) {
        double plot = Math.max(1, width - LABEL_WIDTH);
        return start + Math.round((x - LABEL_WIDTH) * (end - start) / plot);
    }

    /** Zooms by {@code factor} (&lt;1 zooms in) keeping the time under {@code anchorX} where it is. */
    public void zoom(double factor, double anchorX, double width) {
        long anchor = timeAt(anchorX, width);
        long span = Math.max(MIN_SPAN, Math.round((end - start) * factor));
        double frac = (anchorX - LABEL_WIDTH) / Math.max(1, width - LABEL_WIDTH);
        start = anchor - Math.round(span * frac);
        end = start + span;
        followLive = false;
    }

    /** Pans by a drag of {@code dx} pixels (dragging right moves the view to earlier times). */
    public void pan(double dx, double width) {
        long dt = Math.round(dx * (end - start) / Math.max(1, width - LABEL_WIDTH));
        start -= dt;
        end -= dt;
        followLive = false;
    }

    /** Row index per SDK key (see {@link #rowKey}), in order of first appearance. */
    public static Map<String, Integer> rows(List<Finding> findings) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Finding f : findings) {
            rows.putIfAbsent(rowKey(f), rows.size());
        }
        return rows;
    }

    public static String rowKey(Finding f) {
        return f.sdk() == null ? "host:" + f.host() : f.sdk().id();
    }

    public static double rowY(int row) {
        return AXIS_HEIGHT + row * ROW_HEIGHT + ROW_HEIGHT / 2;
    }

    /** Height the strip needs to show {@code rowCount} rows without scrolling. */
    public static double contentHeight(int rowCount) {
        return AXIS_HEIGHT + Math.max(1, rowCount) * ROW_HEIGHT + FOOTER_HEIGHT;
    }

    /** The leak whose mark is nearest to (x, y) within 6 px, or null. */
    public Finding hit(List<Finding> findings, Map<String, Integer> rows, double x, double y, double width) {
        Finding best = null;
        double bestDist = 6;
        for (Finding f : findings) {
            Integer row = rows.get(rowKey(f));
            if (row == null || Math.abs(rowY(row) - y) > ROW_HEIGHT / 2) {
                continue;
            }
            double d = Math.abs(xOf(f.timeMillis(), width) - x);
            if (d <= bestDist) {
                bestDist = d;
                best = f;
            }
        }
        return best;
    }

    /**
     * Where the marker names start in the footer, given each marker line's x (in time order), each name's
     * width and the canvas width: right of its line where there is room, never over the name before it,
     * and pushed back left of the lines when names meet the right edge (a withdrawal and a "background"
     * a second apart stay readable). Never left of the SDK-name margin.
     */
    public static double[] markerLabelXs(double[] lineXs, double[] widths, double canvasWidth) {
        int n = lineXs.length;
        double[] start = new double[n];
        double prevRight = LABEL_WIDTH - LABEL_GAP;
        for (int i = 0; i < n; i++) {
            double x = lineXs[i] + 3;
            if (x + widths[i] > canvasWidth) {
                x = lineXs[i] - 3 - widths[i];
            }
            start[i] = Math.max(x, prevRight + LABEL_GAP);
            prevRight = start[i] + widths[i];
        }
        double nextStart = canvasWidth + LABEL_GAP;
        for (int i = n - 1; i >= 0; i--) {
            start[i] = Math.max(LABEL_WIDTH, Math.min(start[i], nextStart - LABEL_GAP - widths[i]));
            nextStart = start[i];
        }
        return start;
    }

    /** Evenly spaced "nice" tick times (1 s … 1 h apart) for the axis. */
    public List<Long> ticks(double width) {
        long span = end - start;
        long[] steps = {1_000, 5_000, 10_000, 30_000, 60_000, 300_000, 600_000, 1_800_000, 3_600_000};
        long step = steps[steps.length - 1];
        for (long s : steps) {
            if (span / s <= Math.max(2, (width - LABEL_WIDTH) / 90)) {
                step = s;
                break;
            }
        }
        List<Long> out = new ArrayList<>();
        for (long t = Math.floorDiv(start, step) * step + step; t < end; t += step) {
            out.add(t);
        }
        return out;
    }
}
