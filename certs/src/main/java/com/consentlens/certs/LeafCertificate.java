package com.consentlens.certs;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A certificate minted for one host, with the key that goes with it and the chain a TLS server presents
 * (leaf first, then the CA). The key is the shared leaf key of {@link LeafCertificates}, never the CA's.
 */
public record LeafCertificate(String host, X509Certificate certificate, PrivateKey privateKey,
                              X509Certificate issuer) {

    public List<X509Certificate> chain() {
        return List.of(certificate, issuer);
    }
}
