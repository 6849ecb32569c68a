package com.consentlens.detectors;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Header;
import com.consentlens.model.Headers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static com.consentlens.detectors.Fixtures.catalog;
import static com.consentlens.detectors.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the whole detection path (Jazzer): any request, decoded through every decoder
 * and matched by every detector, with and without the lab phone's profile. A decoder or detector that throws
 * on it is a fault (its part of the payload goes unexamined, so a leak could be missed), and every finding
 * must have a decoded trail that reaches it, because that trail is what the tester is shown.
 *
 * <p>An input is a request as text: the first line the URL's path and query (on an SDK's host), then
 * {@code Name: value} header lines, a blank line, and the body bytes. The seeds in
 * {@code DetectionFuzzTestInputs/anyRequest} are the SDK wire-format table's requests in this form, plus every
 * input a fuzzing run found wanting. {@code mvn verify} replays them (regression mode); to fuzz for real:
 * <pre>JAZZER_FUZZ=1 mvn -pl model,detectors test -Dtest=DetectionFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djazzer.max_duration=10m</pre>
 */
class DetectionFuzzTest {
    private static final DetectionEngine WITH_PROFILE = new DetectionEngine(profile(), catalog());
    private static final DetectionEngine WITHOUT_PROFILE = new DetectionEngine(null, catalog());

    @FuzzTest(maxDuration = "10m")
    void anyRequest(byte[] input) {
        Exchange exchange = request(input);
        for (DetectionEngine engine : List.of(WITH_PROFILE, WITHOUT_PROFILE)) {
            DetectionResult result = engine.detect(exchange);
            assertThat(result.faults()).as("decoders and detectors that failed").isEmpty();
            for (Finding f : result.findings()) {
                TrailChecks.assertTrailReaches(exchange, f);
            }
        }
        assertThat(DecodedTree.of(exchange)).isNotNull();
    }

    /** Reads the text form of a request described in the class comment. */
    static Exchange request(byte[] input) {
        int urlEnd = indexOf(input, 0);
        String target = new String(input, 0, urlEnd, StandardCharsets.ISO_8859_1);
        List<Header> headers = new ArrayList<>();
        int at = Math.min(input.length, urlEnd + 1);
        while (at < input.length) {
            int end = indexOf(input, at);
            String line = new String(input, at, end - at, StandardCharsets.ISO_8859_1);
            at = Math.min(input.length, end + 1);
            int colon = line.indexOf(':');
            if (line.isEmpty()) {
                break;
            }
            if (colon > 0) {
                headers.add(new Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(input, at, input.length);
        return Exchange.builder().flowId("f-fuzz").client("127.0.0.1").method(body.length == 0 ? "GET" : "POST")
                .url("https://ulogs.umeng.com" + (target.startsWith("/") ? "" : "/") + target)
                .host("ulogs.umeng.com").requestHeaders(Headers.of(headers)).requestBody(Body.of(body)).build();
    }

    /**
     * Writes the SDK table's requests as seeds into the directory given (the {@code anyRequest} inputs
     * directory under {@code src/test/resources}), one file per row, named after the row.
     */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(args[0]);
        java.nio.file.Files.createDirectories(dir);
        DetectionEngineTest.rows().forEach(a -> {
            String name = "seed-" + String.valueOf(a.get()[0]).replaceAll("[^A-Za-z0-9]+", "-");
            try {
                java.nio.file.Files.write(dir.resolve(name), text((Exchange) a.get()[2]));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The text form of {@code exchange}, as {@link #request} reads it (for seeds). */
    static byte[] text(Exchange exchange) {
        StringBuilder head = new StringBuilder();
        String url = exchange.url();
        int path = url.indexOf('/', url.indexOf("//") + 2);
        head.append(path < 0 ? "/" : url.substring(path)).append('\n');
        for (Header h : exchange.requestHeaders().lines()) {
            head.append(h.name()).append(": ").append(h.value()).append('\n');
        }
        head.append('\n');
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = exchange.requestBody().toByteArray();
        byte[] out = java.util.Arrays.copyOf(start, start.length + body.length);
        System.arraycopy(body, 0, out, start.length, body.length);
        return out;
    }

    private static int indexOf(byte[] input, int from) {
        for (int i = from; i < input.length; i++) {
            if (input[i] == '\n') {
                return i;
            }
        }
        return input.length;
    }
}
