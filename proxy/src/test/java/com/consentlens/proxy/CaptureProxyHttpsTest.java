package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Exchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS and plain HTTP through one proxy, with a client that trusts the proxy's CA. */
class CaptureProxyHttpsTest {
    @TempDir
    static Path dir;
    static TestUpstream https;
    static TestUpstream http;
    static ProxyFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        https = TestUpstream.https();
        http = TestUpstream.http();
        fixture = new ProxyFixture(dir.resolve("ca"), ProxyFixture.config(https, http));
    }

    @AfterAll
    static void stop() {
        fixture.close();
        https.close();
        http.close();
    }

    @BeforeEach
    void drain() {
        fixture.exchanges.clear();
        fixture.events.clear();
    }

    @Test
    void get_overHttps_isCapturedWithAbsoluteUrlAndTlsInfo() throws Exception {
        HttpResponse<String> response = fixture.client().send(
                HttpRequest.newBuilder(URI.create("https://ulogs.umeng.com/config?app=shop")).header("X-Device", "abc").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hello");
        Exchange e = fixture.nextExchange();
        assertThat(e.flowId()).matches("f-\\d{6}");
        assertThat(e.client()).isEqualTo("127.0.0.1");
        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.url()).isEqualTo("https://ulogs.umeng.com/config?app=shop");
        assertThat(e.host()).isEqualTo("ulogs.umeng.com");
        assertThat(e.requestHeaders().first("X-Device")).contains("abc");
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.responseHeaders().first("X-Upstream")).contains("test");
        assertThat(e.responseBody().asString(StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(e.error()).isNull();
        assertThat(e.startMillis()).isPositive().isLessThanOrEqualTo(e.endMillis());
        assertThat(e.tls()).isNotNull();
        assertThat(e.tls().clientProtocol()).startsWith("TLSv1.");
        assertThat(e.tls().clientCipherSuite()).isNotBlank();
        assertThat(e.tls().sni()).isEqualTo("ulogs.umeng.com");
        assertThat(e.tls().upstreamProtocol()).startsWith("TLSv1.");
        assertThat(e.tls().upstreamVerified()).isTrue();
    }

    @Test
    void post_gzipBody_isCapturedWithTheExactBytesSent() throws Exception {
        byte[] gzipped = gzip("{\"imei\":\"867530012345674\"}");

        HttpResponse<String> response = fixture.client().send(HttpRequest.newBuilder(URI.create("https://ulogs.umeng.com/echo"))
                .header("Content-Encoding", "gzip").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzipped)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("ok:" + gzipped.length);
        Exchange e = fixture.nextExchange();
        assertThat(e.method()).isEqualTo("POST");
        assertThat(e.requestHeaders().first("content-encoding")).contains("gzip");
        assertThat(e.requestBody().toByteArray()).isEqualTo(gzipped);
        assertThat(e.requestBody().truncated()).isFalse();
        assertThat(https.received.get("/echo")).isEqualTo(gzipped);
    }

    @Test
    void post_chunkedBody_isCapturedWhole() throws Exception {
        byte[] body = "a=1&b=2&".repeat(5_000).getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> response = fixture.client().send(HttpRequest.newBuilder(URI.create("https://ulogs.umeng.com/echo"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("ok:" + body.length);
        Exchange e = fixture.nextExchange();
        assertThat(e.requestHeaders().first("Transfer-Encoding")).contains("chunked");
        assertThat(e.requestBody().toByteArray()).isEqualTo(body);
    }

    @Test
    void get_plainHttp_isCapturedWithoutTls() throws Exception {
        HttpResponse<String> response = fixture.client().send(
                HttpRequest.newBuilder(URI.create("http://plain.example/hello?x=1")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("hello");
        Exchange e = fixture.nextExchange();
        assertThat(e.url()).isEqualTo("http://plain.example/hello?x=1");
        assertThat(e.host()).isEqualTo("plain.example");
        assertThat(e.tls()).isNull();
        assertThat(e.intercepted()).isFalse();
        assertThat(e.status()).isEqualTo(200);
    }

    @Test
    void stats_countExchangesClientsAndProvider() throws Exception {
        fixture.client().send(HttpRequest.newBuilder(URI.create("http://plain.example/")).build(),
                HttpResponse.BodyHandlers.discarding());
        fixture.nextExchange();

        ProxyStats stats = fixture.proxy.stats();
        assertThat(stats.exchanges()).isPositive();
        assertThat(stats.clientsSeen()).isEqualTo(1);
        assertThat(stats.dropped()).isZero();
        assertThat(stats.tlsProvider()).isEqualTo("OpenSSL (BoringSSL)");
    }

    static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
