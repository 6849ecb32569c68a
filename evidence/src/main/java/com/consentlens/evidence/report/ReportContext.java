package com.consentlens.evidence.report;

import com.consentlens.model.Marker;
import com.consentlens.model.ProxyEvent;
import java.util.List;

/**
 * The session facts a report is written about. {@code endMillis} must be after {@code startMillis}; findings
 * outside the range are drawn at the nearer edge of the timeline.
 */
public record ReportContext(String toolVersion, String sessionName, long startMillis, long endMillis,
                            List<Marker> markers, List<ProxyEvent> events, String caFingerprint,
                            String signingKeyFingerprint, boolean unmask, int detailLimit) {
    public ReportContext {
        toolVersion = toolVersion == null ? "" : toolVersion;
        sessionName = sessionName == null ? "" : sessionName;
        caFingerprint = caFingerprint == null ? "" : caFingerprint;
        markers = List.copyOf(markers);
        events = List.copyOf(events);
        if (endMillis <= startMillis) {
            endMillis = startMillis + 1;
        }
    }
}
