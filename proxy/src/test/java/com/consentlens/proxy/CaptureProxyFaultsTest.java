package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consentlens.model.Exchange;
import com.consentlens.model.ProxyEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults are recorded, not lost: dead upstreams, bad upstream TLS, timeouts, oversize bodies, untrusting clients. */
class CaptureProxyFaultsTest {
    static final int CAP = 1024;
    @TempDir
    static Path dir;
    static TestUpstream https;
    static TestUpstream http;
    static ProxyFixture fixture;
    static RawUpstream cutShort;
    static RawUpstream hangUp;

    @BeforeAll
    static void start() throws Exception {
        https = TestUpstream.https();
        http = TestUpstream.http();
        cutShort = new RawUpstream("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part");
        hangUp = new RawUpstream("");
        InetSocketAddress dead = new InetSocketAddress(InetAddress.getLoopbackAddress(), freePort());
        fixture = new ProxyFixture(dir.resolve("ca"), ProxyFixture.config(https, http).bodyCapBytes(CAP).responseBodyCapBytes(CAP)
                .upstreamTimeout(Duration.ofSeconds(1)).hostOverrides(Map.of("down.example", dead,
                        "cut.example", cutShort.address(), "hangup.example", hangUp.address())));
    }

    @AfterAll
    static void stop() throws IOException {
        fixture.close();
        cutShort.close();
        hangUp.close();
        https.close();
        http.close();
    }

    @BeforeEach
    void drain() {
        fixture.exchanges.clear();
        fixture.events.clear();
        fixture.accepting.set(true);
    }

    @Test
    void plainRequest_upstreamRefuses_clientGets502AndErrorExchangeIsRecorded() throws Exception {
        HttpResponse<String> response = fixture.client().send(HttpRequest.newBuilder(URI.create("http://down.example/a")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).startsWith("ConsentLens: upstream down.example").contains("refused");
        Exchange e = fixture.nextExchange();
        assertThat(e.isError()).isTrue();
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.url()).isEqualTo("http://down.example/a");
        assertThat(e.error()).contains("refused");
        fixture.awaitEvent(ev -> ev.kind() == ProxyEvent.Kind.UPSTREAM_ERROR && ev.host().equals("down.example"));
    }

    @Test
    void plainRequest_unresolvableHost_clientGets502SayingSoAndErrorExchangeIsRecorded() throws Exception {
        HttpResponse<String> response = fixture.client().send(HttpRequest.newBuilder(URI.create("http://nowhere.example/x?imei=1")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).isEqualTo("ConsentLens: cannot resolve nowhere.example\n");
        Exchange e = fixture.nextExchange();
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.url()).isEqualTo("http://nowhere.example/x?imei=1");
        assertThat(e.error()).isEqualTo("cannot resolve nowhere.example");
        fixture.awaitEvent(ev -> ev.kind() == ProxyEvent.Kind.UPSTREAM_ERROR && ev.host().equals("nowhere.example"));
    }

