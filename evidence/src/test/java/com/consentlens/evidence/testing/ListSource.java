package com.consentlens.evidence.testing;

import com.consentlens.evidence.pkg.EvidenceSource;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.Profile;
import com.consentlens.model.ProxyEvent;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** An evidence source over lists: the shape the app's store adapter has, for tests of the exporter. */
public record ListSource(String sessionName, long sessionStartMillis, long sessionEndMillis, List<Marker> markers,
                         Profile profile, List<Finding> findings, List<Exchange> exchanges, List<ProxyEvent> events)
        implements EvidenceSource {

    @Override
    public String toolVersion() {
        return "0.1.0-test";
    }

    @Override
    public String caFingerprint() {
        return "AB:CD:EF:01";
    }

    @Override
    public void forEachFinding(Consumer<Finding> consumer) {
        findings.forEach(consumer);
    }

    @Override
    public void forEachExchange(Predicate<String> flowIdFilter, Consumer<Exchange> consumer) {
        exchanges.stream().filter(e -> flowIdFilter.test(e.flowId())).forEach(consumer);
    }

    @Override
    public long findingCount() {
        return findings.size();
    }

    @Override
    public long exchangeCount() {
        return exchanges.size();
    }
}
