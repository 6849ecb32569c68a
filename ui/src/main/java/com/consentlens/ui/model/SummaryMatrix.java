package com.consentlens.ui.model;

import com.consentlens.model.Finding;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.SdkAttribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Summary tab's matrix: one row per SDK (findings without a catalog SDK are grouped under their host),
 * one column per data type, and in each cell how many leaks happened before and after consent — the table a
 * report about 337号 私自收集 starts from. Rows with leaks before consent come first.
 */
public final class SummaryMatrix {
    /** Counts in one cell; {@code after} includes after-withdrawal. */
    public record Cell(int before, int after) {
    }

    /** One SDK's row; {@code sdk} is null for hosts without a catalog entry. */
    public record Row(String key, SdkAttribution sdk, String host, Map<PiiType, Cell> cells) {
        public int totalBefore() {
            return cells.values().stream().mapToInt(Cell::before).sum();
        }

        public int total() {
            return cells.values().stream().mapToInt(c -> c.before() + c.after()).sum();
        }
    }

    private SummaryMatrix() {
    }

    public static List<Row> of(List<Finding> findings) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Finding f : findings) {
            String key = f.sdk() == null ? "host:" + f.host() : f.sdk().id();
            Row row = rows.computeIfAbsent(key, k -> new Row(k, f.sdk(), f.host(), new EnumMap<>(PiiType.class)));
            Cell c = row.cells().getOrDefault(f.pii(), new Cell(0, 0));
            boolean before = f.phase() == Phase.BEFORE_CONSENT;
            row.cells().put(f.pii(), before ? new Cell(c.before() + 1, c.after()) : new Cell(c.before(), c.after() + 1));
        }
        List<Row> out = new ArrayList<>(rows.values());
        out.sort(Comparator.comparingInt(Row::totalBefore).reversed().thenComparing(Row::key));
        return out;
    }

    /** The data types that occur anywhere in the matrix, in enum order: the matrix's columns. */
    public static List<PiiType> columns(List<Row> rows) {
        return rows.stream().flatMap(r -> r.cells().keySet().stream()).distinct().sorted().toList();
    }
}
