package com.consentlens.evidence.report;

import com.consentlens.model.DecodedLayer;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Party;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What the report needs, gathered while the findings stream past once: counts per SDK × data type × phase,
 * counts per violated rule, a fixed-width histogram per SDK for the timeline, and the first
 * {@code detailLimit} findings in full with their request excerpts. Memory depends on the number of SDKs and
 * the detail limit, never on the number of findings, which is what lets a 100,000-exchange session export.
 */
public final class ReportModel {
    /** Timeline resolution: one column per pixel of the plot. */
    static final int BINS = 720;
    /** Phase index used in counts; the last slot is "no verdict yet". */
    static final int PHASES = Phase.values().length + 1;
    static final String NO_SDK = "";
    static final String FIRST_PARTY = "first-party";

    final ReportContext context;
    final Map<String, SdkRow> rows = new LinkedHashMap<>();
    final EnumSet<PiiType> piiSeen = EnumSet.noneOf(PiiType.class);
    final EnumMap<Violation, long[]> violations = new EnumMap<>(Violation.class);
    final List<Finding> details = new ArrayList<>();
    final Map<String, RequestExcerpt> excerpts = new HashMap<>();
    /** Per finding shown in full (by identity): its payload as decoded, when the source can decode. */
    final Map<Finding, DecodedExcerpt> decoded = new java.util.IdentityHashMap<>();
    private final Map<String, List<Finding>> detailFlows = new HashMap<>();
    private final BiFunction<Exchange, Finding, List<DecodedLayer>> decoder;
    long findings;
    final long[] phaseTotals = new long[PHASES];
    final ThirdPartyTraffic traffic = new ThirdPartyTraffic();

    public ReportModel(ReportContext context) {
        this(context, (e, f) -> List.of());
    }

    /** With {@code decoder} giving the decoded layers behind a finding ({@code EvidenceSource.decodedLayers}). */
    public ReportModel(ReportContext context, BiFunction<Exchange, Finding, List<DecodedLayer>> decoder) {
        this.context = context;
        this.decoder = decoder;
    }

    /** One SDK's line in the matrix and the timeline. */
    static final class SdkRow {
        final String id;
        final String name;
        final String nameZh;
        final EnumMap<PiiType, long[]> counts = new EnumMap<>(PiiType.class);
        final int[][] bins = new int[BINS][];
        long total;

        SdkRow(Finding f) {
            SdkAttribution sdk = f.sdk();
            boolean firstParty = sdk == null && f.party() == Party.FIRST;
            id = rowKey(f);
            name = sdk != null ? sdk.name() : firstParty ? "First party (the app's own hosts)" : "No SDK identified (host only)";
            nameZh = sdk != null ? sdk.nameZh() : firstParty ? "应用自身（第一方）" : "未识别 SDK（仅主机）";
        }
    }

    /** First-party traffic is its own row: the app's own servers are not an unidentified third party. */
    static String rowKey(Finding f) {
        if (f.sdk() != null) {
            return f.sdk().id();
        }
        return f.party() == Party.FIRST ? FIRST_PARTY : NO_SDK;
    }

    public void add(Finding f) {
        findings++;
        int phase = phaseIndex(f.phase());
        phaseTotals[phase]++;
        SdkRow row = rows.computeIfAbsent(rowKey(f), k -> new SdkRow(f));
        row.total++;
        row.counts.computeIfAbsent(f.pii(), k -> new long[PHASES])[phase]++;
        piiSeen.add(f.pii());
        int bin = bin(f.timeMillis());
        if (row.bins[bin] == null) {
            row.bins[bin] = new int[PHASES];
        }
        row.bins[bin][phase]++;
        for (Violation v : f.violations()) {
            violations.computeIfAbsent(v, k -> new long[1])[0]++;
        }
        if (details.size() < context.detailLimit()) {
            details.add(f);
            detailFlows.computeIfAbsent(f.flowId(), k -> new ArrayList<>()).add(f);
        }
    }

    /** True when the report shows a finding of this flow in full, so its request excerpt is wanted. */
    public boolean wantsExcerpt(String flowId) {
        return detailFlows.containsKey(flowId) && !excerpts.containsKey(flowId);
    }

    public void addExcerpt(Exchange e) {
        if (wantsExcerpt(e.flowId())) {
            excerpts.put(e.flowId(), RequestExcerpt.of(e));
            for (Finding f : detailFlows.get(e.flowId())) {
                DecodedExcerpt d = DecodedExcerpt.of(decoder.apply(e, f), f.matchedText());
                if (d != null) {
                    decoded.put(f, d);
                }
            }
        }
    }

    /**
     * Counts a request to a third party for the traffic table: {@code sdk} is its host's attribution (null when
     * none), {@code phase} the consent phase at its start, {@code withFindings} whether a leak was read in it.
     */
    public void addThirdPartyRequest(Exchange e, SdkAttribution sdk, Phase phase, boolean withFindings) {
        traffic.add(e, sdk, phase, withFindings);
    }

    public long findingCount() {
        return findings;
    }

    static int phaseIndex(Phase p) {
        return p == null ? PHASES - 1 : p.ordinal();
    }

    int bin(long time) {
        long span = context.endMillis() - context.startMillis();
        long offset = Math.max(0, Math.min(span, time - context.startMillis()));
        return (int) Math.min(BINS - 1, offset * BINS / span);
    }
}
