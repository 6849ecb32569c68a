package com.consentlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.app.control.ControlToken;
import com.consentlens.app.session.LiveOptions;
import com.consentlens.app.session.LiveSession;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/events} streams what the session commits as it happens: a finding from the phone's request
 * and a marker set through the API both arrive as server-sent events on an open connection.
 */
class EventStreamTest {

    @Test
    void events_streamFindingsAndMarkersAsTheyAreCommitted(@TempDir Path dataDir) throws Exception {
        try (LocalUpstream upstream = new LocalUpstream();
             LiveSession live = LiveSession.start(new LiveOptions(DataDirectory.resolve(dataDir), "sse",
                     MarkConsentEndToEndTest.profile(), InetAddress.getLoopbackAddress(), 0, List.of(), true,
                     upstream.overrides(Set.of("ulogs.umeng.com")), null, 0, 0, 1).offlineOnly())) {
            String token = ControlToken.load(dataDir.resolve("control.token")).value();
            HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
            HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(live.control().url() + "/api/events"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))
                    .lines().forEach(lines::add), "sse-reader");
            reader.setDaemon(true);
            reader.start();
            assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo(": connected");

            new PhoneClient(MarkConsentEndToEndTest.proxyAddress(live), live.ca().certificate()).post(
                    "https://ulogs.umeng.com/unify_logs", "application/json",
                    ("{\"imei\":\"" + MarkConsentEndToEndTest.IMEI + "\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(awaitData(lines, "finding")).contains("\"pii\":\"IMEI\"", "\"sdk\":{\"id\":\"umeng_analytics\"");

            http.send(HttpRequest.newBuilder(URI.create(live.control().url() + "/api/markers"))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"consent\",\"text\":\"tapped agree\"}")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(awaitData(lines, "marker")).contains("\"type\":\"consent\"", "tapped agree");
        }
    }

    /** The data line of the next event with the given name. */
    private static String awaitData(BlockingQueue<String> lines, String event) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        boolean inEvent = false;
        while (System.currentTimeMillis() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            if (line.equals("event: " + event)) {
                inEvent = true;
            } else if (inEvent && line.startsWith("data: ")) {
                return line.substring(6);
            }
        }
        throw new AssertionError("no '" + event + "' event within 15 s");
    }
}
