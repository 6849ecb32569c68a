package com.consentlens.ui;

/**
 * One row of the Flows tab: an exchange without its bodies. Error rows ({@code error} set, e.g. a blind spot
 * where the phone refused our certificate) and truncated bodies are rows too, so a missing finding can be
 * explained. {@code status} is 0 when the client got no response.
 */
public record ExchangeSummary(String flowId, long startMillis, String method, String url, String host, int status,
                              String error, long requestBytes, boolean truncated, int findingCount) {
    public ExchangeSummary {
        method = method == null ? "" : method;
        url = url == null ? "" : url;
        host = host == null ? "" : host;
    }

    public boolean isError() {
        return error != null && !error.isEmpty();
    }
}
