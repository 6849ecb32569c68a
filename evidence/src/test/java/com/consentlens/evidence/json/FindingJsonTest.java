package com.consentlens.evidence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consentlens.evidence.testing.Samples;
import com.consentlens.model.Finding;
import com.consentlens.model.MatchKind;
import com.consentlens.model.Party;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;
import com.consentlens.model.Where;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FindingJsonTest {
    /** The example of design.md §4, joined onto one line. */
    static final String DESIGN_EXAMPLE = "{\"time\":\"2026-11-23T07:41:02.123Z\",\"flowId\":\"f-000042\",\"client\":\"127.0.0.1\","
            + "\"method\":\"POST\",\"url\":\"https://ulogs.umeng.com/unify_logs\",\"host\":\"ulogs.umeng.com\","
            + "\"party\":\"third\",\"sdk\":{\"id\":\"umeng_analytics\",\"name\":\"Umeng Analytics\",\"nameZh\":\"友盟统计\"},"
            + "\"pii\":\"IMEI\",\"match\":\"exact\",\"value\":\"8675********674\","
            + "\"where\":\"body\",\"path\":\"$.header.imei\",\"encoding\":[\"gzip\",\"json\",\"md5\"],"
            + "\"phase\":\"before-consent\",\"violations\":[\"COLLECT_BEFORE_CONSENT\",\"SHARE_BEFORE_CONSENT\"]}";

    static Finding designFinding(long id) {
        return new Finding(id, Instant.parse("2026-11-23T07:41:02.123Z").toEpochMilli(), "f-000042", "127.0.0.1",
                "POST", "https://ulogs.umeng.com/unify_logs", "ulogs.umeng.com", Party.THIRD,
                new SdkAttribution("umeng_analytics", "Umeng Analytics", "友盟统计", "Umeng", false), PiiType.IMEI,
                MatchKind.EXACT, "867530012345674", Where.BODY, "$.header.imei", List.of("gzip", "json", "md5"),
                "0f2e…", Phase.BEFORE_CONSENT,
                List.of(Violation.COLLECT_BEFORE_CONSENT, Violation.SHARE_BEFORE_CONSENT));
    }

    @Test
    void toJson_designExample_matchesContractByteForByte() {
        assertThat(FindingJson.toJson(designFinding(0), false)).isEqualTo(DESIGN_EXAMPLE);
    }

    @Test
    void toJson_withId_putsIdFirst() {
        assertThat(FindingJson.toJson(designFinding(7), false)).isEqualTo("{\"id\":7," + DESIGN_EXAMPLE.substring(1));
    }

    @Test
    void toJson_unmask_writesRawValue() {
        assertThat(FindingJson.toJson(designFinding(0), true)).contains("\"value\":\"867530012345674\"");
    }

    @Test
    void toJson_noVerdictAndNoSdk_omitsPhaseAndViolationsAndWritesNullSdk() {
        Finding f = designFinding(3).withVerdict(null, List.of());
        f = new Finding(f.id(), f.timeMillis(), f.flowId(), f.client(), f.method(), f.url(), f.host(), f.party(), null,
                f.pii(), f.match(), f.value(), f.where(), f.path(), f.encoding(), f.matchedText(), null, List.of());
        String line = FindingJson.toJson(f, false);
        assertThat(line).contains("\"sdk\":null").doesNotContain("phase").doesNotContain("violations")
                .endsWith("\"encoding\":[\"gzip\",\"json\",\"md5\"]}");
    }

    @Test
    void toJson_phaseWithoutViolations_writesEmptyViolations() {
        String line = FindingJson.toJson(designFinding(1).withVerdict(Phase.AFTER_CONSENT, List.of()), false);
        assertThat(line).endsWith("\"phase\":\"after-consent\",\"violations\":[]}");
    }

    static Stream<Finding> findings() {
        return Stream.of(designFinding(0), designFinding(12),
                designFinding(5).withVerdict(null, List.of()),
                Samples.finding(9, "f-000009", Samples.T0 + 5, null, PiiType.OAID, Phase.AFTER_WITHDRAWAL,
                        Violation.COLLECT_AFTER_WITHDRAWAL, Violation.BACKGROUND_COLLECTION),
                Samples.finding(10, "f-000010", Samples.T0, Samples.JPUSH, PiiType.PHONE, Phase.AFTER_CONSENT));
    }

    @ParameterizedTest
    @MethodSource("findings")
    void fromJson_roundTrip_keepsEveryContractField(Finding original) {
        String line = FindingJson.toJson(original, false);
        Finding back = FindingJson.fromJson(line);
        assertThat(back.value()).isEqualTo(original.maskedValue());
        assertThat(back).usingRecursiveComparison().ignoringFields("value", "matchedText", "sdk.vendor")
                .isEqualTo(original);
        assertThat(FindingJson.toJson(back, true)).isEqualTo(line);
    }

    @Test
    void fromJson_unknownKey_namesIt() {
        assertThatThrownBy(() -> FindingJson.fromJson(DESIGN_EXAMPLE.replace("\"client\"", "\"cliant\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cliant");
    }

    @Test
    void fromJson_missingKey_namesIt() {
        assertThatThrownBy(() -> FindingJson.fromJson(DESIGN_EXAMPLE.replace("\"party\":\"third\",", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("party");
    }
}
