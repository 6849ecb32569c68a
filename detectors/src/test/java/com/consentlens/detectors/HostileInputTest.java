package com.consentlens.detectors;

import com.consentlens.model.Exchange;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static com.consentlens.detectors.Fixtures.*;
import static com.consentlens.detectors.Payloads.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Garbage in any part of a request never breaks detection: detect() returns, whatever the bytes. */
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

            assertThatCode(() -> engine.detect(e)).doesNotThrowAnyException();
        }
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
