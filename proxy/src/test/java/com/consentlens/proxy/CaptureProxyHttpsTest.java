package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.consentlens.model.Exchange;
import com.consentlens.model.ProxyEventSink;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.net.ssl.X509TrustManager;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
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

    @Test
    void curl_throughProxyWithOurCa_isCapturedAndNegotiatesHttp11() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl not installed");
        byte[] gzipped = gzip("{\"oaid\":\"6f0c1d2e\"}");
        Path body = Files.write(dir.resolve("body.gz"), gzipped);

        Curl.Result result = Curl.run(fixture.address(), "--cacert", fixture.ca.certificatePath().toString(),
                "-H", "Content-Encoding: gzip", "--data-binary", "@" + body, "https://ulogs.umeng.com/echo");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).isEqualTo("ok:" + gzipped.length);
        Exchange e = fixture.nextExchange();
        assertThat(e.url()).isEqualTo("https://ulogs.umeng.com/echo");
        assertThat(e.requestBody().toByteArray()).isEqualTo(gzipped);
        assertThat(e.tls().alpn()).as("curl offers h2 but we only speak http/1.1").isEqualTo("http/1.1");
    }

    @Test
    void okHttp_keepAlive_manyRequestsOnOneConnectionAreAllCaptured() throws Exception {
        AtomicInteger connects = new AtomicInteger();
        X509TrustManager trust = HandshakeCertificatesTrust.of(fixture.ca.certificate());
        OkHttpClient client = new OkHttpClient.Builder()
                .proxy(new Proxy(Proxy.Type.HTTP, fixture.address()))
                .sslSocketFactory(HandshakeCertificatesTrust.socketFactory(trust), trust)
                .protocols(List.of(Protocol.HTTP_1_1))
                .eventListener(new EventListener() {
                    @Override
                    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
                        connects.incrementAndGet();
                    }
                }).build();

        for (int i = 0; i < 40; i++) {
            try (Response response = client.newCall(new Request.Builder().url("https://ulogs.umeng.com/echo")
                    .post(RequestBody.create(("n=" + i).getBytes(StandardCharsets.UTF_8))).build()).execute()) {
                assertThat(response.body().string()).isEqualTo("ok:" + ("n=" + i).length());
            }
        }

        assertThat(connects).hasValue(1);
        List<Exchange> captured = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            captured.add(fixture.nextExchange());
        }
        assertThat(captured).extracting(x -> x.requestBody().asString(StandardCharsets.UTF_8))
                .containsExactlyElementsOf(IntStream.range(0, 40).mapToObj(i -> "n=" + i).toList());
        assertThat(captured).extracting(Exchange::flowId).isSorted().doesNotHaveDuplicates();
        client.connectionPool().evictAll();
    }

    @Test
    void onboarding_directToProxyPort_servesPageAndBothCertificateFormats() throws Exception {
        HttpClient direct = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + fixture.address().getPort();

        HttpResponse<String> page = direct.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> pem = direct.send(HttpRequest.newBuilder(URI.create(base + "/ca.pem")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<byte[]> der = direct.send(HttpRequest.newBuilder(URI.create(base + "/ca.crt")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains(fixture.ca.sha256Fingerprint(), fixture.ca.subjectHashOld() + ".0",
                "/ca.pem", "/ca.crt", "安装证书", "Certificate Trust Settings", "network_security_config");
        assertThat(pem.headers().firstValue("content-type")).hasValue("application/x-pem-file");
        assertThat(pem.body()).isEqualTo(fixture.ca.toPem());
        assertThat(der.headers().firstValue("content-type")).hasValue("application/x-x509-ca-cert");
        assertThat(der.body()).isEqualTo(fixture.ca.toDer());
        assertThat(fixture.exchanges).isEmpty();
    }

    @Test
    void onboarding_throughProxyByName_isServedAndNotCaptured() throws Exception {
        HttpResponse<byte[]> der = fixture.client().send(
                HttpRequest.newBuilder(URI.create("http://consentlens.local/ca.der")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> missing = fixture.client().send(
                HttpRequest.newBuilder(URI.create("http://consentlens.local/nothing")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(der.statusCode()).isEqualTo(200);
        assertThat(der.body()).isEqualTo(fixture.ca.toDer());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(fixture.exchanges.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void start_portAlreadyInUse_failsWithOneLineMessage() {
        int taken = fixture.address().getPort();

        assertThatThrownBy(() -> CaptureProxy.start(ProxyConfig.builder().bindAddress(InetAddress.getLoopbackAddress())
                .port(taken).build(), fixture.ca, e -> true, ProxyEventSink.NONE))
                .isInstanceOf(ProxyStartException.class)
                .hasMessage("port " + taken + " is already in use");
    }

    static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
