package com.consentlens.evidence.pkg;

import com.consentlens.evidence.report.ReportModel;
import com.consentlens.model.AppProfile;
import com.consentlens.model.ConsentTimeline;
import com.consentlens.model.Exchange;
import com.consentlens.model.Party;
import com.consentlens.model.SdkAttribution;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, for each exported exchange, whether it went to a third party, which SDK that is and in which
 * consent phase, for the report's third-party traffic table. A host's attribution is asked of the source
 * once (its catalog), else taken from the findings sent to that host.
 */
final class ThirdParties {
    /** Hosts remembered; a session with more distinct hosts asks the source again for the rest. */
    static final int MAX_HOSTS = 10_000;

    private final EvidenceSource src;
    private final AppProfile app;
    private final ConsentTimeline timeline;
    private final Map<String, SdkAttribution> fromFindings;
    private final Map<String, Optional<SdkAttribution>> known = new HashMap<>();

    ThirdParties(EvidenceSource src, Map<String, SdkAttribution> fromFindings) {
        this.src = src;
        this.app = src.profile().app();
        this.timeline = new ConsentTimeline(src.markers());
        this.fromFindings = fromFindings;
    }

    void count(Exchange e, boolean withFindings, ReportModel report) {
        String host = e.host();
        if (app.partyOf(host) != Party.THIRD) {
            return;
        }
        report.addThirdPartyRequest(e, sdk(host), timeline.phaseAt(e.startMillis()), withFindings);
    }

    private SdkAttribution sdk(String host) {
        Optional<SdkAttribution> sdk = known.get(host);
        if (sdk == null) {
            sdk = src.attribute(host).or(() -> Optional.ofNullable(fromFindings.get(host)));
            if (known.size() < MAX_HOSTS) {
                known.put(host, sdk);
            }
        }
        return sdk.orElse(null);
    }
}
