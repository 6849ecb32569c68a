package com.consentlens.certs;

import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * Mints the per-host certificates the proxy presents to the phone, one per CONNECT host, signed by the
 * install's {@link CertificateAuthority}.
 *
 * <p>Strict clients reject certificates that look fine to lenient ones, so every leaf follows the rules that
 * broke mitmproxy users: total validity of at most 200 days including the backdating that absorbs phone clock
 * skew (mitmproxy#8142), an authority key identifier byte-equal to the CA's subject key identifier (#8214),
 * a subject key identifier different from the CA's (#6494), a SAN (DNS name, or IP address for IP literals),
 * EKU serverAuth, basicConstraints CA:false.
 *
 * <p>All leaves share one EC P-256 key pair: key generation is the slow part of minting, and ECDSA
 * signatures keep the proxy's TLS handshakes cheap. Leaves are cached per host in a bounded LRU.
 */
public final class LeafCertificates {
    public static final int DEFAULT_CACHE_SIZE = 1_000;
    static final Duration BACKDATE = Duration.ofDays(2);
    static final Duration LIFETIME = Duration.ofDays(197);

    private final CertificateAuthority ca;
    private final KeyPair leafKeys = CaIssuer.ecKeyPair();
    private final byte[] caKeyIdentifier;
    private final Map<String, LeafCertificate> cache;

    public LeafCertificates(CertificateAuthority ca) {
        this(ca, DEFAULT_CACHE_SIZE);
    }

    public LeafCertificates(CertificateAuthority ca, int maxCached) {
        this.ca = ca;
        this.caKeyIdentifier = caSubjectKeyIdentifier(ca.certificate());
        this.cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LeafCertificate> eldest) {
                return size() > maxCached;
            }
        };
    }

    /** The leaf for a host name or IP literal (brackets around IPv6 allowed), from the cache when present. */
    public LeafCertificate forHost(String host) {
        String key = normalize(host);
        synchronized (cache) {
            LeafCertificate cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Minted outside the lock so one slow signature does not stall handshakes for other hosts.
        LeafCertificate minted = new LeafCertificate(key, mint(key, Instant.now()), leafKeys.getPrivate(),
                ca.certificate());
        synchronized (cache) {
            LeafCertificate raced = cache.putIfAbsent(key, minted);
            return raced != null ? raced : minted;
        }
    }

    public int cachedCount() {
        synchronized (cache) {
            return cache.size();
        }
    }

    static String normalize(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.isEmpty()) {
            throw new IllegalArgumentException("empty host name");
        }
        return h;
    }

    private X509Certificate mint(String host, Instant now) {
        boolean ip = IPAddress.isValid(host);
        GeneralName san = new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, host);
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "ConsentLens");
        if (host.length() <= 64) { // the CN's upper bound; the SAN is what clients check anyway
            subject.addRDN(BCStyle.CN, host);
        }
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    new JcaX509CertificateHolder(ca.certificate()).getSubject(), CaIssuer.uniqueSerial(),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(LIFETIME)), subject.build(),
                    leafKeys.getPublic())
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(san))
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            new AuthorityKeyIdentifier(caKeyIdentifier))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(leafKeys.getPublic()));
            return CaIssuer.sign(builder, ca.privateKey());
        } catch (CertIOException | NoSuchAlgorithmException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("cannot mint a certificate for " + host, e);
        }
    }

    /** Copied from the CA's own extension so the leaf's AKI matches it byte for byte, however it was made. */
    private static byte[] caSubjectKeyIdentifier(X509Certificate caCert) {
        byte[] extension = caCert.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (extension == null) {
            throw new CertificateStoreException("the CA certificate has no subject key identifier");
        }
        return ASN1OctetString.getInstance(ASN1OctetString.getInstance(extension).getOctets()).getOctets();
    }

}
