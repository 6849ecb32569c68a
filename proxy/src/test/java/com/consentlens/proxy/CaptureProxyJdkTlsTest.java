package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Exchange;
import com.consentlens.model.ProxyEvent;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fallback for platforms without netty-tcnative: the same capture with the JDK's TLS engines. */
class CaptureProxyJdkTlsTest {
    @TempDir
    Path dir;

    @Test
    void capture_withJdkEngines_decryptsAndSeesBlindSpots() throws Exception {
        try (TestUpstream https = TestUpstream.https(); TestUpstream http = TestUpstream.http();
             ProxyFixture fixture = new ProxyFixture(dir, ProxyFixture.config(https, http), SslProvider.JDK)) {
            byte[] gzipped = CaptureProxyHttpsTest.gzip("{\"androidId\":\"9774d56d682e549c\"}");

            HttpResponse<String> response = fixture.client().send(HttpRequest.newBuilder(URI.create("https://ulogs.umeng.com/echo"))
                    .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(gzipped)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(response.body()).isEqualTo("ok:" + gzipped.length);
            Exchange e = fixture.nextExchange();
            assertThat(e.requestBody().toByteArray()).isEqualTo(gzipped);
            assertThat(e.tls().upstreamVerified()).isTrue();
            assertThat(e.tls().alpn()).isIn("http/1.1", null);
            assertThat(fixture.proxy.stats().tlsProvider()).isEqualTo("JDK");

            HttpClient untrusting = HttpClient.newBuilder().proxy(ProxySelector.of(fixture.address())).build();
            try {
                untrusting.send(HttpRequest.newBuilder(URI.create("https://ulogs.umeng.com/")).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException expected) {
                // the client refuses our certificate, which is the point
            }
            assertThat(fixture.awaitEvent(ev -> ev.kind() == ProxyEvent.Kind.BLIND_SPOT).host()).isEqualTo("ulogs.umeng.com");
        }
    }
}
