package com.consentlens.proxy;

/**
 * A snapshot of what the proxy has done since it started, for the status line and {@code /api/status}.
 *
 * @param exchanges   exchanges completed and handed to the sink (including those the sink dropped)
 * @param dropped     exchanges the sink refused because its queue was full
 * @param clientsSeen distinct client IP addresses that were served
 * @param blindSpots  TLS handshakes a client aborted with our certificate (untrusted CA or pinning)
 * @param errors      exchanges that ended in an upstream error, plus internal errors
 * @param tlsProvider "OpenSSL (BoringSSL)" or "JDK"
 */
public record ProxyStats(long exchanges, long dropped, long clientsSeen, long blindSpots, long errors,
                         String tlsProvider) {
}
