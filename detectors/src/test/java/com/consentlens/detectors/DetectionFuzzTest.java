package com.consentlens.detectors;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.consentlens.detectors.decode.TextCheck;
import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Header;
import com.consentlens.model.Headers;
import com.consentlens.model.MatchKind;
import com.consentlens.model.PiiType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * A payload behind up to three layers of encoding that the fuzzer could not produce by mutating bytes
     * (compression, base64, a form field, a JSON string): the first byte's low two bits give the number of
     * layers, the next bytes pick each layer (outermost first), the rest is the payload. This reaches the
     * decoders and detectors behind compressed and encoded layers, where SDK payloads live.
     */
    @FuzzTest(maxDuration = "10m")
    void payloadBehindEncodings(byte[] input) {
        int layers = input.length == 0 ? 0 : Math.min(input[0] & 3, input.length - 1);
        byte[] payload = Arrays.copyOfRange(input, Math.min(input.length, 1 + layers), input.length);
        for (int i = layers; i >= 1; i--) {
            payload = EncodingLayer.values()[(input[i] & 0xff) % EncodingLayer.values().length].wrap(payload);
        }
        Exchange exchange = Fixtures.post("https://ulogs.umeng.com/unify_logs", payload);
        for (DetectionEngine engine : List.of(WITH_PROFILE, WITHOUT_PROFILE)) {
            DetectionResult result = engine.detect(exchange);
            assertThat(result.faults()).as("decoders and detectors that failed").isEmpty();
            for (Finding f : result.findings()) {
                TrailChecks.assertTrailReaches(exchange, f);
            }
        }
    }

    /**
     * A leak stays a leak behind one more layer: every profile identifier found in a text payload sent as it is
     * is found again when the same payload is sent behind one layer of compression or encoding (the first
     * byte picks it; the layer is declared the way an SDK declares it: brotli and raw deflate by
     * Content-Encoding, a form by Content-Type). Metamorphic: no expected findings are written down, the
     * payload sent plainly is the oracle.
     */
    @FuzzTest(maxDuration = "10m")
    void sameLeaksBehindOneMoreLayer(byte[] input) {
        if (input.length < 2) {
            return;
        }
        byte[] payload = Arrays.copyOfRange(input, 1, input.length);
        if (!TextCheck.isText(payload)) {
            return; // the oracle is a text payload (a binary one behind base64 is rightly not followed)
        }
        EncodingLayer layer = EncodingLayer.values()[(input[0] & 0xff) % EncodingLayer.values().length];
        if (layer == EncodingLayer.HEX && (payload.length == 16 || payload.length == 20 || payload.length == 32)) {
            return; // hex as long as an MD5, SHA-1 or SHA-256 digest is taken for one (HexDecoder), by design
        }
        String start = new String(payload, 0, Math.min(8, payload.length), StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        if (start.startsWith("http://") || start.startsWith("https://")) {
            return; // a URL in a value (a field, a decoded layer) is read as its path, query and fragment, by design
        }
        Exchange plain = Fixtures.post("https://ulogs.umeng.com/unify_logs", payload);
        Exchange wrapped = Fixtures.post("https://ulogs.umeng.com/unify_logs", layer.wrap(payload), layer.headers());
        Set<String> before = leaks(WITH_PROFILE.detect(plain));
        Set<String> after = leaks(WITH_PROFILE.detect(wrapped));
        assertThat(after).as("behind " + layer).containsAll(before);
    }

    private static Set<String> leaks(DetectionResult result) {
        Set<String> out = new TreeSet<>();
        for (Finding f : result.findings()) {
            // identifiers only: an app list or a location is judged on a group of values, and one more layer
            // may rightly regroup them (a text that turns out to be a URL is read as its query's fields)
            if (f.match() == MatchKind.EXACT && f.pii() != PiiType.APP_LIST) {
                out.add(f.pii() + " " + f.value()); // the profile value (masked), whatever variant matched
            }
        }
        return out;
    }

    /** The wrappers of {@link #payloadBehindEncodings}. */
    enum EncodingLayer {
        GZIP, ZLIB, RAW_DEFLATE, ZSTD, BROTLI, BASE64, BASE64URL, HEX, FORM_FIELD, JSON_STRING, MINTEGRAL_BASE64, UMENG_ENVELOPE, KUAISHOU_MESSAGE,
        MTA_REPORT, ALIBABA_UT, BYTEDANCE_TT_DATA, PANGLE_CYPHER_2, BUGLY_JCE, GETUI_FRAME, GETUI_APP_REPORT;

        byte[] wrap(byte[] b) {
            return switch (this) {
                case GZIP -> Payloads.gzip(b);
                case ZLIB -> Payloads.deflate(b, true);
                case RAW_DEFLATE -> Payloads.deflate(b, false);
                case ZSTD -> Payloads.zstd(b);
                case BROTLI -> Payloads.brotli(b);
                case BASE64 -> Payloads.utf8(Payloads.base64(b));
                case BASE64URL -> Payloads.utf8(Payloads.base64Url(b));
                case HEX -> Payloads.utf8(Payloads.hex(b));
                case FORM_FIELD -> Payloads.utf8("v=2&data=" + Payloads.url(new String(b, StandardCharsets.UTF_8)));
                case JSON_STRING -> Payloads.utf8("{\"data\":\"" + jsonEscaped(new String(b, StandardCharsets.UTF_8)) + "\"}");
                case MINTEGRAL_BASE64 -> Payloads.utf8(Payloads.mintegralBase64(b));
                case UMENG_ENVELOPE -> DetectionEngineTest.umengEncryptedEnvelope(b);
                case KUAISHOU_MESSAGE -> Payloads.utf8(Payloads.kuaishouMessage(b));
                case MTA_REPORT -> Payloads.mtaPacked(b);
                case ALIBABA_UT -> Payloads.rc4(Payloads.gzip(b), Payloads.ALIBABA_RC4_KEY);
                case BYTEDANCE_TT_DATA -> Payloads.byteDanceTtData(Payloads.gzip(b));
                case PANGLE_CYPHER_2 -> Payloads.utf8(Payloads.pangleCypher2Message(b, "3fa85f6457174562"));
                case BUGLY_JCE -> Payloads.gzip(new Jce().i8(0, (byte) 1).string(1, "4d6e7f8a90").bytes(5, b).build());
                case GETUI_FRAME -> Payloads.getuiFrame(b, 1763883662123L);
                case GETUI_APP_REPORT -> Payloads.utf8("{\"action\":\"reportApps\",\"apps\":" + Payloads.orgJsonQuote(
                        new String(Payloads.getuiFrame(b, 1763883662123L), StandardCharsets.ISO_8859_1)) + "}");
            };
        }

        /** The headers an SDK sends with a body of this layer, where the bytes alone do not say it. */
        String[] headers() {
            return switch (this) {
                case RAW_DEFLATE -> new String[] {"Content-Encoding", "deflate"};
                case BROTLI -> new String[] {"Content-Encoding", "br"};
                case FORM_FIELD -> new String[] {"Content-Type", "application/x-www-form-urlencoded"};
                case JSON_STRING -> new String[] {"Content-Type", "application/json"};
                default -> new String[0];
            };
        }

        private static String jsonEscaped(String s) {
            StringBuilder out = new StringBuilder(s.length() + 16);
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
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
        byte[] body = Arrays.copyOfRange(input, at, input.length);
        return Exchange.builder().flowId("f-fuzz").client("127.0.0.1").method(body.length == 0 ? "GET" : "POST")
                .url("https://ulogs.umeng.com" + (target.startsWith("/") ? "" : "/") + target)
                .host("ulogs.umeng.com").requestHeaders(Headers.of(headers)).requestBody(Body.of(body)).build();
    }

    /**
     * Writes the SDK table's requests as seeds into the directory given (the {@code anyRequest} inputs
     * directory under {@code src/test/resources}), one file per row, named after the row; and their bodies,
     * behind two layers, beside it for {@code payloadBehindEncodings}.
     */
    /** The engine's table rows, whose requests seed the fuzzers. */
    private static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> tableRows() {
        return java.util.stream.Stream.concat(DetectionEngineTest.rows(), TencentJceTest.rows());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Path layered = dir.resolveSibling("payloadBehindEncodings");
        Files.createDirectories(layered);
        int[] n = {0};
        tableRows().forEach(a -> {
            byte[] body = ((Exchange) a.get()[2]).requestBody().toByteArray();
            if (body.length > 0) { // gzip > base64 > (the row's body), then form field > zstd > (the body)
                byte[] lead = n[0]++ % 2 == 0 ? new byte[] {2, 0, 5} : new byte[] {2, 8, 3};
                byte[] seed = Arrays.copyOf(lead, lead.length + body.length);
                System.arraycopy(body, 0, seed, lead.length, body.length);
                try {
                    Files.write(layered.resolve("seed-" + n[0]), seed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        tableRows().forEach(a -> {
            String name = "seed-" + String.valueOf(a.get()[0]).replaceAll("[^A-Za-z0-9]+", "-");
            try {
                Files.write(dir.resolve(name), text((Exchange) a.get()[2]));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
        byte[] out = Arrays.copyOf(start, start.length + body.length);
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
