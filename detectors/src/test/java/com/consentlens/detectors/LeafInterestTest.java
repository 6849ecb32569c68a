package com.consentlens.detectors;

import com.consentlens.model.Exchange;
import com.consentlens.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static com.consentlens.detectors.Fixtures.ANDROID_ID;
import static com.consentlens.detectors.Fixtures.APPS;
import static com.consentlens.detectors.Fixtures.IMEI;
import static com.consentlens.detectors.Fixtures.MAC;
import static com.consentlens.detectors.Fixtures.PHONE;
import static com.consentlens.detectors.Fixtures.catalog;
import static com.consentlens.detectors.Fixtures.post;
import static com.consentlens.detectors.Fixtures.profile;
import static com.consentlens.detectors.Payloads.base64;
import static com.consentlens.detectors.Payloads.gzip;
import static com.consentlens.detectors.Payloads.md5;
import static com.consentlens.detectors.Payloads.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leaving out the document leaves no detector wants ({@code Detector.wantsLeaf}) must not change a single
 * finding: the engine's answer equals its answer with every leaf made a view, on the SDK wire-format table
 * and on random documents full of short values, geo keys, dotted values, app names and nested encodings.
 */
class LeafInterestTest {
    static Stream<Arguments> tableRows() {
        return DetectionEngineTest.rows().map(a -> Arguments.of(a.get()[0], a.get()[1], a.get()[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableRows")
    void sdkWirePayloads_sameFindingsWithAndWithoutTheLeafFilter(String name, Profile profile, Exchange exchange) {
        DetectionEngine engine = new DetectionEngine(profile, catalog());

        assertThat(engine.detect(exchange)).isEqualTo(engine.detectEveryLeaf(exchange));
    }

    @Test
    void randomDocuments_sameFindingsWithAndWithoutTheLeafFilter() {
        Random r = new Random(5);
        List<DetectionEngine> engines = List.of(new DetectionEngine(profile(), catalog()),
                new DetectionEngine(Profile.EMPTY, catalog()));
        int findings = 0;
        for (int t = 0; t < 1_500; t++) {
            StringBuilder sb = new StringBuilder();
            object(r, sb, 0);
            String json = sb.toString();
            Exchange e = t % 3 == 0
                    ? post("https://log.example.net/c", "data=" + java.net.URLEncoder.encode(base64(gzip(utf8(json))),
                    java.nio.charset.StandardCharsets.UTF_8) + "&gzip=1", "Content-Type", "application/x-www-form-urlencoded")
                    : post("https://log.example.net/j", json, "Content-Type", "application/json");
            for (DetectionEngine engine : engines) {
                DetectionResult filtered = engine.detect(e);
                assertThat(filtered).as(json).isEqualTo(engine.detectEveryLeaf(e));
                findings += filtered.findings().size();
            }
        }
        assertThat(findings).as("the documents must actually produce findings").isGreaterThan(1_000);
    }

    /** Damaged bodies (cut gzip, flipped bytes, random binary) take the same decode paths either way. */
    @Test
    void damagedBodies_sameFindingsWithAndWithoutTheLeafFilter() {
        DetectionEngine engine = new DetectionEngine(profile(), catalog());
        Random r = new Random(8);
        byte[] valid = gzip(utf8("{\"a\":[{\"lat\":39.9042,\"lng\":116.4074,\"b\":\""
                + base64(utf8("{\"imei\":\"" + IMEI + "\",\"apps\":[\"" + String.join("\",\"", APPS) + "\"]}"))
                + "\"}],\"mac\":\"" + MAC + "\"}"));
        for (int i = 0; i < 600; i++) {
            byte[] body = java.util.Arrays.copyOf(valid, 1 + r.nextInt(valid.length));
            if (i % 3 == 0) {
                body[r.nextInt(body.length)] ^= (byte) (1 + r.nextInt(255));
            }
            Exchange e = post("https://log.example.net/d" + i, body, "Content-Encoding", i % 2 == 0 ? "gzip" : "");
            assertThat(engine.detect(e)).isEqualTo(engine.detectEveryLeaf(e));
        }
        Exchange whole = post("https://log.example.net/d", valid, "Content-Encoding", "gzip");
        assertThat(engine.detect(whole).findings()).hasSizeGreaterThanOrEqualTo(4);
    }

    private static final String[] KEYS = {"id", "lat", "lng", "latitude", "longitude", "$latitude", "lon", "x",
            "apps", "com.tencent.mm", "imei", "mac", "tag", "price", "pb.1", "loc", "android_id", "t"};

    private static void object(Random r, StringBuilder sb, int depth) {
        sb.append('{');
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(KEYS[r.nextInt(KEYS.length)]).append("\":");
            value(r, sb, depth);
        }
        sb.append('}');
    }

    private static void value(Random r, StringBuilder sb, int depth) {
        switch (r.nextInt(depth > 2 ? 10 : 12)) {
            case 0 -> sb.append(List.of("39.9042", "116.4074", "39904200", "116407400", "1.5", "0", "-7").get(r.nextInt(7)));
            case 1 -> sb.append('"').append(List.of("39.90421,116.40741", "116.4074 39.9042", "a.b", "1.2.3", "ok",
                    "v1.0", "x.y.z.w.v.u.t").get(r.nextInt(7))).append('"');
            case 2 -> sb.append('"').append(APPS.get(r.nextInt(APPS.size()))).append('"');
            case 3 -> sb.append('"').append(String.join(",", APPS.subList(0, 1 + r.nextInt(APPS.size())))).append('"');
            case 4 -> sb.append('"').append(List.of(IMEI, ANDROID_ID, MAC, PHONE, md5(IMEI), "86" + PHONE,
                    "358240051111110").get(r.nextInt(7))).append('"');
            case 5 -> sb.append('"').append(List.of("hot", "new", "", "a", "abc", "短", "1", "xyz12").get(r.nextInt(8)))
                    .append('"');
            case 6 -> sb.append('"').append(base64(utf8("{\"imei\":\"" + IMEI + "\",\"lat\":39.9042,\"lng\":116.4074}")))
                    .append('"');
            case 7 -> sb.append(List.of("true", "false", "null").get(r.nextInt(3)));
            case 8, 9 -> sb.append(r.nextInt(100000));
            case 10 -> object(r, sb, depth + 1);
            default -> {
                sb.append('[');
                int n = 1 + r.nextInt(6);
                for (int i = 0; i < n; i++) {
                    sb.append(i == 0 ? "" : ",");
                    value(r, sb, depth + 1);
                }
                sb.append(']');
            }
        }
    }
}
