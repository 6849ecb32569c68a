package com.consentlens.app;

import com.consentlens.app.demo.DemoPhone;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;

/** A JDK HttpClient that behaves like a phone with our CA installed: through the proxy, trusting only our CA. */
final class PhoneClient {
    private final HttpClient http;

    PhoneClient(InetSocketAddress proxy, X509Certificate ca) {
        http = HttpClient.newBuilder().proxy(ProxySelector.of(proxy)).sslContext(DemoPhone.trustOnly(ca))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    int post(String url, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
