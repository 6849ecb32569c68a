package com.consentlens.detectors;

import com.consentlens.model.Exchange;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static com.consentlens.detectors.Fixtures.*;
import static com.consentlens.detectors.Payloads.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Garbage in any part of a request never breaks detection: detect() returns, whatever the bytes, and no
 * decoder or detector fails on the way (a fault would leave part of the payload unexamined).
 */
class HostileInputTest {
    private static final String[][] HEADERS = {
            {"Content-Type", "application/json"}, {"Content-Type", "application/x-www-form-urlencoded"},
            {"Content-Type", "multipart/form-data; boundary=x"}, {"Content-Encoding", "gzip"},
            {"Content-Encoding", "br"}, {"Content-Encoding", "deflate"}, {"Content-Encoding", "zstd"},
            {"Content-Type", "application/protobuf"}};

    @Test
    void detect_randomAndTruncatedBodies() {
        DetectionEngine engine = new DetectionEngine(profile(), catalog());
        Random random = new Random(2026);
        byte[] valid = gzip(utf8("{\"a\":[{\"b\":\"" + base64(utf8("{\"imei\":\"" + IMEI + "\"}")) + "\"}]}"));
        for (int i = 0; i < 400; i++) {
            byte[] body;
            if (i % 2 == 0) {
                body = new byte[random.nextInt(600)];
                random.nextBytes(body);
            } else {
                body = java.util.Arrays.copyOf(valid, 1 + random.nextInt(valid.length));
                body[random.nextInt(body.length)] ^= (byte) (1 + random.nextInt(255));
            }
            String[] h = HEADERS[i % HEADERS.length];
            Exchange e = post("https://log.example.net/r" + i + "?q=%E4%zz&x=" + i, body, h[0], h[1],
                    "Cookie", "a=%%; =; b", "Authorization", "Bearer eyJ.eyJ.");

            assertThat(engine.detect(e).faults()).as("decoders and detectors that failed").isEmpty();
        }
    }

    /**
     * Every SDK table row (JSON, XML, forms, multipart, protobuf, wrapped base64, percent-encoding…) damaged
     * many ways: detection, the decoded trail of each finding and the decoded tree never throw.
     */
    @Test
    void sdkTableRows_damagedManyWays_neverBreakDetectionTrailOrTree() {
        java.util.List<Exchange> rows = DetectionEngineTest.rows().map(a -> (Exchange) a.get()[2]).toList();
        DetectionEngine engine = new DetectionEngine(profile(), catalog());
        Random random = new Random(1123);
        byte[] junk = utf8("<>%\n\r=&\"{}[]:;/+\\\u0000\uFEFF");
        int findings = 0;
        for (int i = 0; i < 6_000; i++) {
            Exchange row = rows.get(i % rows.size());
            byte[] body = row.requestBody().toByteArray();
            for (int m = 1 + random.nextInt(3); m > 0 && body.length > 0; m--) {
                int at = random.nextInt(body.length);
                body = switch (random.nextInt(4)) {
                    case 0 -> { body[at] = (byte) random.nextInt(256); yield body; }
                    case 1 -> java.util.Arrays.copyOf(body, at);
                    case 2 -> splice(body, at, new byte[] {junk[random.nextInt(junk.length)]});
                    default -> splice(body, at, java.util.Arrays.copyOfRange(body, at, Math.min(body.length, at + 40)));
                };
            }
            Exchange e = Exchange.builder().flowId("f-" + i).method("POST").url(row.url())
                    .requestHeaders(row.requestHeaders()).requestBody(com.consentlens.model.Body.of(body)).build();
            DetectionResult result = engine.detect(e);
            assertThat(result.faults()).as("decoders and detectors that failed").isEmpty();
            java.util.List<com.consentlens.model.Finding> found = result.findings();
            findings += found.size();
            for (com.consentlens.model.Finding f : found) {
                assertThat(DecodedTrail.of(e, f)).isNotEmpty();
            }
            if (i % 10 == 0) {
                assertThat(DecodedTree.of(e)).isNotEmpty();
            }
        }
        assertThat(findings).as("damaged rows still carry most of their leaks").isGreaterThan(3_000);
    }

    private static byte[] splice(byte[] b, int at, byte[] insert) {
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at, out, at + insert.length, b.length - at);
        return out;
    }

    @Test
    void detect_longAppListValueIsCapped() {
        StringBuilder apps = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            apps.append(i == 0 ? "" : ";").append("com.vendor").append(i).append(".app").append("x".repeat(i % 7));
        }
        DetectionResult r = new DetectionEngine(com.consentlens.model.Profile.EMPTY, catalog())
                .detect(post("https://log.example.net/apps", "{\"pkgs\":\"" + apps + "\"}"));

        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.value()).hasSizeLessThanOrEqualTo(514).endsWith(",…"));
    }
}
