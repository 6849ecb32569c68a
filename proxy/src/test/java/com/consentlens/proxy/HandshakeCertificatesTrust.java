package com.consentlens.proxy;

import java.security.cert.X509Certificate;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.tls.HandshakeCertificates;

/** OkHttp trust material that accepts only the given root, as a phone with only our CA installed would. */
final class HandshakeCertificatesTrust {
    private HandshakeCertificatesTrust() {
    }

    static X509TrustManager of(X509Certificate root) {
        return new HandshakeCertificates.Builder().addTrustedCertificate(root).build().trustManager();
    }

    static SSLSocketFactory socketFactory(X509TrustManager trust) {
        try {
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] {trust}, null);
            return context.getSocketFactory();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
