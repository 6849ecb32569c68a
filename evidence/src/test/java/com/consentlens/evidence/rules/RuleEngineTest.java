package com.consentlens.evidence.rules;

import static com.consentlens.evidence.fixtures.Fixtures.finding;
import static com.consentlens.evidence.fixtures.Fixtures.imeiToUmeng;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.evidence.fixtures.Fixtures;
import com.consentlens.model.AppProfile;
import com.consentlens.model.ConsentTimeline;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Party;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleEngineTest {
    private static final AppProfile SHOP = new AppProfile("com.example.shop", List.of("*.example-shop.com"),
            List.of("umeng_analytics"));
    private static final List<Marker> CONSENT_1000_BG_3000_FG_4000_WITHDRAW_5000 = List.of(
            new Marker(1, MarkerType.CONSENT, 1000, ""), new Marker(2, MarkerType.BACKGROUND, 3000, ""),
            new Marker(3, MarkerType.FOREGROUND, 4000, ""), new Marker(4, MarkerType.WITHDRAW, 5000, ""));

    private static SdkAttribution sdk(String name) {
        return switch (name) {
            case "umeng" -> Fixtures.UMENG;
            case "jpush" -> Fixtures.JPUSH;
            case "meta" -> Fixtures.META_AMBIGUOUS;
            default -> null;
        };
    }

    private static List<Violation> violations(String s) {
        return s == null ? List.of() : Arrays.stream(s.trim().split("\\s+")).map(Violation::valueOf).toList();
    }

    @ParameterizedTest(name = "{0} {1} {2} at {3} -> {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # party | sdk   | pii      | time | phase            | violations
            THIRD   | umeng | IMEI     | 500  | BEFORE_CONSENT   | COLLECT_BEFORE_CONSENT SHARE_BEFORE_CONSENT
            FIRST   | none  | IMEI     | 500  | BEFORE_CONSENT   | COLLECT_BEFORE_CONSENT
            THIRD   | none  | OAID     | 999  | BEFORE_CONSENT   | COLLECT_BEFORE_CONSENT SHARE_BEFORE_CONSENT
            THIRD   | umeng | IMEI     | 1000 | AFTER_CONSENT    |
            FIRST   | none  | PHONE    | 2000 | AFTER_CONSENT    |
            THIRD   | jpush | IMEI     | 2000 | AFTER_CONSENT    | UNDECLARED_SDK
            THIRD   | jpush | IMEI     | 500  | BEFORE_CONSENT   | COLLECT_BEFORE_CONSENT SHARE_BEFORE_CONSENT UNDECLARED_SDK
            THIRD   | meta  | GAID     | 2000 | AFTER_CONSENT    |
            FIRST   | none  | IMEI     | 3500 | AFTER_CONSENT    | BACKGROUND_COLLECTION
            THIRD   | umeng | MAC      | 3000 | AFTER_CONSENT    | BACKGROUND_COLLECTION
            THIRD   | umeng | MAC      | 4000 | AFTER_CONSENT    |
            FIRST   | none  | IMEI     | 5000 | AFTER_WITHDRAWAL | COLLECT_AFTER_WITHDRAWAL
            THIRD   | jpush | IMSI     | 6000 | AFTER_WITHDRAWAL | COLLECT_AFTER_WITHDRAWAL UNDECLARED_SDK
            FIRST   | none  | APP_LIST | 2000 | AFTER_CONSENT    | APP_LIST_COLLECTION
            THIRD   | umeng | APP_LIST | 100  | BEFORE_CONSENT   | COLLECT_BEFORE_CONSENT SHARE_BEFORE_CONSENT APP_LIST_COLLECTION
            """)
    void judge_findingsAgainstMarkers(Party party, String sdkName, PiiType pii, long time, Phase phase,
                                      String expected) {
        RuleEngine engine = new RuleEngine(SHOP, RuleSettings.DEFAULTS);
        Finding judged = engine.judge(finding("f-000001", time, party, sdk(sdkName), pii),
                new ConsentTimeline(CONSENT_1000_BG_3000_FG_4000_WITHDRAW_5000), engine.newHistory());
        assertThat(judged.phase()).isEqualTo(phase);
        assertThat(judged.violations()).containsExactlyElementsOf(violations(expected));
    }

    @ParameterizedTest(name = "app {0}/{1}: {2} -> undeclared {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # package        | declared              | sdk   | undeclared
                             |                       | jpush | false
            com.example.shop |                       | jpush | true
            com.example.shop | umeng_analytics jpush | jpush | false
                             | umeng_analytics       | jpush | true
            com.example.shop | umeng_analytics       | none  | false
            com.example.shop | umeng_analytics       | meta  | false
            """)
    void judge_undeclaredSdkDependsOnAppProfile(String pkg, String declared, String sdkName, boolean undeclared) {
        AppProfile app = new AppProfile(pkg, List.of(), declared == null ? List.of() : List.of(declared.split(" ")));
        RuleEngine engine = new RuleEngine(app, RuleSettings.DEFAULTS);
        Finding judged = engine.judge(finding("f-000001", 2000, Party.THIRD, sdk(sdkName), PiiType.IMEI),
                new ConsentTimeline(List.of(new Marker(1, MarkerType.CONSENT, 1000, ""))), engine.newHistory());
        assertThat(judged.violations().contains(Violation.UNDECLARED_SDK)).isEqualTo(undeclared);
    }

    @Test
    void judgeAll_markerMoveChangesVerdicts() {
        RuleEngine engine = new RuleEngine(SHOP, RuleSettings.DEFAULTS);
        List<Finding> findings = List.of(imeiToUmeng("f-000001", 1000), imeiToUmeng("f-000002", 2000),
                imeiToUmeng("f-000003", 3000));
        Marker consent = new Marker(1, MarkerType.CONSENT, 1500, "");

        List<Finding> before = engine.judgeAll(findings, List.of(consent));
        List<Finding> after = engine.judgeAll(findings, List.of(consent.movedTo(2500)));

        assertThat(before).extracting(Finding::phase)
                .containsExactly(Phase.BEFORE_CONSENT, Phase.AFTER_CONSENT, Phase.AFTER_CONSENT);
        assertThat(after).extracting(Finding::phase)
                .containsExactly(Phase.BEFORE_CONSENT, Phase.BEFORE_CONSENT, Phase.AFTER_CONSENT);
        assertThat(after.get(1).violations())
                .containsExactly(Violation.COLLECT_BEFORE_CONSENT, Violation.SHARE_BEFORE_CONSENT);
    }

    @Test
    void judgeAll_overFrequencyFlagsSendsBeyondThresholdWithinWindow() {
        RuleEngine engine = new RuleEngine(SHOP, new RuleSettings(3, 10_000));
        List<Finding> findings = new ArrayList<>();
        IntStream.range(0, 5).forEach(i -> findings.add(imeiToUmeng("f-" + i, 1000 + i * 1000L)));
        // The same exchange repeating the IMEI in the URL counts as one send, not a second one.
        findings.add(imeiToUmeng("f-4", 5000).withId(99));
        // Far outside the window: the count starts again.
        findings.add(imeiToUmeng("f-9", 60_000));

        List<Finding> judged = engine.judgeAll(findings, List.of(new Marker(1, MarkerType.CONSENT, 0, "")));

        assertThat(judged).extracting(f -> f.violations().contains(Violation.OVER_FREQUENCY))
                .containsExactly(false, false, false, true, true, true, false);
    }

    @Test
    void judgeAll_overFrequencyCountsPerReceiverAndType() {
        RuleEngine engine = new RuleEngine(SHOP, new RuleSettings(2, 10_000));
        List<Finding> findings = List.of(
                imeiToUmeng("f-1", 1000), imeiToUmeng("f-2", 1100),
                finding("f-3", 1200, Party.THIRD, Fixtures.UMENG, PiiType.OAID),
                finding("f-4", 1300, Party.THIRD, Fixtures.JPUSH, PiiType.IMEI),
                finding("f-5", 1400, Party.THIRD, null, PiiType.IMEI),
                imeiToUmeng("f-6", 1500));

        List<Finding> judged = engine.judgeAll(findings, List.of());

        assertThat(judged).extracting(f -> f.violations().contains(Violation.OVER_FREQUENCY))
                .containsExactly(false, false, false, false, false, true);
    }
}
