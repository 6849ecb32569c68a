package com.consentlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.app.cli.ConsentLensCommand;
import com.consentlens.app.control.ControlClient;
import com.consentlens.app.control.ControlToken;
import com.consentlens.app.session.LiveOptions;
import com.consentlens.app.session.LiveSession;
import com.consentlens.model.AppProfile;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.Profile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tester's loop end to end, in one JVM with real parts: a proxy on 127.0.0.1:0, a local HTTPS upstream
 * standing in for Umeng, a phone-like HttpClient trusting our CA, the control API, and `consentlens mark`
 * through the real CLI code path. A request before the mark is before-consent with COLLECT and SHARE
 * violations; a request after it is after-consent.
 */
class MarkConsentEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String IMEI = "867530012345672";

    static Profile profile() {
        DeviceProfile d = new DeviceProfile("test phone", List.of(IMEI), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of());
        return new Profile(d, new AppProfile("com.example.shop", List.of("*.example-shop.com"), List.of("jpush")));
    }

    @Test
    void markFromCli_changesPhaseOfLaterFindings(@TempDir Path dataDir) throws Exception {
        try (LocalUpstream upstream = new LocalUpstream();
             LiveSession live = LiveSession.start(new LiveOptions(DataDirectory.resolve(dataDir), "e2e", profile(),
                     InetAddress.getLoopbackAddress(), 0, List.of(), true,
                     upstream.overrides(Set.of("ulogs.umeng.com")), null, 0, 0, 1).offlineOnly())) {
            PhoneClient phone = new PhoneClient(proxyAddress(live), live.ca().certificate());
            byte[] body = ("{\"header\":{\"imei\":\"" + IMEI + "\",\"app\":\"com.example.shop\"}}").getBytes(StandardCharsets.UTF_8);

            assertThat(phone.post("https://ulogs.umeng.com/unify_logs", "application/json", body)).isEqualTo(200);
            List<JsonNode> before = awaitFindings(live, 1);

            int exit = ConsentLensCommand.execute("mark", "consent", "--data-dir", dataDir.toString());
            assertThat(exit).isZero();

            assertThat(phone.post("https://ulogs.umeng.com/unify_logs", "application/json", body)).isEqualTo(200);
            List<JsonNode> all = awaitFindings(live, before.size() + 1);

            JsonNode first = all.get(0);
            assertThat(first.get("pii").asText()).isEqualTo("IMEI");
            assertThat(first.get("sdk").get("id").asText()).isEqualTo("umeng_analytics");
            assertThat(first.get("phase").asText()).isEqualTo("before-consent");
            assertThat(texts(first.get("violations"))).contains("COLLECT_BEFORE_CONSENT", "SHARE_BEFORE_CONSENT");
            JsonNode last = all.get(all.size() - 1);
            assertThat(last.get("phase").asText()).isEqualTo("after-consent");
            assertThat(texts(last.get("violations"))).doesNotContain("COLLECT_BEFORE_CONSENT", "SHARE_BEFORE_CONSENT");

            // The tester pressed consent late: moving the marker before the first request re-judges it.
            ControlClient api = new ControlClient(live.control().url(), ControlToken.load(dataDir.resolve("control.token")));
            long markerId = live.store().markers().get(0).id();
            long firstTime = java.time.Instant.parse(first.get("time").asText()).toEpochMilli();
            api.post("/api/markers/" + markerId + "/move",
                    "{\"timeMillis\":" + (firstTime - 1000) + ",\"reason\":\"consent was tapped before the first launch request\"}");
            JsonNode moved = awaitFindings(live, all.size()).get(0);
            assertThat(moved.get("phase").asText()).isEqualTo("after-consent");
            assertThat(texts(moved.get("violations"))).doesNotContain("COLLECT_BEFORE_CONSENT");
            assertThat(live.store().auditTrail()).anySatisfy(a -> assertThat(a.reason()).contains("before the first launch"));
        }
    }

    @Test
    void controlApi_rejectsMissingAndWrongToken(@TempDir Path dataDir) throws Exception {
        try (LocalUpstream upstream = new LocalUpstream();
             LiveSession live = LiveSession.start(new LiveOptions(DataDirectory.resolve(dataDir), "auth", profile(),
                     InetAddress.getLoopbackAddress(), 0, List.of(), true, upstream.overrides(Set.of()), null, 0, 0, 1).offlineOnly())) {
            HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
            URI status = URI.create(live.control().url() + "/api/status");
            assertThat(http.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(401);
            assertThat(http.send(HttpRequest.newBuilder(status).header("Authorization", "Bearer wrong").build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            String token = ControlToken.load(dataDir.resolve("control.token")).value();
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(status).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(ok.body()).get("session").asText()).isEqualTo("auth");
        }
    }

    static InetSocketAddress proxyAddress(LiveSession live) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), live.proxy().listenAddress().getPort());
    }

    static List<JsonNode> awaitFindings(LiveSession live, int atLeast) throws Exception {
        ControlClient client = new ControlClient(live.control().url(),
                ControlToken.load(live.options().data().controlTokenFile()));
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            JsonNode page = JSON.readTree(client.get("/api/findings?since=0"));
            List<JsonNode> findings = new java.util.ArrayList<>();
            page.get("findings").forEach(findings::add);
            if (findings.size() >= atLeast) {
                return findings;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("expected " + atLeast + " findings, got " + findings);
            }
            Thread.sleep(50);
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
