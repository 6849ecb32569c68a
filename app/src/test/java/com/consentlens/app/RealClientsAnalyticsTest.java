package com.consentlens.app;

import static com.consentlens.app.MarkConsentEndToEndTest.awaitFindings;
import static com.consentlens.app.MarkConsentEndToEndTest.proxyAddress;
import static com.consentlens.app.MarkConsentEndToEndTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.app.session.LiveOptions;
import com.consentlens.app.session.LiveSession;
import com.consentlens.model.AppProfile;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Profile;
import com.fasterxml.jackson.databind.JsonNode;
import com.mixpanel.mixpanelapi.ClientDelivery;
import com.mixpanel.mixpanelapi.MessageBuilder;
import com.mixpanel.mixpanelapi.MixpanelAPI;
import com.segment.analytics.Analytics;
import com.segment.analytics.messages.TrackMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real analytics client libraries from Maven Central (Mixpanel's mixpanel-java, Twilio Segment's analytics-java)
 * sending their own wire format through the real proxy to a local HTTPS upstream. SDK host names reach the
 * upstream only through the proxy's host overrides. Events carry the profile's identifiers the way an app puts
 * them into event properties; events before the consent marker must be before-consent violations, events after
 * it must not.
 */
class RealClientsAnalyticsTest {
    static final String IMEI = "867530012345672";
    static final String OAID = "f1d2c3b4-a5e6-4789-9abc-def012345678";
    static final String GAID = "38400000-8cf0-11bd-b23e-10b96e40000d";
    static final String ANDROID_ID = "a3f5c2e1b7d94608"; // not 9774d56d682e549c: that is the known shared placeholder, deliberately ignored
    static final String PHONE = "13812345678";
    static final double LAT = 39.9042;
    static final double LNG = 116.4074;

    static Profile profile() {
        DeviceProfile d = new DeviceProfile("test phone", List.of(IMEI), List.of(), List.of(), List.of(), List.of(OAID),
                List.of(GAID), List.of(ANDROID_ID), List.of(), List.of(), List.of(PHONE), List.of(),
                new GeoPoint(LAT, LNG, 500), List.of(), List.of(), List.of());
        return new Profile(d, new AppProfile("com.example.shop", List.of("*.example-shop.com"), List.of("mixpanel", "segment")));
    }

