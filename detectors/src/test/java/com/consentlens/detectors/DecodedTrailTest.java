package com.consentlens.detectors;

import com.consentlens.model.DecodedLayer;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.MatchKind;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static com.consentlens.detectors.Fixtures.*;
import static com.consentlens.detectors.Payloads.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trail from the wire to each finding, on every row of the SDK wire-format table: it starts at the
 * finding's wire part, follows the finding's encoding steps, and ends at the finding's place (or, for a
 * finding about a group, at the layer that holds it); a literal match is readable in one of its layers.
 */
class DecodedTrailTest {
    static Stream<Arguments> tableRows() {
        return Stream.concat(DetectionEngineTest.rows(), TencentJceTest.rows())
                .map(a -> Arguments.of(a.get()[0], a.get()[1], a.get()[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableRows")
    void everyFindingOfTheSdkTable_hasATrailToItsPlace(String name, Profile profile, Exchange exchange) {
        List<Finding> findings = new DetectionEngine(profile, catalog()).detect(exchange).findings();
        for (Finding f : findings) {
            TrailChecks.assertTrailReaches(exchange, f);
        }
    }

    @Test
    void sensorsDataList_endsInTheJsonBatchBehindBase64AndGzip() {
        String events = "[{\"distinct_id\":\"" + ANDROID_ID + "\",\"properties\":{\"$oaid\":\"" + OAID + "\"}}]";
        String body = "crc=1&gzip=1&data_list=" + java.net.URLEncoder.encode(base64(gzip(utf8(events))),
                java.nio.charset.StandardCharsets.UTF_8);
        Exchange e = post("https://sdk-test.datasink.sensorsdata.cn/sa?project=default", body,
                "Content-Type", "application/x-www-form-urlencoded");
        Finding oaid = new DetectionEngine(profile(), catalog()).detect(e).findings().stream()
                .filter(f -> f.matchedText().equals(OAID)).findFirst().orElseThrow();

        List<DecodedLayer> trail = DecodedTrail.of(e, oaid);

        assertThat(trail).extracting(DecodedLayer::step).containsExactly("body", "form", "base64", "gzip", "json");
        assertThat(trail).extracting(DecodedLayer::path).containsExactly("", "form.data_list", "form.data_list",
                "form.data_list", "form.data_list>$[0].properties.$oaid");
        assertThat(trail.get(2).text()).as("gzip bytes are not text").isNull();
        assertThat(trail.get(3).text()).isEqualTo(events);
        assertThat(trail.get(3).length()).isEqualTo(utf8(events).length);
        assertThat(trail.get(4).text()).isEqualTo(OAID);
    }

    @Test
    void aHugeDocument_isWalkedWithinTheViewsLimit() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            json.append("\"").append(base64(utf8("{\"n\":" + i + "}"))).append("\",");
        }
        json.append("{\"imei\":\"").append(IMEI).append("\"}]");
        Exchange e = post("https://api.example.cn/x", json.toString(), "Content-Type", "application/json");
        Finding imei = new DetectionEngine(profile(), catalog()).detect(e).findings().stream()
                .filter(f -> f.matchedText().equals(IMEI)).findFirst().orElseThrow();
        DetectionLimits few = new DetectionLimits(24, 64, 64L << 20, 200, 500);

        assertThat(DecodedTrail.of(e, imei)).extracting(DecodedLayer::path).containsExactly("", "$[20000].imei");
        assertThat(DecodedTrail.of(e, imei, few)).extracting(DecodedLayer::path).containsExactly("");
    }

    @Test
    void aFindingFromAnotherRequest_hasNoTrail() {
        Exchange e = post("https://api.example.cn/x", "{\"a\":1}", "Content-Type", "application/json");
        Exchange other = post("https://api.example.cn/x", "{\"imei\":\"" + IMEI + "\"}", "Content-Type", "application/json");
        Finding imei = new DetectionEngine(profile(), catalog()).detect(other).findings().get(0);

        assertThat(DecodedTrail.of(e, imei)).extracting(DecodedLayer::step).containsExactly("body");
    }
}
