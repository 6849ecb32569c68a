package com.consentlens.app.demo;

import com.consentlens.detectors.SdkCatalog;
import com.consentlens.evidence.session.SessionStore;
import com.consentlens.model.AppProfile;
import com.consentlens.model.ConsentTimeline;
import com.consentlens.model.Finding;
import com.consentlens.model.Party;
import com.consentlens.model.Phase;
import com.consentlens.model.ProxyEvent;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;
import com.consentlens.app.session.TextColumns;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The headless demo's output: the findings table, then what it means by SDK, by rule and by blind spot. */
final class DemoReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private DemoReport() {
    }

    static void print(SessionStore store, SdkCatalog catalog, PrintStream out) {
        List<Finding> findings = new ArrayList<>();
        store.forEachFinding(findings::add);
        out.println();
        out.println("#    TIME         PHASE            " + TextColumns.fit("SDK", 34) + " DATA       MATCH   "
                + TextColumns.fit("ENCODING", 28) + " RULES BROKEN");
        for (Finding f : findings) {
            out.printf("%-4d %-12s %-16s %s %-10s %-7s %s %s%n", f.id(), TIME.format(Instant.ofEpochMilli(f.timeMillis())),
                    f.phase() == null ? "" : f.phase().wireName(), TextColumns.fit(sdkName(f), 34), f.pii(), f.match().wireName(),
                    TextColumns.fit(String.join(">", f.encoding()), 28),
                    f.violations().stream().map(Violation::name).collect(Collectors.joining(",")));
        }
        printSummary(store, catalog, findings, out);
    }

    private static void printSummary(SessionStore store, SdkCatalog catalog, List<Finding> findings, PrintStream out) {
        Map<Phase, Integer> byPhase = new EnumMap<>(Phase.class);
        Map<String, Map<Phase, Integer>> bySdk = new TreeMap<>();
        Map<Violation, Integer> byRule = new EnumMap<>(Violation.class);
        for (Finding f : findings) {
            Phase p = f.phase() == null ? Phase.BEFORE_CONSENT : f.phase();
            byPhase.merge(p, 1, Integer::sum);
            bySdk.computeIfAbsent(sdkName(f), k -> new EnumMap<>(Phase.class)).merge(p, 1, Integer::sum);
            f.violations().forEach(v -> byRule.merge(v, 1, Integer::sum));
        }
        out.println();
        out.printf("Summary / 摘要 — session %s: %d exchanges, %d findings (%d before consent 同意前, %d after consent 同意后, %d after withdrawal)%n",
                store.info().name(), store.stats().exchanges(), findings.size(), byPhase.getOrDefault(Phase.BEFORE_CONSENT, 0),
                byPhase.getOrDefault(Phase.AFTER_CONSENT, 0), byPhase.getOrDefault(Phase.AFTER_WITHDRAWAL, 0));
        out.println();
        out.printf("  %s %8s %8s%n", TextColumns.fit("SDK", 46), "before", "after");
        bySdk.forEach((sdk, phases) -> out.printf("  %s %8d %8d%n", TextColumns.fit(sdk, 46), phases.getOrDefault(Phase.BEFORE_CONSENT, 0),
                phases.getOrDefault(Phase.AFTER_CONSENT, 0) + phases.getOrDefault(Phase.AFTER_WITHDRAWAL, 0)));
        out.println();
        out.println("  Rules broken / 违规:");
        byRule.forEach((v, n) -> out.printf("  %4d × %-24s %s — %s%n", n, v.name(), v.titleZh(), v.citationZh()));
        out.println();
        out.println("  Third parties contacted without consent, nothing readable / 未经同意、未读出个人信息的第三方请求: "
                + unreadWithoutConsent(store, catalog, findings));
        List<ProxyEvent> blind = store.events().stream().filter(e -> e.kind() == ProxyEvent.Kind.BLIND_SPOT).toList();
        out.println("  Blind spots / 盲区 (client refused our certificate, likely pinning): "
                + (blind.isEmpty() ? "none" : blind.stream().map(ProxyEvent::host).distinct().collect(Collectors.joining(", "))));
        out.println();
        out.println("Next: ./consentlens export " + store.info().name() + " --out demo-evidence.zip   then   ./consentlens verify demo-evidence.zip");
    }

    /**
     * The SDKs (or hosts) that were sent requests before consent or after withdrawal in which no leak was read:
     * encrypted payloads, or start-up calls with random IDs. The report's third-party traffic table, in brief.
     */
    private static String unreadWithoutConsent(SessionStore store, SdkCatalog catalog, List<Finding> findings) {
        Set<String> withFindings = findings.stream().map(Finding::flowId).collect(Collectors.toSet());
        ConsentTimeline timeline = new ConsentTimeline(store.markers());
        AppProfile app = store.profile().app();
        Map<String, Integer> counts = new TreeMap<>();
        store.forEachExchange(e -> {
            if (app.partyOf(e.host()) == Party.THIRD && !withFindings.contains(e.flowId())
                    && timeline.phaseAt(e.startMillis()) != Phase.AFTER_CONSENT) {
                counts.merge(catalog.attribute(e.host()).map(SdkAttribution::id).orElse("? " + e.host()), 1, Integer::sum);
            }
        });
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(c -> c.getKey() + " ×" + c.getValue())
                .collect(Collectors.joining(", "));
    }

    static String sdkName(Finding f) {
        if (f.sdk() != null) {
            return f.sdk().nameZh() + " (" + f.sdk().id() + ")";
        }
        return f.isThirdParty() ? "? " + f.host() : "first party 自有: " + f.host();
    }
}
