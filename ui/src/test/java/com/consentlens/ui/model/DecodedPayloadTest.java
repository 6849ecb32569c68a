package com.consentlens.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.DecodedLayer;
import com.consentlens.model.Finding;
import com.consentlens.model.MatchKind;
import com.consentlens.model.Party;
import com.consentlens.model.PiiType;
import com.consentlens.model.Where;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which layer the "Decoded" tab shows, and what it marks in it, for the shapes SDK payloads take. */
class DecodedPayloadTest {
    private static final String OAID = "6f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f";
    private static final String BATCH = "[{\"distinct_id\":\"3c2f8a9b1d4e5f60\",\"properties\":{\"$oaid\":\"" + OAID + "\"}}]";

    private static DecodedLayer layer(String step, String path, String text) {
        return new DecodedLayer(step, path, text == null ? 601 : text.length(), text);
    }

    private static Finding finding(PiiType pii, MatchKind match, String matched) {
        return new Finding(1, 1, "f-1", "", "POST", "", "h", Party.THIRD, null, pii, match, matched, Where.BODY,
                "p", List.of(), matched, null, List.of());
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("sensors: the gzip layer's JSON batch, behind a base64 blob",
                        List.of(layer("body", "", "crc=1&data_list=H4sIAAAA"), layer("form", "form.data_list", "H4sIAAAA"),
                                layer("base64", "form.data_list", null), layer("gzip", "form.data_list", BATCH),
                                layer("json", "form.data_list>$[0].properties.$oaid", OAID)),
                        finding(PiiType.OAID, MatchKind.EXACT, OAID), 3, List.of(OAID)),
                Arguments.of("adjust: the form body itself",
                        List.of(layer("body", "", "gps_adid=x&oaid=" + OAID), layer("form", "form.oaid", OAID)),
                        finding(PiiType.OAID, MatchKind.EXACT, OAID), 0, List.of(OAID)),
                Arguments.of("a header with nothing above: the header",
                        List.of(layer("header", "header.x-device-id", OAID.toUpperCase())),
                        finding(PiiType.OAID, MatchKind.EXACT, OAID), 0, List.of(OAID.toUpperCase())),
                Arguments.of("location from sibling keys: the batch, the holder marked when it is literal",
                        List.of(layer("body", "", null), layer("gzip", "", "{\"lat\":39904200,\"lng\":116407400}")),
                        finding(PiiType.LOCATION, MatchKind.NEAR, "39.904200,116.407400"), 1, List.of()),
                Arguments.of("a protobuf body: nothing readable",
                        List.of(layer("body", "", null), layer("protobuf", "pb.1.21", null)),
                        finding(PiiType.IMEI, MatchKind.EXACT, "867530012345674"), -1, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void showsTheInnermostReadableLayerHoldingTheLeak(String name, List<DecodedLayer> layers, Finding f, int shown,
                                                      List<String> marked) {
        DecodedPayload p = DecodedPayload.of(layers, f);

        assertThat(p.layers()).isEqualTo(layers);
        assertThat(p.shown()).isEqualTo(shown);
        assertThat(p.text()).filteredOn(DetailContent.Segment::match).extracting(DetailContent.Segment::text)
                .containsExactlyElementsOf(marked);
        assertThat(p.highlighted()).isEqualTo(!marked.isEmpty());
        if (shown >= 0) {
            String all = p.text().stream().map(DetailContent.Segment::text).reduce("", String::concat);
            assertThat(all.replaceAll("\\s", "")).isEqualTo(layers.get(shown).text().replaceAll("\\s", ""));
        }
    }

    @Test
    void noLayersOrNoFinding_isNone() {
        Finding f = finding(PiiType.OAID, MatchKind.EXACT, OAID);
        assertThat(DecodedPayload.of(List.of(), f)).isEqualTo(DecodedPayload.NONE);
        assertThat(DecodedPayload.of(List.of(layer("body", "", OAID)), null)).isEqualTo(DecodedPayload.NONE);
    }
}
