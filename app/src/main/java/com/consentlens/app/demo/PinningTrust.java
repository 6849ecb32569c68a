package com.consentlens.app.demo;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * Certificate pinning as apps do it (OkHttp's {@code CertificatePinner}, Alipay's and WeChat's SDKs): the
 * client accepts a server only if the SHA-256 of a certificate's public key (SPKI) is one it ships with.
 * Here the pin is a key generated on the spot, standing in for the vendor's real key, so every certificate
 * ConsentLens mints is rejected, as it is on a real phone.
 */
final class PinningTrust implements X509TrustManager {
    private final String pin;

    private PinningTrust(String pin) {
        this.pin = pin;
    }

    static SSLContext contextPinnedToAnotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new PinningTrust(spki(generator.generateKeyPair().getPublic()))},
                    null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC keys and TLS are part of every JDK", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        for (X509Certificate cert : chain) {
            if (pin.equals(spki(cert.getPublicKey()))) {
                return;
            }
        }
        throw new CertificateException("Certificate pinning failure: sha256/"
                + spki(chain[0].getPublicKey()) + " is not sha256/" + pin);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a phone does not accept client certificates");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    private static String spki(PublicKey key) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
