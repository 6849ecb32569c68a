package com.consentlens.certs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeafCertificatesTest {
    @TempDir
    static Path dir;
    static CertificateAuthority ca;
    static LeafCertificates leaves;

    @BeforeAll
    static void createCa() {
        ca = CertificateAuthority.loadOrCreate(dir);
        leaves = new LeafCertificates(ca);
    }

    @ParameterizedTest
    @CsvSource({
            "ulogs.umeng.com, ulogs.umeng.com, 2",
            "API.Example.COM, api.example.com, 2",
            "10.0.2.2, 10.0.2.2, 7",
            "[::1], 0:0:0:0:0:0:0:1, 7",
            "2001:db8::5, 2001:db8:0:0:0:0:0:5, 7"})
    void forHost_namesAndIpLiterals_getTheMatchingSanType(String host, String sanValue, int sanType) throws Exception {
        X509Certificate cert = leaves.forHost(host).certificate();

        assertThat(cert.getSubjectAlternativeNames()).containsExactly(List.of(sanType, sanValue));
    }

    @Test
    void forHost_validityAtMost200DaysIncludingBackdating() {
        X509Certificate cert = leaves.forHost("validity.example").certificate();
        Instant now = Instant.now();

        Duration total = Duration.between(cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant());
        assertThat(total).isLessThanOrEqualTo(Duration.ofDays(200));
        assertThat(cert.getNotBefore().toInstant()).isBefore(now.minus(Duration.ofDays(1)));
        assertThat(cert.getNotAfter().toInstant()).isAfter(now.plus(Duration.ofDays(190)));
    }

    @Test
    void forHost_akiEqualsCaSkiAndLeafSkiDiffers() {
        X509Certificate cert = leaves.forHost("keys.example").certificate();

        byte[] caSki = octets(ca.certificate(), Extension.subjectKeyIdentifier);
        byte[] leafSki = octets(cert, Extension.subjectKeyIdentifier);
        byte[] aki = AuthorityKeyIdentifier.getInstance(
                ASN1OctetString.getInstance(cert.getExtensionValue(Extension.authorityKeyIdentifier.getId())).getOctets())
                .getKeyIdentifierOctets();
        assertThat(aki).isEqualTo(caSki);
        assertThat(leafSki).isNotEqualTo(caSki);
    }

    @Test
    void forHost_serverAuthLeafSignedByCa() throws Exception {
        LeafCertificate leaf = leaves.forHost("usage.example");
        X509Certificate cert = leaf.certificate();

        cert.verify(ca.certificate().getPublicKey());
        assertThat(cert.getIssuerX500Principal()).isEqualTo(ca.certificate().getSubjectX500Principal());
        assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(cert.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(cert.getCriticalExtensionOIDs()).contains(Extension.basicConstraints.getId());
        assertThat(cert.getPublicKey()).isInstanceOf(ECPublicKey.class);
        assertThat(leaf.chain()).containsExactly(cert, ca.certificate());
    }

    @Test
    void forHost_allLeavesShareOneKeyButHaveUniqueSerials() {
        Set<Object> keys = new HashSet<>();
        Set<Object> serials = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 50).parallel().forEach(i -> serials.add(leaves.forHost("h" + i + ".serial.example")
                .certificate().getSerialNumber()));
        IntStream.range(0, 50).forEach(i -> keys.add(leaves.forHost("h" + i + ".serial.example").privateKey()));

        assertThat(serials).hasSize(50).allSatisfy(s -> assertThat((java.math.BigInteger) s).isPositive());
        assertThat(keys).hasSize(1);
    }

    @Test
    void forHost_cachesPerHostAndEvictsTheLeastRecentlyUsed() {
        LeafCertificates small = new LeafCertificates(ca, 2);
        LeafCertificate a = small.forHost("a.example");
        small.forHost("b.example");
        assertThat(small.forHost("A.EXAMPLE")).isSameAs(a);
        small.forHost("c.example"); // evicts b, the least recently used

        assertThat(small.cachedCount()).isEqualTo(2);
        assertThat(small.forHost("a.example")).isSameAs(a);
    }

    private static byte[] octets(X509Certificate cert, org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        return ASN1OctetString.getInstance(ASN1OctetString.getInstance(cert.getExtensionValue(oid.getId())).getOctets())
                .getOctets();
    }
}
