package com.consentlens.evidence.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.evidence.pkg.EvidenceExporter;
import com.consentlens.evidence.pkg.ExportOptions;
import com.consentlens.evidence.pkg.ExportProgress;
import com.consentlens.evidence.pkg.SigningKey;
import com.consentlens.evidence.testing.ListSource;
import com.consentlens.evidence.testing.SampleSession;
import com.consentlens.evidence.testing.Samples;
import com.consentlens.evidence.testing.ZipFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The report as it lands in a package, parsed with a strict XML parser (the markup is XHTML-compatible). */
class ReportWriterTest {
    @TempDir
    Path dir;

    String report(int detailLimit, boolean unmask) throws Exception {
        Path zip = dir.resolve("p" + detailLimit + unmask + ".zip");
        EvidenceExporter.export(SampleSession.source(), zip,
                new ExportOptions(false, unmask, SigningKey.loadOrCreate(dir), detailLimit), ExportProgress.NONE);
        return new String(ZipFiles.read(zip).get("report.html"), StandardCharsets.UTF_8);
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static int count(Document doc, String xpath) throws Exception {
        XPath x = XPathFactory.newInstance().newXPath();
        return ((NodeList) x.evaluate(xpath, doc, XPathConstants.NODESET)).getLength();
    }

    @Test
    void write_isWellFormedBilingualAndHasEveryFinding() throws Exception {
        String html = report(500, false);
        Document doc = parse(html);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("摘要").contains("Summary").contains("时间线")
                .contains("Timeline").contains("违反的规则").contains("Rules broken")
                .contains("工信部信管函〔2019〕337号").contains("MIIT Letter [2019] No. 337");
        for (int id = 1; id <= 5; id++) {
            assertThat(count(doc, "//article[@id='finding-" + id + "']")).as("finding %d", id).isEqualTo(1);
        }
        assertThat(count(doc, "//table[@class='matrix']/tr")).isEqualTo(1 + 3); // header + Umeng, JPush, no-SDK
        assertThat(html).contains("all 5 findings are shown");
    }

    @Test
    void write_hostilePayload_isEscapedNeverMarkup() throws Exception {
        String html = report(500, false);
        Document doc = parse(html);
        assertThat(count(doc, "//script")).isZero();
        assertThat(count(doc, "//*[@onerror or @onload or @src]")).isZero();
        assertThat(html).doesNotContain(SampleSession.XSS).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
    }

    @Test
    void write_isSelfContainedAndPrintable() throws Exception {
        String html = report(500, false);
        Document doc = parse(html);
        assertThat(count(doc, "//link | //img | //iframe | //object")).isZero();
        assertThat(count(doc, "//*[starts-with(@href,'http')]")).isZero();
        assertThat(html).doesNotContain("url(").doesNotContain("@import").contains("@media print");
    }

    @Test
    void write_timeline_hasRowPerSdkMarksAndMarkerLines() throws Exception {
        Document doc = parse(report(500, false));
        assertThat(count(doc, "//svg/rect[@class='lane']")).isEqualTo(3);
        assertThat(count(doc, "//svg/rect[starts-with(@class,'m ')]")).isEqualTo(4); // findings 4 and 5 share a pixel
        assertThat(count(doc, "//svg/rect[@class='m before']")).isEqualTo(2);
        assertThat(count(doc, "//svg/line[starts-with(@class,'mk ')]")).isEqualTo(3);
        assertThat(count(doc, "//svg/line[@class='mk consent']")).isEqualTo(1);
    }

    @Test
    void write_matchedValue_isHighlightedMaskedUnlessUnmasked() throws Exception {
        Document masked = parse(report(500, false));
        XPath x = XPathFactory.newInstance().newXPath();
        assertThat(x.evaluate("//article[@id='finding-4']//pre/mark[1]", masked)).isEqualTo("9774*********49c");
        assertThat(x.evaluate("//article[@id='finding-1']//td", masked)).isNotEmpty();
        // the Umeng body is gzip: the excerpt is decoded so the IMEI can be marked
        assertThat(x.evaluate("//article[@id='finding-1']//pre/mark[1]", masked)).isEqualTo("8675********674");
        Document raw = parse(report(500, true));
        assertThat(x.evaluate("//article[@id='finding-1']//pre/mark[1]", raw)).isEqualTo(Samples.IMEI);
    }

    @Test
    void write_detailLimit_showsFirstFindingsAndSaysSo() throws Exception {
        String html = report(2, false);
        Document doc = parse(html);
        assertThat(count(doc, "//article")).isEqualTo(2);
        assertThat(html).contains("first 2 of 5 findings").contains("前 2 条（共 5 条）");
    }

    @Test
    void write_emptySession_stillWellFormed() throws Exception {
        ListSource src = SampleSession.source();
        ListSource empty = new ListSource("empty", src.sessionStartMillis(), src.sessionStartMillis(),
                java.util.List.of(), com.consentlens.model.Profile.EMPTY, java.util.List.of(), java.util.List.of(),
                java.util.List.of());
        Path zip = dir.resolve("empty.zip");
        EvidenceExporter.export(empty, zip, new ExportOptions(false, false, SigningKey.loadOrCreate(dir)),
                ExportProgress.NONE);
        Document doc = parse(new String(ZipFiles.read(zip).get("report.html"), StandardCharsets.UTF_8));
        assertThat(count(doc, "//article")).isZero();
    }

    @Test
    void write_thirdPartyTraffic_countsEveryRequestPerSdkAndPhase_encryptedOnesToo() throws Exception {
        ListSource src = SampleSession.source();
        java.util.List<com.consentlens.model.Exchange> exchanges = new java.util.ArrayList<>(src.exchanges());
        // an encrypted crash-report upload before consent: no finding can be read in it
        exchanges.add(com.consentlens.model.Exchange.builder().flowId("f-000007").client("127.0.0.1")
                .startMillis(src.sessionStartMillis() + 2_000).endMillis(src.sessionStartMillis() + 2_050).method("POST")
                .url("https://android.bugly.qq.com/rqd/async").requestBody(com.consentlens.model.Body.of(new byte[700]))
                .status(200).build());
        ListSource withUpload = new ListSource(src.sessionName(), src.sessionStartMillis(), src.sessionEndMillis(),
                src.markers(), src.profile(), src.findings(), exchanges, src.events());
        Path zip = dir.resolve("traffic.zip");
        EvidenceExporter.export(withUpload, zip, new ExportOptions(false, false, SigningKey.loadOrCreate(dir)),
                ExportProgress.NONE);
        Document doc = parse(new String(ZipFiles.read(zip).get("report.html"), StandardCharsets.UTF_8));
        XPath x = XPathFactory.newInstance().newXPath();

        // rows: Umeng and JPush (attributed from their findings) and the unidentified upload host; never the app's own
        assertThat(count(doc, "//section[@id='traffic']//tr[td]")).isEqualTo(3);
        String umeng = x.evaluate("string(//section[@id='traffic']//tr[contains(th, 'umeng_analytics')])", doc);
        assertThat(umeng).contains("2 (").doesNotContain("example-shop");
        String bugly = x.evaluate("string(//section[@id='traffic']//tr[td[contains(., 'android.bugly.qq.com')]])", doc);
        assertThat(bugly).contains("700").contains("No SDK identified");
        assertThat(x.evaluate("string(//section[@id='traffic']//tr[td[contains(., 'android.bugly.qq.com')]]/td[5])", doc))
                .as("requests without consent in which nothing was read").isEqualTo("1");
        assertThat(x.evaluate("string(//section[@id='traffic']//tr[td[contains(., 'api.jpush.cn')]]/td[3])", doc))
                .as("jpush: after consent only").startsWith("1 (");
        assertThat(ZipFiles.read(zip)).as("the upload without findings is counted, not exported").containsKey("flows.har");
        assertThat(new String(ZipFiles.read(zip).get("flows.har"), StandardCharsets.UTF_8)).doesNotContain("f-000007");
    }
}
