package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consentlens.model.ProxyEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A proxy whose allowlist excludes loopback: the test's own client is then the stranger that must be refused. */
class CaptureProxyAllowlistTest {
    @TempDir
    static Path dir;
    static TestUpstream https;
    static TestUpstream http;
    static ProxyFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        https = TestUpstream.https();
        http = TestUpstream.http();
        fixture = new ProxyFixture(dir.resolve("ca"), ProxyFixture.config(https, http).defaultRanges(false)
                .allow(List.of(Cidr.parse("192.0.2.0/24"))));
    }

    @AfterAll
    static void stop() {
        fixture.close();
        https.close();
        http.close();
    }

    @Test
    void plainRequest_clientOutsideAllowlist_gets403AndIsReported() throws Exception {
        HttpResponse<String> response = fixture.client().send(HttpRequest.newBuilder(URI.create("http://plain.example/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("127.0.0.1 is not allowed");
        ProxyEvent event = fixture.awaitEvent(e -> e.kind() == ProxyEvent.Kind.FORBIDDEN_CLIENT);
        assertThat(event.client()).isEqualTo("127.0.0.1");
        assertThat(http.received).isEmpty();
        assertThat(fixture.exchanges.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void connect_clientOutsideAllowlist_isRefusedBeforeAnyUpstreamConnection() {
        assertThatThrownBy(() -> fixture.client().send(HttpRequest.newBuilder(URI.create("https://ulogs.umeng.com/")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class).hasMessageContaining("403");

        assertThat(https.received).isEmpty();
        assertThat(fixture.proxy.stats().clientsSeen()).isZero();
    }
}
