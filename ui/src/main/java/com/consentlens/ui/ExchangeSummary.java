package com.consentlens.ui;

import com.consentlens.model.Party;
import com.consentlens.model.SdkAttribution;

/**
 * One row of the Flows tab: an exchange without its bodies. Error rows ({@code error} set, e.g. a blind spot
 * where the phone refused our certificate) and truncated bodies are rows too, so a missing finding can be
 * explained. {@code status} is 0 when the client got no response. {@code sdk} is the catalog's attribution
 * of the host (null when none matched) and {@code party} whether the host is the app's own: an SDK that is
 * contacted before consent shows even when its payload is encrypted and no leak can be read in it.
 */
public record ExchangeSummary(String flowId, long startMillis, String method, String url, String host, int status,
                              String error, long requestBytes, boolean truncated, int findingCount,
                              SdkAttribution sdk, Party party) {
    public ExchangeSummary {
        method = method == null ? "" : method;
        url = url == null ? "" : url;
        host = host == null ? "" : host;
        party = party == null ? Party.UNKNOWN : party;
    }

    /** A row without attribution (tests, and exchanges summarised before the catalog is known). */
    public ExchangeSummary(String flowId, long startMillis, String method, String url, String host, int status,
                           String error, long requestBytes, boolean truncated, int findingCount) {
        this(flowId, startMillis, method, url, host, status, error, requestBytes, truncated, findingCount, null,
                Party.UNKNOWN);
    }

    /** Sent to a host that is not the app's own. */
    public boolean isThirdParty() {
        return party == Party.THIRD;
    }

    public boolean isError() {
        return error != null && !error.isEmpty();
    }
}
