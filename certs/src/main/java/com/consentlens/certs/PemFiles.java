package com.consentlens.certs;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/** PEM encoding and decoding of the CA's two files; every failure becomes a one-line store exception. */
final class PemFiles {
    private PemFiles() {
    }

    static String certificateToPem(X509Certificate certificate) {
        return write(certificate);
    }

    /** PKCS#8 ("BEGIN PRIVATE KEY"), unencrypted: the file's 0600 mode is what protects it. */
    static String privateKeyToPem(PrivateKey key) {
        try {
            return write(new JcaPKCS8Generator(key, null));
        } catch (IOException e) {
            throw new CertificateStoreException("cannot encode the CA key: " + e.getMessage(), e);
        }
    }

    static X509Certificate readCertificate(Path file) {
        Object parsed = parse(file);
        if (!(parsed instanceof X509CertificateHolder holder)) {
            throw new CertificateStoreException(file + " does not hold a PEM certificate");
        }
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new CertificateStoreException(file + " holds an unreadable certificate: " + e.getMessage(), e);
        }
    }

    static PrivateKey readPrivateKey(Path file) {
        Object parsed = parse(file);
        if (!(parsed instanceof PrivateKeyInfo info)) {
            throw new CertificateStoreException(file + " does not hold a PKCS#8 PEM private key");
        }
        try {
            return new JcaPEMKeyConverter().getPrivateKey(info);
        } catch (IOException e) {
            throw new CertificateStoreException(file + " holds an unreadable private key: " + e.getMessage(), e);
        }
    }

    private static Object parse(Path file) {
        try (PEMParser parser = new PEMParser(new StringReader(Files.readString(file, StandardCharsets.US_ASCII)))) {
            return parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw new CertificateStoreException("cannot read " + file + ": " + oneLine(e), e);
        }
    }

    private static String write(Object pemObject) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(pemObject);
        } catch (IOException e) {
            throw new CertificateStoreException("cannot encode PEM: " + e.getMessage(), e);
        }
        return out.toString();
    }

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
