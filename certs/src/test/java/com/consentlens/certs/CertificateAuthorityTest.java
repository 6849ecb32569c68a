package com.consentlens.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {
    @TempDir
    Path dir;

    @Test
    void loadOrCreate_firstUse_writesPemFilesWithPrivateKeyMode0600() throws Exception {
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(dir.resolve("ca"));

        Path key = dir.resolve("ca").resolve("ca.key");
        assertThat(Files.getPosixFilePermissions(key))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(ca.certificatePath()).isEqualTo(dir.resolve("ca").resolve("ca.pem"));
        assertThat(Files.readString(ca.certificatePath())).isEqualTo(ca.toPem()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(dir.resolve("ca")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void loadOrCreate_secondRun_reloadsTheSameCa() {
        CertificateAuthority first = CertificateAuthority.loadOrCreate(dir);
        CertificateAuthority second = CertificateAuthority.loadOrCreate(dir);

        assertThat(second.certificate()).isEqualTo(first.certificate());
        assertThat(second.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
        assertThat(second.sha256Fingerprint()).isEqualTo(first.sha256Fingerprint());
    }

    @Test
    void loadOrCreate_twoInstalls_makeDifferentCas() {
        CertificateAuthority a = CertificateAuthority.loadOrCreate(dir.resolve("a"));
        CertificateAuthority b = CertificateAuthority.loadOrCreate(dir.resolve("b"));

        assertThat(a.sha256Fingerprint()).isNotEqualTo(b.sha256Fingerprint());
        assertThat(a.certificate().getSubjectX500Principal()).isNotEqualTo(b.certificate().getSubjectX500Principal());
        assertThat(a.certificate().getPublicKey()).isNotEqualTo(b.certificate().getPublicKey());
    }

    @Test
    void certificate_isASelfSignedRootNamedAfterTheInstall() throws Exception {
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(dir);
        X509Certificate cert = ca.certificate();

        cert.verify(cert.getPublicKey());
        assertThat(cert.getSubjectX500Principal().getName()).matches("CN=ConsentLens CA [0-9a-f]{8},O=ConsentLens");
        assertThat(cert.getBasicConstraints()).isEqualTo(0);
        assertThat(cert.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(ca.notBefore()).isBefore(Instant.now());
        assertThat(ca.notAfter()).isAfter(Instant.now().plus(Duration.ofDays(3000)));
    }

    @Test
    void toDer_andFingerprint_describeTheSameCertificate() throws Exception {
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(dir);
        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(ca.toDer()));

        String expected = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(ca.toDer()));
        assertThat(parsed).isEqualTo(ca.certificate());
        assertThat(ca.sha256Fingerprint()).isEqualTo(expected).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void subjectHashOld_matchesOpenSsl() throws Exception {
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(dir);
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl not installed");

        Process openssl = new ProcessBuilder("openssl", "x509", "-noout", "-subject_hash_old", "-in",
                ca.certificatePath().toString()).redirectErrorStream(true).start();
        assertThat(openssl.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String expected = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();

        assertThat(ca.subjectHashOld()).isEqualTo(expected).matches("[0-9a-f]{8}");
    }

    @Test
    void loadOrCreate_corruptCertificate_failsWithOneLineMessage() throws Exception {
        CertificateAuthority.loadOrCreate(dir);
        Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n");

        assertThatThrownBy(() -> CertificateAuthority.loadOrCreate(dir))
                .isInstanceOf(CertificateStoreException.class)
                .hasMessageContaining("ca.pem")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void loadOrCreate_keyOfAnotherCa_isRejected() throws Exception {
        CertificateAuthority.loadOrCreate(dir.resolve("a"));
        CertificateAuthority.loadOrCreate(dir.resolve("b"));
        Files.copy(dir.resolve("b/ca.key"), dir.resolve("a/ca.key"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> CertificateAuthority.loadOrCreate(dir.resolve("a")))
                .isInstanceOf(CertificateStoreException.class)
                .hasMessageContaining("does not belong");
    }

    @Test
    void loadOrCreate_missingKey_isReportedNotReplaced() throws Exception {
        CertificateAuthority.loadOrCreate(dir);
        Files.delete(dir.resolve("ca.key"));

        assertThatThrownBy(() -> CertificateAuthority.loadOrCreate(dir))
                .isInstanceOf(CertificateStoreException.class)
                .hasMessageContaining("ca.key is missing");
    }

    @Test
    void loadOrCreate_directoryBelowARegularFile_failsClearly() throws Exception {
        // A path through a regular file cannot be created even by root, unlike a chmod-ed directory.
        Path file = Files.writeString(dir.resolve("plain-file"), "x");

        assertThatThrownBy(() -> CertificateAuthority.loadOrCreate(file.resolve("ca")))
                .isInstanceOf(CertificateStoreException.class)
                .hasMessageStartingWith("cannot create the CA in " + file.resolve("ca"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void toPem_neverContainsTheKey() {
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(dir);
        assertThat(ca.toPem()).doesNotContain("PRIVATE KEY");
        assertThat(Set.of(CertificateAuthority.class.getMethods()))
                .noneMatch(m -> m.getName().equals("privateKey"));
    }
}
