package com.consentlens.app.demo;

import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phone against a real {@link DemoUpstream} on 127.0.0.1, without the proxy (which is another module):
 * the phone's direct mode sends each request to the upstream with its path, query, headers and body.
 */
class DemoPhoneTest {
    private final HeldCertificate upstreamCert = new HeldCertificate.Builder()
            .addSubjectAlternativeName("127.0.0.1").addSubjectAlternativeName("localhost")
            .commonName("demo upstream").build();
    private DemoUpstream upstream;

    @BeforeEach
    void start() {
        HandshakeCertificates server = new HandshakeCertificates.Builder().heldCertificate(upstreamCert).build();
        upstream = DemoUpstream.start(server.sslContext());
    }

    @AfterEach
    void stop() {
        upstream.close();
    }

    @Test
    void run_directToUpstream_everyRequestAnsweredInStageOrder() throws InterruptedException {
        List<DemoRequest> script = DemoTraffic.script(DemoProfile.create().device());
        List<Stage> stages = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        DemoPhone phone = DemoPhone.direct(upstream.address(), upstreamCert.certificate());

        int answered = phone.run(script, new DemoPhone.Hooks() {
            @Override
            public void beforeStage(Stage stage) {
                stages.add(stage);
            }

            @Override
            public void onSent(DemoRequest request, int status) {
                statuses.add(status);
            }

            @Override
            public void onFailed(DemoRequest request, Exception error) {
                failures.add(error);
            }
        }, Duration.ZERO);

        assertThat(failures).isEmpty();
        assertThat(answered).isEqualTo(script.size());
        assertThat(statuses).hasSize(script.size()).allMatch(s -> s == 200);
        assertThat(stages).containsExactly(Stage.BEFORE_CONSENT, Stage.AFTER_CONSENT, Stage.BACKGROUND, Stage.AFTER_WITHDRAWAL);
        assertThat(upstream.requestCount()).isEqualTo(script.size());
        List<DemoUpstream.Received> received = upstream.received();
        for (int i = 0; i < script.size(); i++) {
            DemoRequest sent = script.get(i);
            assertThat(received.get(i).method()).isEqualTo(sent.method());
            assertThat(received.get(i).body()).as(sent.url()).isEqualTo(sent.body());
            assertThat(sent.url()).endsWith(received.get(i).path());
        }
    }

    @Test
    void run_phoneTrustingAnotherCa_everyRequestFailsTls() throws InterruptedException {
        HeldCertificate otherCa = new HeldCertificate.Builder().certificateAuthority(0).commonName("other").build();
        List<DemoRequest> script = DemoTraffic.script(DemoProfile.create().device()).subList(0, 2);
        List<Exception> failures = new ArrayList<>();
        int answered = DemoPhone.direct(upstream.address(), otherCa.certificate()).run(script,
                new DemoPhone.Hooks() {
                    @Override
                    public void onFailed(DemoRequest request, Exception error) {
                        failures.add(error);
                    }
                }, Duration.ZERO);

        assertThat(answered).isZero();
        assertThat(failures).hasSize(2);
        assertThat(upstream.requestCount()).isZero();
    }

    @Test
    void tryPinnedHost_serverKeyNotPinned_handshakeRefusedAndReturnsNormally() throws InterruptedException {
        DemoPhone phone = DemoPhone.direct(upstream.address(), upstreamCert.certificate());

        DemoPhone.PinnedAttempt attempt = phone.tryPinnedHost(DemoTraffic.PINNED_HOST);

        assertThat(attempt.refused()).as(attempt.reason()).isTrue();
        assertThat(attempt.host()).isEqualTo(DemoTraffic.PINNED_HOST);
        assertThat(upstream.requestCount()).isZero();
    }

    @Test
    void upstream_answersSdkPathsWithTheirReplies() throws Exception {
        List<DemoRequest> script = DemoTraffic.script(DemoProfile.create().device());
        DemoPhone.direct(upstream.address(), upstreamCert.certificate()).run(script, null, Duration.ofMillis(1));

        for (DemoRequest r : script) {
            UpstreamReplies.Reply reply = UpstreamReplies.forPath(java.net.URI.create(r.url()).getPath());
            if (reply.contentType().startsWith("application/json")) {
                assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(reply.body()).isObject())
                        .as(r.url()).isTrue();
            }
        }
        assertThat(UpstreamReplies.forPath("/session").body()).asString().contains("\"tracker_name\":\"Organic\"");
        assertThat(UpstreamReplies.forPath("/unify_logs").body()).asString().isEqualTo("{\"code\":0,\"msg\":\"success\"}");
        assertThat(upstream.requestsByHost().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(script.size());
    }
}
