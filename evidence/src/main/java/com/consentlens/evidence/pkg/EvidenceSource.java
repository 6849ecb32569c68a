package com.consentlens.evidence.pkg;

import com.consentlens.model.DecodedLayer;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.Profile;
import com.consentlens.model.ProxyEvent;
import com.consentlens.model.SdkAttribution;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What an evidence export reads from a session. The app implements it over the session store; the exporter
 * only ever streams findings and exchanges through the callbacks, so a session of any size exports in
 * bounded memory.
 */
public interface EvidenceSource {
    String toolVersion();

    String sessionName();

    long sessionStartMillis();

    long sessionEndMillis();

    List<Marker> markers();

    Profile profile();

    /** SHA-256 fingerprint of the session's CA certificate, or empty when unknown (an imported HAR). */
    String caFingerprint();

    /** Every finding in id order, with its verdict; the exporter calls it once. */
    void forEachFinding(Consumer<Finding> consumer);

    /**
     * The exchanges whose flow id passes the filter, in capture order; called once, after the findings (with
     * a filter that passes all: every request is counted in the report's third-party traffic).
     */
    void forEachExchange(Predicate<String> flowIdFilter, Consumer<Exchange> consumer);

    List<ProxyEvent> events();

    /**
     * The layers the detectors decoded from {@code exchange} down to {@code finding} (form, base64, gzip…),
     * for the report's decoded excerpt of a value that is not readable as sent; empty when the source cannot
     * decode (the default).
     */
    default List<DecodedLayer> decodedLayers(Exchange exchange, Finding finding) {
        return List.of();
    }

    /**
     * The SDK the catalog attributes {@code host} to, for the report's third-party traffic table; empty when
     * none matches or the source has no catalog (the default: then only hosts with findings are attributed,
     * from their findings).
     */
    default Optional<SdkAttribution> attribute(String host) {
        return Optional.empty();
    }

    /** The number of findings, for progress; -1 when unknown. */
    default long findingCount() {
        return -1;
    }

    /** The number of exchanges in the session, for progress; -1 when unknown. */
    default long exchangeCount() {
        return -1;
    }
}
