package com.consentlens.evidence.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.evidence.pkg.EvidenceExporter;
import com.consentlens.evidence.pkg.EvidenceSource;
import com.consentlens.evidence.pkg.ExportOptions;
import com.consentlens.evidence.pkg.ExportProgress;
import com.consentlens.evidence.pkg.SigningKey;
import com.consentlens.evidence.testing.SampleSession;
import com.consentlens.evidence.testing.Samples;
import com.consentlens.evidence.testing.ZipFiles;
import com.consentlens.model.Body;
import com.consentlens.model.DecodedLayer;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Headers;
import com.consentlens.model.Marker;
import com.consentlens.model.MatchKind;
import com.consentlens.model.Party;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;
import com.consentlens.model.ProxyEvent;
import com.consentlens.model.Where;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value that is not readable as sent (a base64 form field holding JSON) is shown in the report inside its
 * decoded payload, cut around the match, masked like the rest of the report.
 */
class DecodedExcerptTest {
    private static final String OAID = "6f0c1d2e-7a8b-4c5d-9e0f-112233445566";
    private static final String EVENT = "{\"event\":\"$AppStart\",\"properties\":{\"$oaid\":\"" + OAID + "\"}}";

    static Stream<Arguments> rows() {
        String big = "x".repeat(2_000) + OAID + "y".repeat(2_000);
        return Stream.of(
                Arguments.of("the readable layer holding the match, whole when short",
                        List.of(layer("body", "data=eyJ"), layer("form", "eyJ"), layer("base64", EVENT), layer("json", OAID)),
                        OAID, 3, "base64", EVENT),
                Arguments.of("a window each side of the match in a long layer",
                        List.of(layer("body", null), layer("gzip", big), layer("json", OAID)),
                        OAID, 2, "gzip", "… " + "x".repeat(400) + OAID + "y".repeat(400) + " …"),
                Arguments.of("no match anywhere: the start of the deepest readable layer",
                        List.of(layer("body", null), layer("gzip", big), layer("json", "39.9,116.4")),
                        "39.904200,116.407400", 2, "gzip", "x".repeat(800) + " …"));
    }

    private static DecodedLayer layer(String step, String text) {
        return new DecodedLayer(step, "", text == null ? 100 : text.length(), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void of_cutsTheReadableLayerAroundTheMatch(String name, List<DecodedLayer> layers, String matched, int layer,
                                               String step, String text) {
        DecodedExcerpt d = DecodedExcerpt.of(layers, matched);
        assertThat(d.layer()).isEqualTo(layer);
        assertThat(d.layers()).isEqualTo(layers.size());
        assertThat(d.step()).isEqualTo(step);
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void of_nothingReadable_isNull() {
        assertThat(DecodedExcerpt.of(List.of(layer("body", null), layer("protobuf", null)), OAID)).isNull();
        assertThat(DecodedExcerpt.of(List.of(), OAID)).isNull();
    }

    @Test
    void report_showsTheDecodedPayloadMasked(@TempDir Path dir) throws Exception {
        String body = "data=" + Base64.getEncoder().encodeToString(EVENT.getBytes(StandardCharsets.UTF_8));
        Exchange e = Exchange.builder().flowId("f-1").startMillis(1_000).method("POST").url("https://api.mixpanel.com/track")
                .requestHeaders(Headers.of("Content-Type", "application/x-www-form-urlencoded"))
                .requestBody(Body.of(body.getBytes(StandardCharsets.UTF_8))).status(200).build();
        Finding f = new Finding(1, 1_000, "f-1", "", "POST", e.url(), "api.mixpanel.com", Party.THIRD, null, PiiType.OAID,
                MatchKind.EXACT, OAID, Where.BODY, "form.data>$.properties.$oaid", List.of("form", "base64", "json"), OAID,
                Phase.BEFORE_CONSENT, List.of());
        List<DecodedLayer> layers = List.of(new DecodedLayer("body", "", body.length(), body),
                new DecodedLayer("form", "form.data", body.length() - 5, body.substring(5)),
                new DecodedLayer("base64", "form.data", EVENT.length(), EVENT),
                new DecodedLayer("json", "form.data>$.properties.$oaid", OAID.length(), OAID));
        EvidenceSource src = new OneFlow(e, f, layers);

        Path zip = dir.resolve("p.zip");
        EvidenceExporter.export(src, zip, new ExportOptions(false, false, SigningKey.loadOrCreate(dir), 100), ExportProgress.NONE);
        String html = new String(ZipFiles.read(zip).get("report.html"), StandardCharsets.UTF_8);

        XPath x = XPathFactory.newInstance().newXPath();
        var doc = ReportWriterTest.parse(html);
        String masked = x.evaluate("//article[@id='finding-1']//pre[@class='req decoded']/mark[1]", doc);
        assertThat(masked).isNotEmpty().isNotEqualTo(OAID).startsWith("6f0c").contains("*");
        assertThat(x.evaluate("//article[@id='finding-1']//pre[@class='req decoded']", doc))
                .contains("\"$oaid\":\"").contains("$AppStart");
        assertThat(html).contains("第 3 / 4 层 layer (base64, " + EVENT.length() + " bytes)").doesNotContain(OAID);
    }

    /** One exchange and its finding, with the layers a decoding source would give. */
    private record OneFlow(Exchange exchange, Finding finding, List<DecodedLayer> layers) implements EvidenceSource {
        @Override public String toolVersion() { return "0.1.0-test"; }
        @Override public String sessionName() { return "decoded"; }
        @Override public long sessionStartMillis() { return 0; }
        @Override public long sessionEndMillis() { return 10_000; }
        @Override public List<Marker> markers() { return List.of(); }
        @Override public Profile profile() { return SampleSession.profile(); }
        @Override public String caFingerprint() { return ""; }
        @Override public void forEachFinding(Consumer<Finding> consumer) { consumer.accept(finding); }
        @Override public void forEachExchange(Predicate<String> filter, Consumer<Exchange> consumer) {
            if (filter.test(exchange.flowId())) {
                consumer.accept(exchange);
            }
        }
        @Override public List<ProxyEvent> events() { return List.of(); }
        @Override public List<DecodedLayer> decodedLayers(Exchange e, Finding f) { return layers; }
    }
}
