package com.consentlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.app.control.ControlClient;
import com.consentlens.app.control.ControlToken;
import com.consentlens.certs.CertificateAuthority;
import com.consentlens.evidence.session.SessionDirectory;
import com.consentlens.evidence.session.SessionStore;
import com.consentlens.model.Finding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * design.md §7's promise, tested the hard way: a real `consentlens run --headless` child process captures
 * traffic, the test reads findings over the control API (that is what "shown" means), then kills the process
 * with SIGKILL. Reopening the session must give back every finding that was shown.
 */
class KillNineDurabilityTest {
    private static final Pattern BANNER = Pattern.compile("listening on ([0-9.]+):(\\d+)");

    @Test
    void sigkill_losesNoFindingThatWasShown(@TempDir Path dataDir) throws Exception {
        Path profile = dataDir.resolve("profile.json");
        Files.writeString(profile, "{\"device\":{\"imei\":[\"" + MarkConsentEndToEndTest.IMEI + "\"]},"
                + "\"app\":{\"package\":\"com.example.shop\",\"firstPartyHosts\":[\"*.example-shop.com\"]}}");
        try (LocalUpstream upstream = new LocalUpstream()) {
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                    "com.consentlens.app.Main", "run", "--headless", "--bind", "127.0.0.1", "--port", "0",
                    "--data-dir", dataDir.toString(), "--session", "killed", "--insecure-upstream",
                    "--profile", profile.toString(),
                    "--map-host", "ulogs.umeng.com=127.0.0.1:" + upstream.address().getPort())
                    .redirectErrorStream(true).start();
            try {
                int port = awaitProxyPort(child);
                CertificateAuthority ca = CertificateAuthority.loadOrCreate(dataDir.resolve("ca"));
                PhoneClient phone = new PhoneClient(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), ca.certificate());
                for (int i = 0; i < 20; i++) {
                    String json = "{\"seq\":" + i + ",\"header\":{\"imei\":\"" + MarkConsentEndToEndTest.IMEI + "\"}}";
                    phone.post("https://ulogs.umeng.com/unify_logs", "application/json", json.getBytes(StandardCharsets.UTF_8));
                }
                Set<Long> shown = awaitShown(DataDirectory.resolve(dataDir), 20);

                child.destroyForcibly();
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();

                Set<Long> stored = new HashSet<>();
                try (SessionStore store = new SessionDirectory(dataDir).openExisting("killed")) {
                    for (Finding f : store.findingsSince(0, 100_000)) {
                        stored.add(f.id());
                    }
                }
                assertThat(stored).containsAll(shown);
            } finally {
                child.destroyForcibly();
            }
        }
    }

    private static int awaitProxyPort(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.currentTimeMillis() + 60_000;
        String line;
        while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = BANNER.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "child-stdout");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(2));
            }
        }
        throw new AssertionError("the child never printed its proxy address:\n" + seen);
    }

    private static Set<Long> awaitShown(DataDirectory data, int atLeast) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            ControlClient client = new ControlClient(Files.readString(data.controlEndpointFile()).trim(),
                    ControlToken.load(data.controlTokenFile()));
            JsonNode page = json.readTree(client.get("/api/findings?since=0&limit=10000"));
            Set<Long> ids = new HashSet<>();
            page.get("findings").forEach(f -> ids.add(f.get("id").asLong()));
            if (ids.size() >= atLeast) {
                return ids;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("only " + ids.size() + " findings shown");
            }
            Thread.sleep(50);
        }
    }
}
