package com.consentlens.evidence.report;

import com.consentlens.model.Exchange;
import com.consentlens.model.Phase;
import com.consentlens.model.SdkAttribution;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every request the app sent to a third party, counted per SDK and consent phase, whether or not a leak was
 * read in it. Most Chinese SDKs encrypt their payloads (AES under an RSA-wrapped key), so "Umeng was sent 12
 * requests before consent" is often all a capture can show; it is what a tester cites for an SDK that starts
 * before the privacy policy is accepted (164号文 SDK 问题, 26号文) and what they review by hand.
 * Hosts no catalog entry names are their own rows, up to {@link #MAX_ROWS}; the rest share one row, so memory
 * does not grow with the session.
 */
final class ThirdPartyTraffic {
    static final int MAX_ROWS = 200;
    static final String OTHER_HOSTS = "";
    private static final int MAX_HOSTS_SHOWN = 4;

    /** One SDK's (or unidentified host's) requests. */
    static final class Row {
        final String key;
        final SdkAttribution sdk;
        final TreeSet<String> hosts = new TreeSet<>();
        final long[] requests = new long[Phase.values().length];
        final long[] bytes = new long[Phase.values().length];
        /** Requests before consent or after withdrawal in which no finding was read. */
        long unreadWithoutConsent;
        long firstWithoutConsent = Long.MAX_VALUE;

        Row(String key, SdkAttribution sdk) {
            this.key = key;
            this.sdk = sdk;
        }

        long withoutConsent() {
            return requests[Phase.BEFORE_CONSENT.ordinal()] + requests[Phase.AFTER_WITHDRAWAL.ordinal()];
        }

        /** The first few hosts, then how many more. */
        String hostList() {
            StringBuilder s = new StringBuilder();
            int n = 0;
            for (String h : hosts) {
                if (n++ == MAX_HOSTS_SHOWN) {
                    return s.append(" +").append(hosts.size() - MAX_HOSTS_SHOWN).toString();
                }
                s.append(s.length() == 0 ? "" : ", ").append(h);
            }
            return s.toString();
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    /** Counts a request to a third party ({@code sdk} null when the catalog names none) in {@code phase}. */
    void add(Exchange e, SdkAttribution sdk, Phase phase, boolean withFindings) {
        String key = sdk != null ? sdk.id() : "host:" + e.host();
        Row row = rows.get(key);
        if (row == null) {
            if (sdk == null && rows.size() >= MAX_ROWS) {
                key = OTHER_HOSTS;
            }
            row = rows.computeIfAbsent(key, k -> new Row(k, sdk));
        }
        if (row.hosts.size() < 64) {
            row.hosts.add(e.host());
        }
        row.requests[phase.ordinal()]++;
        row.bytes[phase.ordinal()] += e.requestBody().truncated() ? e.requestBody().declaredLength() : e.requestBody().length();
        if (phase != Phase.AFTER_CONSENT) {
            row.firstWithoutConsent = Math.min(row.firstWithoutConsent, e.startMillis());
            if (!withFindings) {
                row.unreadWithoutConsent++;
            }
        }
    }

    Collection<Row> rows() {
        return rows.values();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
