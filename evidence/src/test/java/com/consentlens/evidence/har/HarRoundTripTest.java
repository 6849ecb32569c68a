package com.consentlens.evidence.har;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.evidence.testing.Samples;
import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Headers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarRoundTripTest {
    @TempDir
    Path dir;

    static List<Exchange> exchanges() {
        long t = Samples.T0;
        byte[] latin1 = "name=M\u00fcller&imei=867530012345674".getBytes(StandardCharsets.ISO_8859_1);
        return List.of(
                Samples.umengUpload("f-000001", t),
                Exchange.builder().flowId("f-000002").client("192.168.1.23").startMillis(t + 10).endMillis(t + 10)
                        .method("POST").url("https://sdk.example.net/collect?imei=867530012345674&x=%E4%BD%A0")
                        .requestHeaders(Headers.of("Content-Type", "application/x-www-form-urlencoded; charset=iso-8859-1",
                                "X-Dup", "1", "X-Dup", "2"))
                        .requestBody(Body.of(latin1)).status(204).build(),
                Exchange.builder().flowId("f-000003").client("127.0.0.1").startMillis(t + 20).endMillis(t + 25)
                        .method("PUT").url("https://upload.example.net/blob")
                        .requestBody(Body.truncated(new byte[] {0, 1, 2, (byte) 0xff}, 5_000_000))
                        .status(200).responseHeaders(Headers.of("Content-Type", "text/plain; charset=utf-8"))
                        .responseBody(Body.of("好的 <ok> \"quoted\"".getBytes(StandardCharsets.UTF_8))).build(),
                Exchange.builder().flowId("f-000004").client("127.0.0.1").startMillis(t + 30).endMillis(t + 30)
                        .method("GET").url("https://pinned.example.net/").status(502).error("upstream refused").build(),
                // a message the phone sent on a WebSocket, as the proxy captures it
                Exchange.builder().flowId("f-000005").client("127.0.0.1").startMillis(t + 40).endMillis(t + 40)
                        .method("WS").url("wss://push.example.net/ws?token=1").status(101)
                        .requestBody(Body.of("{\"imei\":\"867530012345674\"}".getBytes(StandardCharsets.UTF_8))).build());
    }

    @Test
    void writeThenRead_keepsEveryBodyByteAndHeader() throws Exception {
        Path har = dir.resolve("flows.har");
        try (OutputStream out = Files.newOutputStream(har); HarWriter w = new HarWriter(out, "ConsentLens", "test")) {
            exchanges().forEach(w::write);
        }
        List<Exchange> back;
        try (Stream<Exchange> s = HarReader.read(har)) {
            back = s.collect(Collectors.toList());
        }
        assertThat(back).usingRecursiveFieldByFieldElementComparatorIgnoringFields("tls").isEqualTo(exchanges());
    }

    @Test
    void write_producesHar12WithRequiredFieldsAndBase64ForBinary() throws Exception {
        Path har = dir.resolve("flows.har");
        try (OutputStream out = Files.newOutputStream(har); HarWriter w = new HarWriter(out, "ConsentLens", "test")) {
            exchanges().forEach(w::write);
        }
        JsonNode log = new ObjectMapper().readTree(har.toFile()).get("log");
        assertThat(log.get("version").asText()).isEqualTo("1.2");
        assertThat(log.get("creator").get("name").asText()).isEqualTo("ConsentLens");
        for (JsonNode e : log.get("entries")) {
            assertThat(e.fieldNames()).toIterable().contains("startedDateTime", "time", "request", "response", "cache", "timings");
            assertThat(e.get("request").fieldNames()).toIterable().contains("method", "url", "httpVersion", "headers",
                    "queryString", "cookies", "headersSize", "bodySize");
            assertThat(e.get("response").fieldNames()).toIterable().contains("status", "statusText", "httpVersion",
                    "headers", "cookies", "content", "redirectURL", "headersSize", "bodySize");
            assertThat(e.get("timings").fieldNames()).toIterable().contains("send", "wait", "receive");
        }
        JsonNode first = log.get("entries").get(0);
        assertThat(first.get("request").get("postData").get("encoding").asText()).isEqualTo("base64");
        assertThat(first.get("response").get("content").get("encoding").asText()).isEqualTo("base64");
        assertThat(first.get("request").get("cookies").get(1).get("value").asText()).isEqualTo("42");
        JsonNode second = log.get("entries").get(1);
        assertThat(second.get("request").get("queryString").get(1).get("value").asText()).isEqualTo("你");
        assertThat(second.get("request").get("postData").get("encoding").asText()).isEqualTo("base64");
        JsonNode third = log.get("entries").get(2).get("response").get("content");
        assertThat(third.get("text").asText()).isEqualTo("好的 <ok> \"quoted\"");
        assertThat(third.has("encoding")).isFalse();
    }
}
