package com.consentlens.detectors.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.detectors.DetectionLimits;
import com.consentlens.model.Where;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** XML bodies: paths and keys of the values, what a broken document keeps, and no entity ever expanded. */
class XmlDecoderTest {
    private static View body(String xml) {
        return View.root(xml.getBytes(StandardCharsets.UTF_8), Where.BODY, "", "", View.Kind.BODY, "text/xml", "");
    }

    private static List<String> leaves(String xml, DetectionLimits limits) {
        return new XmlDecoder().decode(body(xml), new DecodeContext(limits)).stream()
                .map(v -> v.path() + " (" + v.key() + ")=" + v.text() + " " + v.encoding()).toList();
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("elements and attributes", "<?xml version=\"1.0\"?><a x=\"1\"><b>2</b><c> 3 </c></a>",
                        List.of("/a/@x (x)=1 [xml]", "/a/b (b)=2 [xml]", "/a/c (c)=3 [xml]")),
                Arguments.of("repeated siblings are counted", "<a><i>1</i><i>2</i><j/><i>3</i></a>",
                        List.of("/a/i (i)=1 [xml]", "/a/i[2] (i)=2 [xml]", "/a/i[3] (i)=3 [xml]")),
                Arguments.of("cdata and entities", "<a><b><![CDATA[x<y]]></b><c>&amp;&#65;</c></a>",
                        List.of("/a/b (b)=x<y [xml]", "/a/c (c)=&A [xml]")),
                Arguments.of("a document cut short keeps what was read before the cut", "<a><b>1</b><c>2</c><d>3",
                        List.of("/a/b (b)=1 [xml]", "/a/c (c)=2 [xml]")),
                Arguments.of("namespaces: local names", "<s:Envelope xmlns:s=\"u\"><s:Body><imei>1</imei></s:Body></s:Envelope>",
                        List.of("/Envelope/Body/imei (imei)=1 [xml]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decode_givesEachValueWithItsPath(String name, String xml, List<String> expected) {
        assertThat(leaves(xml, DetectionLimits.DEFAULT)).isEqualTo(expected);
    }

    @Test
    void externalEntities_areNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "867530012345674");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
                + "<r><a>&e;</a><b>ok</b></r>";
        assertThat(String.join("\n", leaves(xml, DetectionLimits.DEFAULT))).doesNotContain("867530012345674");
    }

    @Test
    void entityExpansion_isNotPerformed() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = dtd + "]><r><x>&a9;</x></r>";
        assertThat(String.join("", leaves(xml, DetectionLimits.DEFAULT)).length()).isLessThan(1_000);
    }

    @Test
    void deepNesting_stopsAtTheDepthLimit() {
        String xml = "<a>".repeat(100) + "<v>1</v>" + "</a>".repeat(100);
        DecodeContext context = new DecodeContext(DetectionLimits.DEFAULT);
        new XmlDecoder().decode(body(xml), context);
        assertThat(context.limitsHit()).contains("depth");
    }

    @Test
    void applies_onlyToTextStartingWithAnElementOrDeclaration() {
        assertThat(new XmlDecoder().applies(body("  <a>1</a>"))).isTrue();
        assertThat(new XmlDecoder().applies(body("\uFEFF<?xml version=\"1.0\"?><a/>"))).isTrue();
        assertThat(new XmlDecoder().applies(body("a < b"))).isFalse();
        assertThat(new XmlDecoder().applies(body("<3 you"))).isFalse();
        assertThat(new XmlDecoder().applies(body("{\"a\":\"<b>\"}"))).isFalse();
    }
}
