package com.consentlens.evidence.report;

import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Phase;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The timeline chart as inline SVG: one row per SDK, a mark wherever findings fall (one column per pixel,
 * coloured by phase, with the count in a tooltip), and a vertical line per marker. Drawing per pixel column
 * rather than per finding keeps the SVG the same size for 10 or 100,000 findings while looking the same.
 */
final class TimelineSvg {
    static final int MAX_ROWS = 30;
    private static final int LABEL = 220;
    private static final int TOP = 44;
    private static final int ROW = 24;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String[] PHASE_CLASS = {"before", "after", "withdrawn", "unjudged"};

    private TimelineSvg() {
    }

    static String render(ReportModel m) {
        List<ReportModel.SdkRow> rows = new ArrayList<>(m.rows.values());
        rows.sort(Comparator.comparingLong((ReportModel.SdkRow r) -> r.total).reversed());
        int shown = Math.min(rows.size(), MAX_ROWS);
        int height = TOP + Math.max(1, shown) * ROW + 30;
        int width = LABEL + ReportModel.BINS + 10;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\"><title>时间线 Timeline</title>");
        for (int i = 0; i < shown; i++) {
            ReportModel.SdkRow row = rows.get(i);
            int y = TOP + i * ROW;
            s.append("<rect class=\"lane\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(ReportModel.BINS).append("\" height=\"").append(ROW - 2).append("\"/>");
            s.append("<text class=\"lbl\" x=\"4\" y=\"").append(y + 15).append("\">")
                    .append(Html.esc(shorten(row.nameZh + " / " + row.name))).append("</text>");
            marks(s, row, y);
        }
        if (rows.size() > shown) {
            s.append("<text class=\"lbl\" x=\"4\" y=\"").append(height - 4).append("\">+")
                    .append(rows.size() - shown).append(" 个其他 SDK 见摘要表 / more SDKs in the summary table</text>");
        }
        int bottom = TOP + Math.max(1, shown) * ROW;
        axis(s, m, bottom);
        for (Marker marker : m.context.markers()) {
            int x = LABEL + m.bin(marker.timeMillis());
            String cls = marker.type().wireName();
            s.append("<line class=\"mk ").append(cls).append("\" x1=\"").append(x).append("\" x2=\"").append(x)
                    .append("\" y1=\"").append(TOP - 26).append("\" y2=\"").append(bottom).append("\"><title>")
                    .append(Html.esc(markerLabel(marker))).append("</title></line>");
            if (marker.type() != MarkerType.NOTE) {
                s.append("<text class=\"mklbl\" x=\"").append(x + 2).append("\" y=\"").append(TOP - 16).append("\">")
                        .append(Html.esc(marker.type().labelZh() + " " + marker.type().labelEn())).append("</text>");
            }
        }
        return s.append("</svg>").toString();
    }

    private static void marks(StringBuilder s, ReportModel.SdkRow row, int y) {
        for (int bin = 0; bin < ReportModel.BINS; bin++) {
            int[] c = row.bins[bin];
            if (c == null) {
                continue;
            }
            int dominant = 0;
            int total = 0;
            for (int p = 0; p < c.length; p++) {
                total += c[p];
                if (c[p] > c[dominant]) {
                    dominant = p;
                }
            }
            s.append("<rect class=\"m ").append(PHASE_CLASS[dominant]).append("\" x=\"").append(LABEL + bin)
                    .append("\" y=\"").append(y + 3).append("\" width=\"2\" height=\"").append(ROW - 8)
                    .append("\"><title>").append(total).append(" 条发现 findings");
            for (Phase p : Phase.values()) {
                if (c[p.ordinal()] > 0) {
                    s.append(", ").append(p.labelZh()).append(' ').append(p.labelEn()).append(": ").append(c[p.ordinal()]);
                }
            }
            s.append("</title></rect>");
        }
    }

    private static void axis(StringBuilder s, ReportModel m, int bottom) {
        long start = m.context.startMillis();
        long span = m.context.endMillis() - start;
        for (int i = 0; i <= 4; i++) {
            int x = LABEL + i * (ReportModel.BINS - 1) / 4;
            s.append("<line class=\"tick\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
                    .append(bottom).append("\" y2=\"").append(bottom + 5).append("\"/><text class=\"axis\" x=\"")
                    .append(x).append("\" y=\"").append(bottom + 18).append("\">")
                    .append(CLOCK.format(Instant.ofEpochMilli(start + span * i / 4))).append("</text>");
        }
        s.append("<text class=\"axis\" x=\"4\" y=\"").append(bottom + 18).append("\">UTC</text>");
    }

    static String markerLabel(Marker m) {
        return m.type().labelZh() + " / " + m.type().labelEn() + " "
                + DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(m.timeMillis()))
                + (m.text().isEmpty() ? "" : " — " + m.text());
    }

    private static String shorten(String s) {
        return s.length() > 34 ? s.substring(0, 33) + "…" : s;
    }
}
