package com.consentlens.model;

/**
 * What the proxy knows about the TLS around one exchange: the protocol and cipher negotiated with the phone,
 * the SNI the phone asked for, the ALPN protocol, the upstream protocol, and whether the upstream's
 * certificate was verified against the system trust store.
 */
public record TlsInfo(String clientProtocol, String clientCipherSuite, String sni, String alpn,
                      String upstreamProtocol, boolean upstreamVerified) {
}
