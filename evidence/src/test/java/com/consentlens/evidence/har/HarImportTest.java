package com.consentlens.evidence.har;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consentlens.evidence.testing.Samples;
import com.consentlens.model.Exchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HAR files in the shapes real tools export, under src/test/resources/har. */
class HarImportTest {
    static final String DECODED = HarEntryParser.ORIGINAL_ENCODING_HEADER;

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(HarImportTest.class.getResource("/har/" + name).toURI());
    }

    static List<Exchange> readAll(Path har) {
        try (Stream<Exchange> s = HarReader.read(har)) {
            return s.collect(Collectors.toList());
        }
    }

    static Stream<Arguments> firstEntries() {
        return Stream.of(
                // file, entries, method, url, request body, start, duration
                Arguments.of("mitmproxy.har", 2, "POST", "https://ulogs.umeng.com/unify_logs",
                        "{\"header\":{\"imei\":\"" + Samples.IMEI + "\",\"os\":\"Android\"}}", "2026-11-23T07:41:02.123Z", 87),
                Arguments.of("charles.har", 1, "POST", "https://api.jpush.cn/v3/report",
                        "imei=" + Samples.IMEI + "&oaid=6f0c1d2e-7a8b-4c5d-9e0f-112233445566", "2026-11-23T07:41:03.200Z", 45),
                Arguments.of("chrome.har", 2, "POST", "https://m.example-shop.com/api/login",
                        "phone=13812345678&code=1234", "2026-11-23T07:42:01.500Z", 33),
                Arguments.of("firefox.har", 1, "POST", "https://sdk.e.qq.com/report",
                        "android+id=9774d56d682e549c&lat=39.9042", "2026-11-23T07:44:00.000Z", 0));
    }

    @ParameterizedTest
    @MethodSource("firstEntries")
    void read_toolExports_giveRequestAsSent(String file, int entries, String method, String url, String body,
                                            String start, long duration) throws Exception {
        List<Exchange> all = readAll(fixture(file));
        assertThat(all).hasSize(entries);
        Exchange e = all.get(0);
        assertThat(e.flowId()).isEqualTo("h-000001");
        assertThat(e.client()).isEmpty();
        assertThat(e.method()).isEqualTo(method);
        assertThat(e.url()).isEqualTo(url);
        assertThat(e.requestBody().asString(StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(e.startMillis()).isEqualTo(Instant.parse(start).toEpochMilli());
        assertThat(e.durationMillis()).isEqualTo(duration);
    }

    @Test
    void read_decodedBodyUnderStaleContentEncoding_renamesTheHeader() throws Exception {
        Exchange mitm = readAll(fixture("mitmproxy.har")).get(0);
        assertThat(mitm.requestHeaders().first("Content-Encoding")).isEmpty();
        assertThat(mitm.requestHeaders().first(DECODED)).hasValue("gzip");
        assertThat(mitm.responseHeaders().first(DECODED)).hasValue("gzip");
        Exchange charles = readAll(fixture("charles.har")).get(0);
        assertThat(charles.responseHeaders().first(DECODED)).hasValue("br");
        assertThat(charles.responseBody().asString(StandardCharsets.UTF_8)).isEqualTo("成功 ok");
    }

    @Test
    void read_base64BodiesStillCompressed_keepsBytesAndHeader() throws Exception {
        Exchange e = readAll(fixture("httptoolkit.har")).get(0);
        byte[] req = e.requestBody().toByteArray();
        assertThat(req).startsWith(0x08, 0x96, 0x01, 0xff, 0xfe);
        assertThat(new String(req, 5, req.length - 5, StandardCharsets.US_ASCII)).isEqualTo(Samples.IMEI);
        assertThat(e.responseHeaders().first("content-encoding")).hasValue("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(e.responseBody().toByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("6f0c1d2e");
        }
    }

    @Test
    void read_binaryResponseAndFailedEntry_decodeBase64AndRecordError() throws Exception {
        assertThat(readAll(fixture("mitmproxy.har")).get(1).responseBody().toByteArray())
                .containsExactly(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
        Exchange failed = readAll(fixture("chrome.har")).get(1);
        assertThat(failed.isError()).isTrue();
        assertThat(failed.error()).isEqualTo("net::ERR_CERT_AUTHORITY_INVALID");
        assertThat(failed.host()).isEqualTo("pinned.example.net");
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("[]", "not a HAR file", -1, ""),
                Arguments.of("{\"log\":{\"version\":\"1.2\"}}", "missing", -1, "log.entries"),
                Arguments.of("{\"log\":{\"entries\":[{\"startedDateTime\":\"2026-11-23T07:00:00Z\",\"request\":{\"url\":\"https://a/\"}}]}}",
                        "missing", 0, "request.method"),
                Arguments.of("{\"log\":{\"entries\":[{\"startedDateTime\":\"2026-11-23T07:00:00Z\",\"request\":{\"method\":\"GET\",\"url\":\"https://a/\"}},"
                        + "{\"startedDateTime\":\"yesterday\",\"request\":{\"method\":\"GET\",\"url\":\"https://a/\"}}]}}",
                        "not an ISO 8601 time", 1, "startedDateTime"),
                Arguments.of("{\"log\":{\"entries\":[{\"startedDateTime\":\"2026-11-23T07:00:00Z\",\"request\":{\"method\":\"POST\",\"url\":\"https://a/\","
                        + "\"postData\":{\"text\":\"%%%\",\"encoding\":\"base64\"}}}]}}", "invalid base64", 0, "request.postData.text"));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void read_brokenFile_namesFileEntryAndField(String json, String problem, int entry, String field,
                                                @TempDir Path dir) throws IOException {
        Path har = Files.writeString(dir.resolve("broken.har"), json);
        assertThatThrownBy(() -> readAll(har)).isInstanceOfSatisfying(HarFormatException.class, e -> {
            assertThat(e.file()).endsWith("broken.har");
            assertThat(e.entryIndex()).isEqualTo(entry);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains("broken.har").contains(problem);
        });
    }
}