    static Map<String, Object> identifiers() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("imei", IMEI);
        p.put("oaid", OAID);
        p.put("gaid", GAID);
        p.put("android_id", ANDROID_ID);
        p.put("phone", PHONE);
        p.put("lat", LAT);
        p.put("lng", LNG);
        return p;
    }

    static final Set<String> EXPECTED_PII = Set.of("IMEI", "OAID", "GAID", "ANDROID_ID", "PHONE", "LOCATION");

    static LiveSession start(Path dataDir, LocalUpstream upstream, String... hosts) throws Exception {
        return LiveSession.start(new LiveOptions(DataDirectory.resolve(dataDir), "clients", profile(),
                InetAddress.getLoopbackAddress(), 0, List.of(), true, upstream.overrides(Set.of(hosts)), null, 0, 0, 1).offlineOnly());
    }

    static X509TrustManager trustOnly(X509Certificate ca) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("consentlens", ca);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        return (X509TrustManager) tmf.getTrustManagers()[0];
    }

    static SSLContext ssl(X509TrustManager tm) throws Exception {
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new javax.net.ssl.TrustManager[] {tm}, null);
        return ssl;
    }

    /** Findings by pii type, only from the given host. */
    static Map<String, List<JsonNode>> byPii(List<JsonNode> findings, String host) {
        return findings.stream().filter(f -> host.equals(f.path("host").asText()))
                .collect(Collectors.groupingBy(f -> f.path("pii").asText(), LinkedHashMap::new, Collectors.toList()));
    }

    static final Map<String, String> KEY = Map.of("IMEI", "imei", "OAID", "oaid", "GAID", "gaid",
            "ANDROID_ID", "android_id", "PHONE", "phone", "LOCATION", "{lat,lng}");

    static void assertLeaks(List<JsonNode> findings, String host, String sdkId, List<String> encoding, String pathPrefix,
                            String phase) {
        Map<String, List<JsonNode>> byPii = byPii(findings, host);
        assertThat(byPii.keySet()).as("pii types found for %s in %s", host, findings).containsAll(EXPECTED_PII);
        for (String pii : EXPECTED_PII) {
            JsonNode f = byPii.get(pii).get(0);
            assertThat(f.path("match").asText()).as("match of %s", f).isEqualTo(pii.equals("LOCATION") ? "near" : "exact");
            assertThat(f.path("where").asText()).as("where of %s", f).isEqualTo("body");
            assertThat(f.path("path").asText()).as("path of %s", f).isEqualTo(pathPrefix + KEY.get(pii));
            assertThat(f.path("party").asText()).as("party of %s", f).isEqualTo("third");
            assertThat(f.path("sdk").path("id").asText()).as("sdk of %s", f).isEqualTo(sdkId);
            assertThat(f.path("phase").asText()).as("phase of %s", f).isEqualTo(phase);
            if (!pii.equals("LOCATION")) {
                assertThat(texts(f.get("encoding"))).as("encoding of %s", f).isEqualTo(encoding);
            } else {
                assertThat(texts(f.get("encoding"))).as("encoding of %s", f).startsWith(encoding.toArray(String[]::new));
            }
            List<String> violations = texts(f.get("violations"));
            if (phase.equals("before-consent")) {
                assertThat(violations).as("violations of %s", f).contains("COLLECT_BEFORE_CONSENT", "SHARE_BEFORE_CONSENT");
            } else {
                assertThat(violations).as("violations of %s", f).doesNotContain("COLLECT_BEFORE_CONSENT", "SHARE_BEFORE_CONSENT");
            }
        }
    }

    /**
     * mixpanel-java posts {@code data=<urlencoded base64 of a JSON array of events>} as
     * application/x-www-form-urlencoded to https://api.mixpanel.com/track through HttpURLConnection. A correct
     * decoder therefore reports form > base64 > json. The library has no proxy/SSL hooks, so the JVM defaults are
     * set for the test and restored afterwards.
     */
    @Test
    void mixpanel_javaLibrary_leaksFoundWithFormBase64JsonChain_andPhase(@TempDir Path dataDir) throws Exception {
        ProxySelector oldSelector = ProxySelector.getDefault();
        SSLSocketFactory oldFactory = HttpsURLConnection.getDefaultSSLSocketFactory();
        HostnameVerifier oldVerifier = HttpsURLConnection.getDefaultHostnameVerifier();
        try (LocalUpstream upstream = new LocalUpstream(); LiveSession live = start(dataDir, upstream, "api.mixpanel.com")) {
            InetSocketAddress proxy = proxyAddress(live);
            ProxySelector.setDefault(new ProxySelector() {
                @Override
                public List<Proxy> select(URI uri) {
                    return List.of(new Proxy(Proxy.Type.HTTP, proxy));
                }

                @Override
                public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                }
            });
            HttpsURLConnection.setDefaultSSLSocketFactory(ssl(trustOnly(live.ca().certificate())).getSocketFactory());

            // Mixpanel's /track answers "1" for accepted messages; the library throws on anything else.
            upstream.server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
                @Override
                public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                    return new okhttp3.mockwebserver.MockResponse().setBody("1");
                }
            });
            MixpanelAPI mixpanel = new MixpanelAPI();
            MessageBuilder messages = new MessageBuilder("test-project-token");
            ClientDelivery before = new ClientDelivery();
            before.addMessage(messages.event("user-1", "app_open", new JSONObject(identifiers())));
            mixpanel.deliver(before);
            List<JsonNode> beforeFindings = awaitFindings(live, EXPECTED_PII.size());
            assertLeaks(beforeFindings, "api.mixpanel.com", "mixpanel", List.of("form", "base64", "json"),
                    "form.data>$[0].properties.", "before-consent");

            // The window's "Decoded" tab: the stored request re-decoded down to the OAID, through the app's port.
            List<com.consentlens.model.Finding> stored = new java.util.ArrayList<>();
            live.store().forEachFinding(stored::add);
            com.consentlens.model.Finding oaid = stored.stream().filter(f -> f.pii().name().equals("OAID")).findFirst().orElseThrow();
            var port = com.consentlens.app.ui.SessionPortAdapter.live(live);
            List<com.consentlens.model.DecodedLayer> layers = port.decodedLayers(port.exchange(oaid.flowId()).orElseThrow(), oaid);
            assertThat(layers).extracting(com.consentlens.model.DecodedLayer::step).containsExactly("body", "form", "base64", "json");
            assertThat(layers.get(2).text()).as("mixpanel's data= field, base64-decoded").startsWith("[").contains(OAID);
            assertThat(layers.get(3).path()).isEqualTo(oaid.path());
            // and the "Structure" tab: the whole request as a tree, the OAID's place among the body's descendants
            java.util.List<String> paths = new java.util.ArrayList<>();
            java.util.function.Consumer<com.consentlens.model.DecodedNode>[] walk = new java.util.function.Consumer[1];
            walk[0] = n -> {
                paths.add(n.step() + " " + n.path());
                n.children().forEach(walk[0]);
            };
            port.decodedTree(port.exchange(oaid.flowId()).orElseThrow()).forEach(walk[0]);
            assertThat(paths).contains("body ", "form form.data", "base64 form.data", "json " + oaid.path());
            // and the "Flows" tab: the request attributed to Mixpanel, sent to a third party
            assertThat(port.exchanges()).filteredOn(x -> x.flowId().equals(oaid.flowId())).singleElement()
                    .satisfies(x -> {
                        assertThat(x.sdk().id()).isEqualTo("mixpanel");
                        assertThat(x.party()).isEqualTo(com.consentlens.model.Party.THIRD);
                    });

            live.store().addMarker(MarkerType.CONSENT, System.currentTimeMillis(), "");
            Thread.sleep(5);
            ClientDelivery after = new ClientDelivery();
            after.addMessage(messages.event("user-1", "purchase", new JSONObject(identifiers())));
            mixpanel.deliver(after);
            List<JsonNode> all = awaitFindings(live, beforeFindings.size() + EXPECTED_PII.size());
            assertLeaks(all.subList(beforeFindings.size(), all.size()), "api.mixpanel.com", "mixpanel",
                    List.of("form", "base64", "json"), "form.data>$[0].properties.", "after-consent");
            assertThat(upstream.server.getRequestCount()).isEqualTo(2);
            assertThat(((Number) live.status().get("dropped")).longValue()).isZero();
        } finally {
            ProxySelector.setDefault(oldSelector);
            HttpsURLConnection.setDefaultSSLSocketFactory(oldFactory);
            HttpsURLConnection.setDefaultHostnameVerifier(oldVerifier);
        }
    }

    /**
     * analytics-java (Segment) batches events as a plain JSON body {@code {"batch":[{..."properties":{...}}],...}}
     * POSTed to https://api.segment.io/v1/import over OkHttp (3.5.1 does not gzip), so the chain is just json.
     */
    @Test
    void segment_analyticsJava_leaksFoundWithJsonChain_andPhase(@TempDir Path dataDir) throws Exception {
        try (LocalUpstream upstream = new LocalUpstream(); LiveSession live = start(dataDir, upstream, "api.segment.io")) {
            X509TrustManager tm = trustOnly(live.ca().certificate());
            OkHttpClient client = new OkHttpClient.Builder()
                    .proxy(new Proxy(Proxy.Type.HTTP, proxyAddress(live)))
                    .sslSocketFactory(ssl(tm).getSocketFactory(), tm)
                    .connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS)
                    .build();
            Analytics analytics = Analytics.builder("test-write-key").client(client).endpoint("https://api.segment.io")
                    .flushInterval(1, TimeUnit.HOURS).retries(1).build();
            try {
                analytics.enqueue(TrackMessage.builder("app_open").userId("user-1").properties(identifiers()));
                analytics.flush();
                List<JsonNode> beforeFindings = awaitFindings(live, EXPECTED_PII.size());
                assertLeaks(beforeFindings, "api.segment.io", "segment", List.of("json"), "$.batch[0].properties.",
                        "before-consent");

                live.store().addMarker(MarkerType.CONSENT, System.currentTimeMillis(), "");
                Thread.sleep(5);
                analytics.enqueue(TrackMessage.builder("purchase").userId("user-1").properties(identifiers()));
                analytics.flush();
                List<JsonNode> all = awaitFindings(live, beforeFindings.size() + EXPECTED_PII.size());
                assertLeaks(all.subList(beforeFindings.size(), all.size()), "api.segment.io", "segment",
                        List.of("json"), "$.batch[0].properties.", "after-consent");
                assertThat(upstream.server.getRequestCount()).isEqualTo(2);
                assertThat(upstream.server.takeRequest().getPath()).startsWith("/v1/");
                assertThat(((Number) live.status().get("dropped")).longValue()).isZero();
            } finally {
                analytics.shutdown();
            }
        }
    }
}