    @Test
    void connect_unresolvableHost_recordsConnectErrorExchange() throws Exception {
        assertThatThrownBy(() -> fixture.client().send(HttpRequest.newBuilder(URI.create("https://nowhere.example/")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);

        Exchange e = fixture.nextExchange();
        assertThat(e.method()).isEqualTo("CONNECT");
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.error()).contains("cannot resolve nowhere.example");
        assertThat(fixture.events).noneMatch(ev -> ev.kind() == ProxyEvent.Kind.BLIND_SPOT);
    }

    @Test
    void connect_upstreamRefuses_recordsConnectErrorExchange() throws Exception {
        assertThatThrownBy(() -> fixture.client().send(HttpRequest.newBuilder(URI.create("https://down.example/")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);

        Exchange e = fixture.nextExchange();
        assertThat(e.method()).isEqualTo("CONNECT");
        assertThat(e.url()).isEqualTo("https://down.example/");
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.error()).contains("refused");
        fixture.awaitEvent(ev -> ev.kind() == ProxyEvent.Kind.UPSTREAM_ERROR && ev.host().equals("down.example"));
        assertThat(fixture.events).noneMatch(ev -> ev.kind() == ProxyEvent.Kind.BLIND_SPOT);
    }

    @Test
    void connect_upstreamCertificateForAnotherName_isATlsUpstreamError() throws Exception {
        assertThatThrownBy(() -> fixture.client().send(
                HttpRequest.newBuilder(URI.create("https://wrong-name.example/")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);

        Exchange e = fixture.nextExchange();
        assertThat(e.error()).contains("TLS handshake with upstream wrong-name.example");
        assertThat(https.received).doesNotContainKey("/");
    }

    @Test
    void request_upstreamSilentPastTimeout_clientGets502() throws Exception {
        HttpResponse<String> response = fixture.client().send(HttpRequest.newBuilder(URI.create("http://plain.example/slow")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("did not answer in time");
        Exchange e = fixture.nextExchange();
        assertThat(e.error()).contains("did not answer in time");
        assertThat(e.status()).isEqualTo(502);
    }

    @Test
    void response_cutShortByUpstream_isRecordedAsErrorAndClientReleased() throws Exception {
        try {
            fixture.client().send(HttpRequest.newBuilder(URI.create("http://cut.example/x")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException expected) {
            // the client may or may not notice the short body; the captured exchange must
        }

        Exchange e = fixture.nextExchange();
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.error()).contains("closed the connection mid-response");
        // The bytes that came with the close may be decoded before or after the hang-up is noticed.
        assertThat("only part").startsWith(e.responseBody().asString(StandardCharsets.US_ASCII));
    }

    @Test
    void request_upstreamHangsUpWithoutAnswer_isRecordedAndTheClientIsNotLeftWaiting() throws Exception {
        assertThatThrownBy(() -> fixture.client().sendAsync(HttpRequest.newBuilder(URI.create("http://hangup.example/y")).build(),
                HttpResponse.BodyHandlers.ofString()).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);

        Exchange e = fixture.nextExchange();
        assertThat(e.url()).isEqualTo("http://hangup.example/y");
        assertThat(e.status()).isZero();
        assertThat(e.error()).isEqualTo("upstream hangup.example closed the connection without answering");
        fixture.awaitEvent(ev -> ev.kind() == ProxyEvent.Kind.UPSTREAM_ERROR && ev.host().equals("hangup.example"));
    }

    @Test
    void post_bodyAboveCap_isKeptTruncatedAndStillDelivered() throws Exception {
        byte[] body = "0123456789".repeat(1_000).getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> response = fixture.client().send(HttpRequest.newBuilder(URI.create("https://ulogs.umeng.com/echo"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok:" + body.length);
        assertThat(https.received.get("/echo")).isEqualTo(body);
        Exchange e = fixture.nextExchange();
        assertThat(e.requestBody().truncated()).isTrue();
        assertThat(e.requestBody().length()).isEqualTo(CAP);
        assertThat(e.requestBody().declaredLength()).isEqualTo(body.length);
        assertThat(e.requestBody().toByteArray()).isEqualTo(java.util.Arrays.copyOf(body, CAP));
        ProxyEvent event = fixture.awaitEvent(ev -> ev.kind() == ProxyEvent.Kind.OVERSIZE_BODY);
        assertThat(event.detail()).contains("request body of " + e.flowId());
    }

    @Test
    void get_responseAboveCap_isKeptTruncatedAndClientGetsItWhole() throws Exception {
        HttpResponse<String> response = fixture.client().send(HttpRequest.newBuilder(URI.create("http://plain.example/big")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).hasSize(5_000);
        Exchange e = fixture.nextExchange();
        assertThat(e.responseBody().truncated()).isTrue();
        assertThat(e.responseBody().length()).isEqualTo(CAP);
        assertThat(e.responseBody().declaredLength()).isEqualTo(5_000);
        fixture.awaitEvent(ev -> ev.kind() == ProxyEvent.Kind.OVERSIZE_BODY && ev.detail().startsWith("response"));
    }

    @Test
    void connect_clientDoesNotTrustOurCa_isReportedAsBlindSpot() throws Exception {
        HttpClient untrusting = HttpClient.newBuilder().proxy(ProxySelector.of(fixture.address()))
                .version(HttpClient.Version.HTTP_1_1).build();

        assertThatThrownBy(() -> untrusting.send(HttpRequest.newBuilder(URI.create("https://ulogs.umeng.com/pinned")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);

        ProxyEvent event = fixture.awaitEvent(ev -> ev.kind() == ProxyEvent.Kind.BLIND_SPOT);
        assertThat(event.host()).isEqualTo("ulogs.umeng.com");
        assertThat(event.client()).isEqualTo("127.0.0.1");
        assertThat(fixture.proxy.stats().blindSpots()).isPositive();
        // The 502 LittleProxy answers to the dead tunnel is not mistaken for an upstream failure.
        assertThat(fixture.exchanges.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(fixture.events).noneMatch(ev -> ev.kind() == ProxyEvent.Kind.UPSTREAM_ERROR);
    }

    @Test
    void curl_withoutOurCa_sendsAnAlertThatIsReportedAsBlindSpot() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(Path.of("/usr/bin/curl")));

        Curl.Result result = Curl.run(fixture.address(), "--cacert", TestUpstreamRootFile.write(dir),
                "https://ulogs.umeng.com/pinned");

        assertThat(result.exitCode()).isNotZero();
        ProxyEvent event = fixture.awaitEvent(ev -> ev.kind() == ProxyEvent.Kind.BLIND_SPOT);
        assertThat(event.detail()).contains("TLS alert");
        assertThat(fixture.exchanges.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void exchange_sinkFull_isCountedAsDropAndReportedOnce() throws Exception {
        fixture.accepting.set(false);
        long droppedBefore = fixture.proxy.stats().dropped();
        HttpClient client = fixture.client();

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://plain.example/" + i)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).isEqualTo("hello");
        }

        assertThat(fixture.proxy.stats().dropped() - droppedBefore).isEqualTo(5);
        assertThat(fixture.events).filteredOn(ev -> ev.kind() == ProxyEvent.Kind.QUEUE_OVERFLOW).hasSize(1);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
