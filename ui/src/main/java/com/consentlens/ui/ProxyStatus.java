package com.consentlens.ui;

/**
 * A snapshot of the proxy for the window's header: where the phone must point its Wi-Fi proxy, the onboarding
 * page (shown as a QR code), whether the proxy listens, how many phones it has seen, its throughput, and the
 * exchanges it had to drop or still holds in the detection queue. {@code tlsProvider} says which TLS engine
 * runs (BoringSSL or JDK).
 */
public record ProxyStatus(String proxyAddress, String onboardingUrl, boolean listening, int clientsSeen,
                          double exchangesPerSecond, long dropped, long queued, String tlsProvider) {
    /** What a session reopened from disk shows: no proxy. */
    public static final ProxyStatus OFFLINE = new ProxyStatus("", "", false, 0, 0, 0, 0, "");

    public ProxyStatus {
        proxyAddress = proxyAddress == null ? "" : proxyAddress;
        onboardingUrl = onboardingUrl == null ? "" : onboardingUrl;
        tlsProvider = tlsProvider == null ? "" : tlsProvider;
    }
}
