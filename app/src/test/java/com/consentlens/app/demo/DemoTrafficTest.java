package com.consentlens.app.demo;

import com.consentlens.detectors.DetectionEngine;
import com.consentlens.detectors.SdkCatalog;
import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.Headers;
import com.consentlens.model.MatchKind;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTrafficTest {
    private static final Path CATALOG =
            Path.of("../detectors/src/main/resources/com/consentlens/detectors/sdk-catalog.tsv");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Profile profile = DemoProfile.create();
    private final List<DemoRequest> script = DemoTraffic.script(profile.device());

    @Test
    void script_stagesAreInOrderAndAllPresent() {
        List<Stage> stages = script.stream().map(DemoRequest::stage).toList();
        for (int i = 1; i < stages.size(); i++) {
            assertThat(stages.get(i).ordinal()).as("request %d", i).isGreaterThanOrEqualTo(stages.get(i - 1).ordinal());
        }
        assertThat(Set.copyOf(stages)).containsExactlyInAnyOrder(Stage.values());
    }

    @Test
    void script_usesAtLeastTwelveCatalogSdksAndFirstPartyTraffic() {
        Set<String> sdks = script.stream().map(DemoRequest::sdkId).collect(Collectors.toCollection(TreeSet::new));
        assertThat(sdks).contains(DemoRequest.FIRST_PARTY);
        sdks.remove(DemoRequest.FIRST_PARTY);
        assertThat(sdks).hasSizeGreaterThanOrEqualTo(12);
        Set<String> undeclared = new TreeSet<>(sdks);
        undeclared.removeAll(profile.app().declaredSdks());
        assertThat(undeclared).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void script_everySdkHostMatchesItsOwnCatalogRow() throws IOException {
        Map<String, List<String>> catalog = catalog();
        for (DemoRequest r : script) {
            if (r.sdkId().equals(DemoRequest.FIRST_PARTY)) {
                assertThat(profile.app().isFirstParty(r.host())).as(r.url()).isTrue();
            } else {
                assertThat(catalog).as("catalog row " + r.sdkId()).containsKey(r.sdkId());
                assertThat(catalog.get(r.sdkId()).stream().anyMatch(p -> matches(p, r.host())))
                        .as(r.host() + " in the patterns of " + r.sdkId()).isTrue();
            }
        }
        assertThat(catalog.get("alipay_sdk").stream().anyMatch(p -> matches(p, DemoTraffic.PINNED_HOST))).isTrue();
    }

    @Test
    void hosts_coverScriptAndPinnedHost() {
        Set<String> expected = script.stream().map(DemoRequest::host).collect(Collectors.toSet());
        expected.add(DemoTraffic.PINNED_HOST);
        assertThat(DemoTraffic.hosts()).isEqualTo(expected);
    }

    /** The table: every request decodes through its real encoding chain to the values that SDK sends. */
    @Test
    void script_everyRequestDecodesToTheIdentifiersItCarries() throws IOException {
        var d = profile.device();
        String imei = d.imei().get(0);
        String androidId = d.androidId().get(0);
        String oaid = d.oaid().get(0);
        String gaid = d.gaid().get(0);
        String mac = d.mac().get(0);
        Map<String, List<String>> expected = new HashMap<>();
        expected.put("tencent_bugly /rqd/async", List.of(androidId, imei, mac, d.imsi().get(0), d.serial().get(0)));
        expected.put("umeng_analytics /unify_logs", List.of(mac, androidId, oaid, Wire.umengMd5(imei),
                "imei=" + imei, "android_id=" + androidId));
        expected.put("jpush /v3/report device_info", List.of(imei, d.imsi().get(0), mac, d.serial().get(0)));
        expected.put("jpush /v3/report loc_info", List.of("39.9042", "116.4074"));
        expected.put("getui_push /api.php", List.of(imei, mac, Wire.sha1(androidId), d.imsi().get(0), d.iccid().get(0)));
        expected.put("tencent_mta /mstat/report", List.of(imei, mac.toLowerCase(Locale.ROOT), "AWXOP"));
        expected.put("bytedance_applog /service/2/device_register/", List.of(imei, androidId, mac.toLowerCase(Locale.ROOT),
                d.serial().get(0), d.iccid().get(0), "ss_app_log"));
        expected.put("first_party /v1/device/register", List.of(imei, androidId, oaid));
        expected.put("adjust /session", List.of(gaid, oaid, imei));
        expected.put("appsflyer /api/v6.12/androidevent", List.of(gaid, androidId, imei, oaid));
        expected.put("branch /v1/install", List.of(androidId, gaid));
        expected.put("branch /v1/applist", d.installedApps());
        expected.put("getui_push /api.php reportApps", d.installedApps());
        expected.put("sensorsdata /sa", List.of(androidId, oaid, "39904200", "116407400"));
        expected.put("growingio /v3/projects/9f3a51c2e8b04d7a/collect", List.of(imei, androidId, oaid, gaid, "39.9042"));
        expected.put("pangle_cn /service/2/app_log/", List.of(imei, androidId, mac, oaid, d.serial().get(0), d.iccid().get(0)));
        expected.put("pangle_cn /api/ad/union/sdk/get_ads/", List.of(imei, androidId, mac, oaid));
        expected.put("kuaishou_ads /rest/e/v3/open/univ", List.of(imei, oaid, androidId));
        expected.put("tencent_gdt /gdt_mview.fcg", List.of(Wire.md5(imei), Wire.md5(androidId).toUpperCase(Locale.ROOT), oaid));
        expected.put("baidu_lbs /sdk.php", List.of(imei));
        expected.put("first_party /v1/track/batch", List.of(d.phone().get(0), oaid));
        expected.put("first_party /v1/friends/match", List.of(Wire.sha256("13900001111"), Wire.sha256("13700002222")));
        List<String> negatives = List.of("firebase_core", "firebase_analytics", "first_party /v2/home/feed",
                "first_party /v1/orders", "first_party /v1/ping");

        List<String> seen = new ArrayList<>();
        for (DemoRequest r : script) {
            String text = decode(r);
            String key = r.sdkId() + " " + URI.create(r.url()).getPath()
                    + (r.sdkId().equals("jpush") ? (text.contains("loc_info") ? " loc_info" : " device_info") : "")
                    + (r.sdkId().equals("getui_push") && text.contains("pkgname") ? " reportApps" : "");
            seen.add(key);
            if (negatives.stream().anyMatch(key::startsWith)) {
                assertThat(personal().stream().filter(text::contains).toList()).as("negative " + key).isEmpty();
            } else {
                assertThat(expected).as("expectations for " + key).containsKey(key);
                assertThat(text).as(key).contains(expected.get(key));
            }
        }
        assertThat(seen).containsAll(expected.keySet());
    }

    /**
     * The engine against this test's own decoders: every profile identifier that a request carries written
     * plainly in its decoded text (whatever layers the SDK put around it) is an exact finding of that request.
     * Bugly's IMEI, MAC and IMSI, inside JCE, were once carried and not found; so was Getui's app list (three or
     * more of the profile's apps in one request count as carried).
     */
    @Test
    void script_everyIdentifierARequestCarriesIsFound() throws IOException {
        DetectionEngine engine = new DetectionEngine(profile, SdkCatalog.loadDefault());
        int checked = 0;
        for (DemoRequest r : script) {
            String text = decode(r).toLowerCase(Locale.ROOT);
            Set<PiiType> carried = new TreeSet<>();
            for (PiiType type : PiiType.values()) {
                if (profile.device().valuesOf(type).stream().anyMatch(v -> text.contains(v.toLowerCase(Locale.ROOT)))) {
                    carried.add(type);
                }
            }
            if (profile.device().installedApps().stream().filter(a -> text.contains(a.toLowerCase(Locale.ROOT))).count() >= 3) {
                carried.add(PiiType.APP_LIST);
            }
            Exchange exchange = Exchange.builder().flowId("f-1")
                    .client("127.0.0.1").startMillis(1).endMillis(2).method(r.method()).url(r.url())
                    .requestHeaders(Headers.of(r.headers()))
                    .requestBody(Body.of(r.body())).status(200).build();
            Set<PiiType> found = engine.detect(exchange).findings().stream()
                    .filter(f -> f.match() == MatchKind.EXACT)
                    .map(Finding::pii).collect(Collectors.toCollection(TreeSet::new));
            assertThat(found).as("%s %s", r.sdkId(), r.url()).containsAll(carried);
            checked += carried.size();
        }
        assertThat(checked).as("identifiers carried across the script").isGreaterThan(60);
    }

    @Test
    void baiduLocation_gcj02FixIsWithinTheProfileRadius() {
        GeoPoint home = profile.device().location();
        DemoRequest baidu = script.stream().filter(r -> r.sdkId().equals("baidu_lbs")).findFirst().orElseThrow();
        String bloc = WireReaders.form(new String(baidu.body(), StandardCharsets.UTF_8)).get("bloc");
        String ll = WireReaders.form(bloc.substring(1)).get("ll");
        double lng = Long.parseLong(ll.split(",")[0]) / 1e6;
        double lat = Long.parseLong(ll.split(",")[1]) / 1e6;
        assertThat(home.distanceMeters(lat, lng)).isBetween(100.0, home.radiusMeters());
    }

    /** Undo every layer the request's SDK applied; the result is plain text to search. */
    private static String decode(DemoRequest r) throws IOException {
        byte[] body = r.body();
        String encoding = String.valueOf(r.header("Content-Encoding"));
        if (encoding.equals("gzip")) {
            body = WireReaders.gunzip(body);
        } else if (encoding.equals("zstd")) {
            body = WireReaders.unzstd(body);
        } else if ("envelope/json".equals(r.header("Content-Type"))) {
            byte[] entity = WireReaders.thriftField(body, 7);
            byte[] signature = WireReaders.thriftField(body, 3);
            if (signature.length == 64) { // the background session is encrypted with a key from its signature
                entity = WireReaders.umengDecrypt(entity, new String(signature, StandardCharsets.US_ASCII));
            }
            body = WireReaders.inflate(entity);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        switch (r.sdkId()) {
            case "sensorsdata" -> {
                Map<String, String> form = WireReaders.form(text);
                assertThat(form.get("gzip")).isEqualTo("1");
                assertThat(Integer.parseInt(form.get("crc"))).isEqualTo(form.get("data_list").hashCode());
                text = json(WireReaders.gunzip(Base64.getDecoder().decode(form.get("data_list"))));
            }
            case "getui_push" -> {
                if (text.startsWith("{")) { // reportApps: gzip framed by 8 hex digits each side, as characters
                    byte[] frame = JSON.readTree(text).get("apps").asText().getBytes(StandardCharsets.ISO_8859_1);
                    text = json(WireReaders.gunzip(java.util.Arrays.copyOfRange(frame, 8, frame.length - 8)));
                } else {
                    JsonNode outer = JSON.readTree(Base64.getDecoder().decode(text));
                    text = outer + json(Base64.getDecoder().decode(outer.get("info").get("cell").asText()));
                }
            }
            case "growingio" -> text = growingIo(body);
            case "tencent_mta" -> text = WireReaders.mtaReport(r.body(), encoding);
            case "bytedance_applog" -> text = WireReaders.byteDanceTtData(r.body());
            case "kuaishou_ads" -> text = WireReaders.kuaishouMessage(JSON.readTree(text).get("message").asText());
            case "pangle_cn" -> text = text.contains("\"cypher\":3")
                    ? WireReaders.pangleCypher3(JSON.readTree(text).get("message").asText()) : json(body);
            case "umeng_analytics" -> text = text + " " + WireReaders.umengIdTracking(
                    JSON.readTree(text).get("header").get("id_tracking").asText());
            case "tencent_bugly" -> text = String.join(" ", WireReaders.jceStrings(WireReaders.gunzip(r.body())));
            case "adjust", "baidu_lbs" -> text = WireReaders.form(text).toString();
            case "tencent_gdt" -> text = json(WireReaders.form(URI.create(r.url()).getRawQuery()).get("ext")
                    .getBytes(StandardCharsets.UTF_8));
            default -> text = body.length == 0 ? URLDecoder.decode(r.url(), StandardCharsets.UTF_8) : json(body);
        }
        return text;
    }

    private static String growingIo(byte[] body) {
        StringBuilder text = new StringBuilder();
        List<WireReaders.ProtoField> events = WireReaders.proto(body);
        assertThat(events).hasSize(2).allMatch(f -> f.number() == 1 && f.wireType() == 2);
        for (WireReaders.ProtoField event : events) {
            for (WireReaders.ProtoField f : WireReaders.proto(event.bytes())) {
                text.append(f.number()).append('=').append(switch (f.wireType()) {
                    case 1 -> Double.toString(f.asDouble());
                    case 2 -> f.string();
                    default -> Long.toString(f.varint());
                }).append('\n');
            }
        }
        return text.toString();
    }

    private static String json(byte[] bytes) throws IOException {
        return JSON.readTree(bytes).toString();
    }

    /** Every profile identifier and its usual hashes: none may appear in a negative request. */
    private List<String> personal() {
        var d = profile.device();
        List<String> values = new ArrayList<>();
        for (List<String> list : List.of(d.imei(), d.imsi(), d.iccid(), d.oaid(), d.gaid(), d.androidId(), d.mac(),
                d.serial(), d.phone(), d.email())) {
            for (String v : list) {
                values.addAll(List.of(v, Wire.md5(v), Wire.sha1(v), Wire.sha256(v), Wire.md5(v).toUpperCase(Locale.ROOT)));
            }
        }
        return values;
    }

    private static Map<String, List<String>> catalog() throws IOException {
        Map<String, List<String>> rows = new HashMap<>();
        for (String line : Files.readAllLines(CATALOG).subList(1, Files.readAllLines(CATALOG).size())) {
            String[] cols = line.split("\t", -1);
            rows.put(cols[0], List.of(cols[5].split(",")));
        }
        return rows;
    }

    private static boolean matches(String pattern, String host) {
        if (pattern.startsWith("*.")) {
            String base = pattern.substring(2);
            return host.equals(base) || host.endsWith("." + base);
        }
        return host.equals(pattern) || host.endsWith("." + pattern);
    }
}
