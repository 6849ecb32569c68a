package com.consentlens.evidence.testing;

import com.consentlens.evidence.pkg.EvidenceSource;
import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Headers;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;
import com.consentlens.model.ProxyEvent;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A large session generated on the fly, as a store streams rows from disk: {@code n} exchanges with
 * {@code bodyBytes} of binary body each and one finding per exchange, spread over 12 SDKs and an hour.
 * Nothing is kept, so the only memory an export uses is its own.
 */
public record SyntheticSource(int n, int bodyBytes) implements EvidenceSource {
    static final long HOUR = 3_600_000L;

    @Override public String toolVersion() { return "0.1.0-test"; }
    @Override public String sessionName() { return "synthetic-" + n; }
    @Override public long sessionStartMillis() { return Samples.T0; }
    @Override public long sessionEndMillis() { return Samples.T0 + HOUR; }
    @Override public Profile profile() { return SampleSession.profile(); }
    @Override public String caFingerprint() { return "00:11"; }
    @Override public List<ProxyEvent> events() { return List.of(); }
    @Override public long findingCount() { return n; }
    @Override public long exchangeCount() { return n; }

    @Override
    public List<Marker> markers() {
        return List.of(new Marker(1, MarkerType.CONSENT, Samples.T0 + HOUR / 2, ""));
    }

    private long time(int i) {
        return Samples.T0 + i * (HOUR / n);
    }

    private static String flowId(int i) {
        return String.format("f-%07d", i + 1);
    }

    @Override
    public void forEachFinding(Consumer<Finding> consumer) {
        for (int i = 0; i < n; i++) {
            int sdk = i % 12;
            boolean before = time(i) < Samples.T0 + HOUR / 2;
            consumer.accept(Samples.finding(i + 1, flowId(i), time(i),
                    new SdkAttribution("sdk_" + sdk, "SDK " + sdk, "软件包 " + sdk, "v", false),
                    PiiType.values()[i % 3], before ? Phase.BEFORE_CONSENT : Phase.AFTER_CONSENT,
                    before ? new Violation[] {Violation.COLLECT_BEFORE_CONSENT} : new Violation[0]));
        }
    }

    @Override
    public void forEachExchange(Predicate<String> flowIdFilter, Consumer<Exchange> consumer) {
        SplittableRandom random = new SplittableRandom(42);
        byte[] body = new byte[bodyBytes];
        for (int i = 0; i < n; i++) {
            if (!flowIdFilter.test(flowId(i))) {
                continue;
            }
            for (int b = 0; b < body.length; b++) {
                body[b] = (byte) random.nextInt(256);
            }
            consumer.accept(Exchange.builder().flowId(flowId(i)).client("127.0.0.1").startMillis(time(i))
                    .endMillis(time(i) + 40).method("POST").url("https://sdk" + (i % 12) + ".example.net/upload?seq=" + i)
                    .requestHeaders(Headers.of("Content-Type", "application/octet-stream"))
                    .requestBody(Body.of(body)).status(200).build());
        }
    }
}
