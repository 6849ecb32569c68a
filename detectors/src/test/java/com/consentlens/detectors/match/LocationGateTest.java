package com.consentlens.detectors.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byte gate before the lat,lng regex must never reject a string the regex would match, and the finding
 * value's fast formatting must print exactly what {@code %.6f} prints.
 */
class LocationGateTest {
    private static final Pattern PAIR = Pattern.compile("(-?\\d{1,3}\\.\\d{2,})\\s*[,;|_ ]\\s*(-?\\d{1,3}\\.\\d{2,})");
    private static final String CHARS = "0123456789..,;|_ \t\n-x";

    @Test
    void gateIsANecessaryConditionForTheRegex() {
        Random r = new Random(11);
        int matched = 0;
        for (int t = 0; t < 300_000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = 5 + r.nextInt(20);
            for (int i = 0; i < n; i++) {
                sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
            }
            String s = sb.toString();
            if (PAIR.matcher(s).find()) {
                matched++;
                assertThat(LocationDetector.pairShaped(s.getBytes(StandardCharsets.UTF_8))).as(s).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(100);
        assertThat(LocationDetector.pairShaped("31.2304,121.4737".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(LocationDetector.pairShaped("1.2.3-beta".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void fixed6PrintsWhatTheFormatterPrints() {
        Random r = new Random(3);
        double[] edges = {0.0, -0.0, -0.0000004, 0.0000005, -0.0000005, 39.9042, 116.4074, 179.9999995, -90, 1e-300,
                9.9999995, -9.9999995, 99.99999951, 0.001, -0.0019999996, 0.0099999995, 9999999.9999995, 1e7, 123456.5,
                Double.MAX_VALUE, -Double.MIN_VALUE, 0.1 + 0.2};
        for (double d : edges) {
            assertThat(LocationDetector.fixed6(d)).isEqualTo(String.format(java.util.Locale.ROOT, "%.6f", d));
        }
        for (int t = 0; t < 300_000; t++) {
            double d = switch (t % 5) {
                case 0 -> r.nextDouble() * 360 - 180;
                case 3 -> Math.pow(10, r.nextInt(14) - 5) * (r.nextDouble() - 0.5);
                case 4 -> Math.round(r.nextDouble() * 1e8) / 1e7 - 5 + 0.00000049999 * r.nextInt(3);
                case 1 -> Math.round(r.nextDouble() * 1e7) / 1e7 * (r.nextBoolean() ? 90 : -90);
                default -> r.nextInt(180_000_000) / 1e6 + 0.0000005;
            };
            assertThat(LocationDetector.fixed6(d)).isEqualTo(String.format(java.util.Locale.ROOT, "%.6f", d));
        }
    }

    /** Where a whole-number pair's separator is, or -1: two runs of 7–10 digits, each with an optional minus. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
            "116407400,39904200 # 9",
            "-116407400_-39904200 # 10",
            "399042000|1164074000 # 9",
            "39904200 116407400 # 8",
            "39904200,,116407400 # -1",
            "1234567,123456 # -1",
            "12345678901,12345678 # -1",
            "116407400,39904200,1 # -1",
            "1164-07400,39904200 # -1",
            "116407400,39904200x # -1",
    })
    void scaledPair_findsTheSeparator(String text, int separator) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);

        assertThat(LocationDetector.scaledPair(b, 0, b.length)).isEqualTo(separator);
    }
}
