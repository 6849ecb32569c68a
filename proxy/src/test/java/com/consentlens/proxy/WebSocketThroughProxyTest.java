package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Proxy;
import com.consentlens.model.Exchange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A WebSocket through the intercepting proxy (wss://, so through our certificate): it must keep working. */
class WebSocketThroughProxyTest {
    @TempDir
    Path dir;

    @Test
    void wss_throughProxy_upgradesAndCarriesMessagesBothWays() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.useHttps(TestUpstream.serverCertificates().sslSocketFactory(), false);
            server.enqueue(new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
                @Override
                public void onMessage(WebSocket ws, String text) {
                    ws.send("echo:" + text);
                }

                @Override
                public void onClosing(WebSocket ws, int code, String reason) {
                    ws.close(code, reason);
                }
            }));
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
            ProxyConfig.Builder config = ProxyConfig.builder().offline(true).upstreamTrust(List.of(TestUpstream.root()))
                    .hostOverrides(java.util.Map.of(TestUpstream.HOST,
                            new java.net.InetSocketAddress(server.getHostName(), server.getPort())));
            try (ProxyFixture fixture = new ProxyFixture(dir.resolve("ca"), config)) {
                X509TrustManager trust = HandshakeCertificatesTrust.of(fixture.ca.certificate());
                OkHttpClient client = new OkHttpClient.Builder().proxy(new Proxy(Proxy.Type.HTTP, fixture.address()))
                        .sslSocketFactory(HandshakeCertificatesTrust.socketFactory(trust), trust)
                        .protocols(List.of(Protocol.HTTP_1_1)).build();
                BlockingQueue<String> received = new LinkedBlockingQueue<>();
                WebSocket ws = client.newWebSocket(new Request.Builder().url("wss://" + TestUpstream.HOST + "/ws").build(),
                        new WebSocketListener() {
                            @Override
                            public void onMessage(WebSocket webSocket, String text) {
                                received.add(text);
                            }

                            @Override
                            public void onClosed(WebSocket webSocket, int code, String reason) {
                                received.add("closed " + code);
                            }

                            @Override
                            public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                                received.add("failure: " + t + " " + response);
                            }
                        });
                ws.send("imei=490154203237518");
                assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("echo:imei=490154203237518");
                ws.send("{\"oaid\":\"" + "6f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f".repeat(50) + "\"}");
                assertThat(received.poll(10, TimeUnit.SECONDS)).startsWith("echo:{\"oaid\"");

                List<Exchange> captured = new java.util.ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    captured.add(fixture.nextExchange());
                }
                captured.sort(java.util.Comparator.comparing(Exchange::flowId));
                Exchange handshake = captured.get(0);
                assertThat(handshake.method()).isEqualTo("GET");
                assertThat(handshake.status()).isEqualTo(101);
                assertThat(handshake.url()).isEqualTo("https://" + TestUpstream.HOST + "/ws");
                Exchange first = captured.get(1);
                assertThat(first.method()).isEqualTo("WS");
                assertThat(first.url()).isEqualTo("wss://" + TestUpstream.HOST + "/ws");
                assertThat(first.host()).isEqualTo(TestUpstream.HOST);
                assertThat(first.requestBody().asString(StandardCharsets.UTF_8)).isEqualTo("imei=490154203237518");
                Exchange second = captured.get(2);
                assertThat(second.requestBody().asString(StandardCharsets.UTF_8))
                        .as("OkHttp compresses with permessage-deflate").startsWith("{\"oaid\":\"6f0c").endsWith("\"}");
                ws.close(1000, "done");
                assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("closed 1000");
                client.dispatcher().executorService().shutdown();
                client.connectionPool().evictAll();
            }
        }
    }
}
