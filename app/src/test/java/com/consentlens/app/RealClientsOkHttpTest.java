package com.consentlens.app;

import static com.consentlens.app.MarkConsentEndToEndTest.awaitFindings;
import static com.consentlens.app.MarkConsentEndToEndTest.proxyAddress;
import static com.consentlens.app.MarkConsentEndToEndTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.app.session.LiveSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.X509TrustManager;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.RecordedRequest;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OkHttp straight through the real proxy: a gzip-encoded body, a chunked body (no known length) and 200
 * keep-alive requests on one client connection. Every leak must be found and nothing dropped.
 */
class RealClientsOkHttpTest {
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final String HOST = "ulogs.umeng.com";

    static byte[] body(int i) {
        return ("{\"seq\":" + i + ",\"header\":{\"imei\":\"" + RealClientsAnalyticsTest.IMEI + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] plain) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    static List<JsonNode> imei(List<JsonNode> findings) {
        return findings.stream().filter(f -> f.path("pii").asText().equals("IMEI")).toList();
    }

    /**
     * A push SDK's WebSocket (Getui's {@code wshz.getui.net} hosts are WebSocket gateways): OkHttp opens
     * {@code wss://} through the proxy, the socket keeps working, and a message carrying identifiers becomes
     * a flow whose leaks are found and judged like any request's.
     */
    @Test
    void webSocket_messagesAreFlowsWithTheirLeaksFound(@TempDir Path dataDir) throws Exception {
        String host = "wshz.getui.net";
        try (LocalUpstream upstream = new LocalUpstream();
             LiveSession live = RealClientsAnalyticsTest.start(dataDir, upstream, host)) {
            upstream.server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
                @Override
                public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                    return new okhttp3.mockwebserver.MockResponse().withWebSocketUpgrade(new okhttp3.WebSocketListener() {
                        @Override
                        public void onMessage(okhttp3.WebSocket ws, String text) {
                            ws.send("{\"ack\":1}");
                        }

                        @Override
                        public void onClosing(okhttp3.WebSocket ws, int code, String reason) {
                            ws.close(code, reason);
                        }
                    });
                }
            });
            X509TrustManager tm = RealClientsAnalyticsTest.trustOnly(live.ca().certificate());
            OkHttpClient client = new OkHttpClient.Builder().proxy(new Proxy(Proxy.Type.HTTP, proxyAddress(live)))
                    .sslSocketFactory(RealClientsAnalyticsTest.ssl(tm).getSocketFactory(), tm)
                    .protocols(List.of(okhttp3.Protocol.HTTP_1_1)).build();
            java.util.concurrent.BlockingQueue<String> acks = new java.util.concurrent.LinkedBlockingQueue<>();
            okhttp3.WebSocket ws = client.newWebSocket(new Request.Builder().url("wss://" + host + "/ws").build(),
                    new okhttp3.WebSocketListener() {
                        @Override
                        public void onMessage(okhttp3.WebSocket webSocket, String text) {
                            acks.add(text);
                        }

                        @Override
                        public void onClosed(okhttp3.WebSocket webSocket, int code, String reason) {
                            acks.add("closed " + code);
                        }
                    });

            ws.send("{\"action\":\"login\",\"cid\":\"c-1\",\"imei\":\"" + RealClientsAnalyticsTest.IMEI
                    + "\",\"oaid\":\"" + RealClientsAnalyticsTest.OAID + "\"}");

            assertThat(acks.poll(10, TimeUnit.SECONDS)).isEqualTo("{\"ack\":1}");
            List<JsonNode> findings = awaitFindings(live, 2);
            assertThat(findings).extracting(f -> f.path("pii").asText()).containsExactlyInAnyOrder("IMEI", "OAID");
            for (JsonNode f : findings) {
                assertThat(f.path("method").asText()).isEqualTo("WS");
                assertThat(f.path("url").asText()).isEqualTo("wss://" + host + "/ws");
                assertThat(f.path("where").asText()).isEqualTo("body");
                assertThat(f.path("sdk").path("id").asText()).isEqualTo("getui_push");
                assertThat(f.path("phase").asText()).isEqualTo("before-consent");
            }
            ws.close(1000, null);
            assertThat(acks.poll(10, TimeUnit.SECONDS)).as("the close handshake passes the proxy too").isEqualTo("closed 1000");
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    @Test
    void gzipChunkedAndKeepAlive_allFound_nothingDropped(@TempDir Path dataDir) throws Exception {
        try (LocalUpstream upstream = new LocalUpstream();
             LiveSession live = RealClientsAnalyticsTest.start(dataDir, upstream, HOST)) {
            InetSocketAddress proxy = proxyAddress(live);
            X509TrustManager tm = RealClientsAnalyticsTest.trustOnly(live.ca().certificate());
            AtomicInteger connects = new AtomicInteger();
            AtomicInteger acquired = new AtomicInteger();
            OkHttpClient client = new OkHttpClient.Builder()
                    .proxy(new Proxy(Proxy.Type.HTTP, proxy))
                    .sslSocketFactory(RealClientsAnalyticsTest.ssl(tm).getSocketFactory(), tm)
                    .protocols(List.of(okhttp3.Protocol.HTTP_1_1))
                    .connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS)
                    .eventListener(new EventListener() {
                        @Override
                        public void connectStart(Call call, InetSocketAddress address, Proxy p) {
                            connects.incrementAndGet();
                        }

                        @Override
                        public void connectionAcquired(Call call, okhttp3.Connection connection) {
                            acquired.incrementAndGet();
                        }
                    })
                    .build();
            String url = "https://" + HOST + "/unify_logs";

            // 1. gzip-encoded request body
            Request gz = new Request.Builder().url(url).header("Content-Encoding", "gzip")
                    .post(RequestBody.create(gzip(body(-1)), JSON_TYPE)).build();
            try (Response r = client.newCall(gz).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            List<JsonNode> afterGzip = awaitFindings(live, 1);
            assertThat(imei(afterGzip)).hasSize(1);
            JsonNode g = imei(afterGzip).get(0);
            assertThat(texts(g.get("encoding"))).isEqualTo(List.of("gzip", "json"));
            assertThat(g.path("path").asText()).isEqualTo("$.header.imei");
            assertThat(g.path("match").asText()).isEqualTo("exact");

            // 2. chunked request body: contentLength() == -1 makes OkHttp send Transfer-Encoding: chunked
            RequestBody chunked = new RequestBody() {
                @Override
                public MediaType contentType() {
                    return JSON_TYPE;
                }

                @Override
                public long contentLength() {
                    return -1;
                }

                @Override
                public void writeTo(BufferedSink sink) throws java.io.IOException {
                    byte[] b = body(-2);
                    sink.write(b, 0, 10);
                    sink.flush();
                    sink.write(b, 10, b.length - 10);
                }
            };
            try (Response r = client.newCall(new Request.Builder().url(url).post(chunked).build()).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            List<JsonNode> afterChunked = awaitFindings(live, afterGzip.size() + 1);
            assertThat(imei(afterChunked)).hasSize(2);
            JsonNode c = imei(afterChunked).get(1);
            assertThat(texts(c.get("encoding"))).isEqualTo(List.of("json"));
            assertThat(c.path("path").asText()).isEqualTo("$.header.imei");

            // 3. 200 keep-alive requests, sequential, one client connection
            int n = 200;
            for (int i = 0; i < n; i++) {
                try (Response r = client.newCall(new Request.Builder().url(url)
                        .post(RequestBody.create(body(i), JSON_TYPE)).build()).execute()) {
                    assertThat(r.code()).isEqualTo(200);
                    r.body().bytes();
                }
            }
            long deadline = System.currentTimeMillis() + 15_000;
            List<JsonNode> all = awaitFindings(live, 2 + n);
            while (imei(all).size() < n + 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
                all = awaitFindings(live, 2 + n);
            }
            assertThat(imei(all)).hasSize(n + 2);
            assertThat(connects.get()).as("TCP connects to the proxy").isEqualTo(1);
            assertThat(acquired.get()).isEqualTo(n + 2);
            assertThat(upstream.server.getRequestCount()).isEqualTo(n + 2);
            RecordedRequest first = upstream.server.takeRequest();
            assertThat(first.getHeader("Content-Encoding")).isEqualTo("gzip");
            int upstreamConnections = first.getSequenceNumber() == 0 ? 1 : 0;
            for (int i = 1; i < n + 2; i++) {
                if (upstream.server.takeRequest().getSequenceNumber() == 0) {
                    upstreamConnections++;
                }
            }
            assertThat(upstreamConnections).as("proxy-to-upstream connections (MockWebServer sequence 0)").isEqualTo(1);
            assertThat(((Number) live.status().get("dropped")).longValue()).isZero();
        }
    }
}
