package com.consentlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.app.cli.ConsentLensCommand;
import com.consentlens.app.demo.DemoProfile;
import com.consentlens.app.demo.DemoRun;
import com.consentlens.evidence.json.FindingJson;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence loop with every real part: the demo phone's SDK traffic through the proxy into a session,
 * `consentlens export` to a signed package, `consentlens verify` on it, then `consentlens analyze` of the
 * package's own flows.har with the same profile and markers. Both must give the same findings, and a
 * changed package must fail verification.
 */
class EvidenceRoundTripTest {

    @Test
    void exportedHar_analyzedAgain_givesTheSameFindings(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        List<Finding> live = new ArrayList<>();
        List<Marker> markers;
        try (DemoRun demo = DemoRun.start(DataDirectory.resolve(data), "roundtrip")) {
            demo.playScript(0, new PrintStream(OutputStream.nullOutputStream()));
            demo.live().store().forEachFinding(live::add);
            markers = demo.live().store().markers();
            java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
            demo.printReport(new PrintStream(printed, true, StandardCharsets.UTF_8));
            // Firebase starts before consent with random IDs only: contacted without consent, nothing readable
            assertThat(printed.toString(StandardCharsets.UTF_8)).containsPattern(
                    "Third parties contacted without consent, nothing readable / [^:]*: .*firebase_analytics ×1.*");
        }
        assertThat(live).hasSizeGreaterThan(20);
        // The background Umeng envelope is encrypted (codex 1); its key travels in the envelope, so it is read.
        assertThat(live).filteredOn(f -> f.encoding().contains("aes-umeng"))
                .extracting(f -> f.pii().name() + " " + f.path()).contains("MAC thrift.7>$.header.mc",
                        "ANDROID_ID thrift.7>$.header.device_id");
        // So is Pangle's cypher 3 message (its key at its start) and Kuaishou's (the SDK's constant key).
        assertThat(live).filteredOn(f -> f.encoding().contains("aes-pangle")).extracting(f -> f.pii().name())
                .contains("IMEI", "OAID");
        assertThat(live).filteredOn(f -> f.encoding().contains("aes-kuaishou")).extracting(f -> f.pii().name())
                .contains("IMEI", "OAID");
        // The WeChat SDK's MTA report is RC4 under a key that is the same in every app.
        assertThat(live).filteredOn(f -> f.encoding().contains("rc4-mta")).extracting(f -> f.pii().name() + " " + f.path())
                .contains("IMEI $[0].ui", "MAC $[0].mc");
        // ByteDance AppLog's register body: AES keyed from the message's own seed and a constant of the SDK.
        assertThat(live).filteredOn(f -> f.encoding().contains("aes-bytedance")).extracting(f -> f.pii().name() + " " + f.path())
                .contains("IMEI $.header.udid", "ANDROID_ID $.header.openudid", "MAC $.header.mc", "ICCID "
                        + "$.header.sim_serial_number[0].sim_serial_number");
        // Bugly's start-up report is gzip of JCE (Tars), its user-info package JCE again inside a byte array.
        assertThat(live).filteredOn(f -> f.encoding().contains("jce")).extracting(f -> f.sdk().id() + " "
                        + f.pii().name() + " " + f.path() + " " + f.encoding())
                .contains("tencent_bugly IMEI jce.5.3 [gzip, jce]", "tencent_bugly MAC jce.5.4 [gzip, jce]",
                        "tencent_bugly IMSI jce.5.5 [gzip, jce]", "tencent_bugly SERIAL jce.8.G12 [gzip, jce]",
                        "tencent_bugly ANDROID_ID jce.11 [gzip, jce]");
        // The lab router (the profile's bssid) goes out twice: as Pangle's wifi_mac, and first in Baidu
        // location's Wi-Fi scan, written as 12 hex digits; the scan's other access points are WIFI patterns.
        assertThat(live).filteredOn(f -> f.pii() == com.consentlens.model.PiiType.WIFI)
                .extracting(f -> f.sdk().id() + " " + f.match() + " " + f.path() + " " + f.encoding())
                .contains("pangle_cn EXACT $.message>$.device.wifi_mac [json, aes-pangle, json, lower]",
                        "baidu_lbs EXACT form.bloc>form.wf [form, form, no-separators, lower]",
                        "baidu_lbs PATTERN form.bloc>form.wf [form, form]",
                        "jpush PATTERN $.content[0].wifi[0].bssid [gzip, json]");
        // Baidu location also sends the serving cell (cl) and its cell list (clt): 基站信息, by shape.
        assertThat(live).filteredOn(f -> f.pii() == com.consentlens.model.PiiType.CELL)
                .extracting(f -> f.sdk().id() + " " + f.value() + " " + f.path() + " " + f.encoding())
                .contains("baidu_lbs 460-1-4513-22093311 form.bloc>form.cl [form, form]",
                        "baidu_lbs 460-1-4513-22093311 form.bloc>form.clt [form, form]");
        // and its last fix as one "lng,lat" string in micro-degrees (GCJ-02, a few hundred metres off the
        // profile's point and so within its radius as given)
        assertThat(live).filteredOn(f -> f.pii() == com.consentlens.model.PiiType.LOCATION)
                .extracting(f -> f.sdk().id() + " " + f.path() + " " + f.encoding())
                .contains("baidu_lbs form.bloc>form.ll [form, form, lng-lat, e6]");
        // The demo is the newcomer's tour: every MIIT rule ConsentLens knows must show up in it.
        assertThat(live.stream().flatMap(f -> f.violations().stream()).collect(java.util.stream.Collectors.toSet()))
                .containsExactlyInAnyOrder(com.consentlens.model.Violation.values());

        Path zip = dir.resolve("evidence.zip");
        assertThat(ConsentLensCommand.execute("export", "roundtrip", "--out", zip.toString(), "--data-dir", data.toString()))
                .isZero();
        assertThat(ConsentLensCommand.execute("verify", zip.toString())).isZero();
        // Values sent inside encodings (the demo's Sensors data_list is base64 of gzip JSON) are shown in the
        // report inside their decoded payload, re-decoded by the detectors through the store's evidence source.
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry("report.html"))) {
            String report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(report).contains("the payload as decoded").contains("<pre class=\"req decoded\">");
            // Firebase starts before consent with random IDs only: no leak, but its requests are in the
            // third-party traffic table, attributed by the catalog and counted as read-nothing contacts.
            java.util.regex.Matcher firebase = java.util.regex.Pattern.compile("<tr><th>[^<]*<br/><span class=\"en\">"
                    + "[^<]*\\(firebase[a-z_]*\\)</span></th><td>firebaseinstallations\\.googleapis\\.com</td>"
                    + "<td class=\"num before\">1 \\(\\d+\\)</td>.*?<td class=\"num\">(\\d+)</td><td>20").matcher(report);
            assertThat(firebase.find()).as("a firebase row in the traffic table").isTrue();
            assertThat(Integer.parseInt(firebase.group(1))).isEqualTo(1);
        }

        Path har = dir.resolve("flows.har");
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, DemoProfile.json());
        Path markerFile = dir.resolve("markers.json");
        Files.writeString(markerFile, markersJson(markers));
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry("flows.har"))) {
            Files.copy(in, har);
        }
        Path jsonl = dir.resolve("again.jsonl");
        assertThat(ConsentLensCommand.execute("analyze", har.toString(), "--profile", profile.toString(), "--markers",
                markerFile.toString(), "--jsonl", jsonl.toString(), "--quiet", "--data-dir", data.toString())).isZero();

        Set<String> again = new HashSet<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            again.add(key(FindingJson.fromJson(line)));
        }
        Set<String> original = new HashSet<>();
        live.forEach(f -> original.add(key(f)));
        assertThat(again).isEqualTo(original);
    }

    @Test
    void changedPackage_failsVerify(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        try (DemoRun demo = DemoRun.start(DataDirectory.resolve(data), "tamper")) {
            demo.playScript(0, new PrintStream(OutputStream.nullOutputStream()));
        }
        Path zip = dir.resolve("evidence.zip");
        assertThat(ConsentLensCommand.execute("export", "tamper", "--out", zip.toString(), "--data-dir", data.toString())).isZero();
        Path changed = dir.resolve("changed.zip");
        try (ZipFile in = new ZipFile(zip.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(changed))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("findings.jsonl")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("before-consent", "after-consent")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertThat(ConsentLensCommand.execute("verify", changed.toString())).isEqualTo(1);
    }

    /** What must survive the round trip: the leak itself, where and how it was found, and its verdict. */
    private static String key(Finding f) {
        return String.join("|", f.flowId(), f.pii().name(), f.match().name(), f.where().name(), f.path(),
                String.join(">", f.encoding()), f.maskedValue(), f.host(), f.sdk() == null ? "-" : f.sdk().id(),
                f.party().name(), String.valueOf(f.phase()), f.violations().toString());
    }

    private static String markersJson(List<Marker> markers) {
        StringBuilder json = new StringBuilder("[");
        for (Marker m : markers) {
            json.append(json.length() > 1 ? "," : "").append("{\"type\":\"").append(m.type().wireName())
                    .append("\",\"time\":").append(m.timeMillis()).append(",\"text\":\"\"}");
        }
        return json.append(']').toString();
    }
}
