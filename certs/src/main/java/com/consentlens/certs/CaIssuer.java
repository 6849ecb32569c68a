package com.consentlens.certs;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates key pairs, serial numbers and the self-signed root. The CA key is RSA 2048 because every phone
 * and OS version that can install a user CA accepts it; leaves use EC P-256 (see {@link LeafCertificates}).
 */
final class CaIssuer {
    static final String CA_SIGNATURE = "SHA256withRSA";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong SERIAL_COUNTER = new AtomicLong();
    /** Long enough for a lab machine's lifetime; root validity is not capped by browsers as leaves are. */
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);

    private CaIssuer() {
    }

    static KeyPair rsaKeyPair() {
        return keyPair("RSA", 2048);
    }

    static KeyPair ecKeyPair() {
        return keyPair("EC", 256);
    }

    private static KeyPair keyPair(String algorithm, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(bits, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " key generation is not available", e);
        }
    }

    /**
     * Positive and unique: 8 random bytes (differ between runs and installs) followed by a per-process
     * counter (differs between leaves of one run), so two certificates never share a serial.
     */
    static BigInteger uniqueSerial() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        long counter = SERIAL_COUNTER.incrementAndGet();
        for (int i = 0; i < 8; i++) {
            bytes[15 - i] = (byte) (counter >>> (8 * i));
        }
        bytes[0] &= 0x7f;
        return new BigInteger(1, bytes);
    }

    static String randomInstallId() {
        byte[] id = new byte[4];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    static X509Certificate selfSignedRoot(KeyPair keys, String installId, Instant now) {
        // DER order O then CN, which tools print as "CN=ConsentLens CA 1a2b3c4d, O=ConsentLens".
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "ConsentLens")
                .addRDN(BCStyle.CN, "ConsentLens CA " + installId).build();
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, uniqueSerial(),
                    Date.from(now.minus(Duration.ofDays(2))), Date.from(now.plus(CA_VALIDITY)), subject,
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            utils.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            utils.createAuthorityKeyIdentifier(keys.getPublic()));
            return sign(builder, keys.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot build the CA certificate", e);
        }
    }

    static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey caKey) {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(CA_SIGNATURE).build(caKey)));
        } catch (OperatorCreationException | java.security.cert.CertificateException e) {
            throw new IllegalStateException("cannot sign a certificate", e);
        }
    }

    static boolean matches(PublicKey publicKey, PrivateKey privateKey) {
        try {
            java.security.Signature signer = java.security.Signature.getInstance(CA_SIGNATURE);
            signer.initSign(privateKey);
            byte[] probe = "consentlens".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            signer.update(probe);
            byte[] signature = signer.sign();
            signer.initVerify(publicKey);
            signer.update(probe);
            return signer.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
