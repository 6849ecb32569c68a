package com.consentlens.detectors;

import com.consentlens.model.Finding;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static com.consentlens.detectors.Fixtures.*;
import static com.consentlens.detectors.Payloads.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile payloads are harmless: decoding stops at a bound, says so, and detection goes on. */
class DetectionLimitsTest {
    private final DetectionEngine engine = new DetectionEngine(profile(), catalog());

    @Test
    void detect_tenThousandDeepJson() {
        String deep = "{\"imei\":\"" + IMEI + "\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        DetectionResult r = engine.detect(post("https://log.example.net/deep", deep));

        assertThat(r.limitsHit()).containsExactly("depth");
        assertThat(r.findings()).extracting(Finding::path).containsExactly("$.imei");
    }

    @Test
    void detect_gzipBombKeepsWhatWasDecoded() {
        byte[] padding = new byte[16 << 20];
        Arrays.fill(padding, (byte) 'a');
        byte[] json = (("{\"imei\":\"" + IMEI + "\",\"pad\":\"") + new String(padding, StandardCharsets.US_ASCII) + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] bomb = gzip(json);

        DetectionResult r = engine.detect(post("https://log.example.net/bomb", bomb, "Content-Encoding", "gzip"));

        assertThat(bomb.length).isLessThan(json.length / 500);
        assertThat(r.limitsHit()).containsExactly("expansion-ratio");
        assertThat(r.findings()).extracting(f -> f.path() + " " + f.encoding()).containsExactly("$.imei [gzip, json]");
    }

    @Test
    void detect_decodedBytesBudgetSpent() {
        DetectionLimits tight = new DetectionLimits(24, 64, 4096, 1_000, 10_000);
        String body = "{\"a\":\"" + "b".repeat(20_000) + "\",\"imei\":\"" + IMEI + "\"}";

        DetectionResult r = new DetectionEngine(profile(), catalog(), tight)
                .detect(post("https://log.example.net/budget", gzip(utf8(body)), "Content-Encoding", "gzip"));

        assertThat(r.limitsHit()).containsExactly("decoded-bytes");
        assertThat(r.findings()).isEmpty();
    }

    /** Decrypting SDK ciphertext spends the decoded-bytes budget like any other decoding. */
    @Test
    void detect_decodedBytesBudgetSpentOnCiphertext() {
        DetectionLimits tight = new DetectionLimits(24, 64, 4096, 1_000, 10_000);
        byte[] report = rc4(utf8("[{\"ky\":\"A4D1ZX8C2JPV\",\"pad\":\"" + "b".repeat(8_000) + "\",\"ui\":\"" + IMEI + "\"}]"));

        DetectionResult r = new DetectionEngine(profile(), catalog(), tight)
                .detect(post("https://pingma.qq.com/mstat/report", report, "Content-Encoding", "rc4"));
        DetectionResult roomy = engine.detect(post("https://pingma.qq.com/mstat/report", report, "Content-Encoding", "rc4"));

        assertThat(r.limitsHit()).containsExactly("decoded-bytes");
        assertThat(r.findings()).isEmpty();
        assertThat(roomy.findings()).extracting(f -> f.path() + " " + f.encoding()).containsExactly("$[0].ui [rc4-mta, json]");
    }

    @Test
    void detect_base64NestedBeyondMaxDepth() {
        String value = IMEI;
        for (int i = 0; i < 8; i++) {
            value = "{\"v\":\"" + base64(utf8(value)) + "\"}";
        }
        DetectionLimits shallow = new DetectionLimits(6, 64, 1 << 20, 100, 10_000);

        DetectionResult deep = new DetectionEngine(profile(), catalog()).detect(post("https://log.example.net/n", value));
        DetectionResult cut = new DetectionEngine(profile(), catalog(), shallow).detect(post("https://log.example.net/n", value));

        assertThat(deep.findings()).singleElement().satisfies(f -> assertThat(f.encoding()).hasSize(16));
        assertThat(deep.limitsHit()).isEmpty();
        assertThat(cut.limitsHit()).containsExactly("depth");
        assertThat(cut.findings()).isEmpty();
    }
}
