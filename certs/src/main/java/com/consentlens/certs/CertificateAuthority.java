package com.consentlens.certs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The per-install root certificate authority that lets ConsentLens read a phone's HTTPS traffic.
 *
 * <p>The tester installs this CA's certificate on the test phone once (as a user CA, or on rooted phones
 * and emulators as the system file {@code <subjectHashOld()>.0}); from then on every leaf certificate the
 * proxy mints for a host is signed by it and the phone's TLS accepts the proxy as that host. Each install
 * makes its own key pair on first use, so a certificate installed for one lab machine never lets another
 * machine intercept that phone. The key never leaves {@code ca.key} (mode 0600): it is not printed, not
 * exported and not part of any evidence package.
 *
 * <pre>{@code
 * CertificateAuthority ca = CertificateAuthority.loadOrCreate(dataDir.resolve("ca"));
 * Files.writeString(out, ca.toPem());          // what the phone installs
 * String file = ca.subjectHashOld() + ".0";    // Android system store name
 * }</pre>
 */
public final class CertificateAuthority {
    public static final String CERTIFICATE_FILE = "ca.pem";
    public static final String KEY_FILE = "ca.key";

    private final X509Certificate certificate;
    private final PrivateKey privateKey;
    private final Path certificatePath;

    private CertificateAuthority(X509Certificate certificate, PrivateKey privateKey, Path certificatePath) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.certificatePath = certificatePath;
    }

    /** Loads the CA from {@code caDir}, creating the directory and a fresh CA there on first use. */
    public static CertificateAuthority loadOrCreate(Path caDir) {
        Path certFile = caDir.resolve(CERTIFICATE_FILE);
        Path keyFile = caDir.resolve(KEY_FILE);
        boolean hasCert = Files.exists(certFile);
        boolean hasKey = Files.exists(keyFile);
        if (hasCert && hasKey) {
            return load(certFile, keyFile);
        }
        if (hasCert || hasKey) {
            throw new CertificateStoreException("incomplete CA in " + caDir + ": " + (hasCert ? KEY_FILE : CERTIFICATE_FILE)
                    + " is missing; move the directory away to create a new CA");
        }
        return create(caDir, certFile, keyFile);
    }

    private static CertificateAuthority load(Path certFile, Path keyFile) {
        X509Certificate cert = PemFiles.readCertificate(certFile);
        PrivateKey key = PemFiles.readPrivateKey(keyFile);
        if (!CaIssuer.matches(cert.getPublicKey(), key)) {
            throw new CertificateStoreException(keyFile + " does not belong to the certificate in " + certFile);
        }
        return new CertificateAuthority(cert, key, certFile);
    }

    private static CertificateAuthority create(Path caDir, Path certFile, Path keyFile) {
        KeyPair keys = CaIssuer.rsaKeyPair();
        X509Certificate cert = CaIssuer.selfSignedRoot(keys, CaIssuer.randomInstallId(), Instant.now());
        try {
            Files.createDirectories(caDir);
            writeAtomically(keyFile, PemFiles.privateKeyToPem(keys.getPrivate()), true);
            writeAtomically(certFile, PemFiles.certificateToPem(cert), false);
        } catch (IOException e) {
            throw new CertificateStoreException("cannot create the CA in " + caDir + ": " + describe(e), e);
        }
        return new CertificateAuthority(cert, keys.getPrivate(), certFile);
    }

    /** Written to a temporary name and moved, so a crash never leaves a half-written file behind. */
    private static void writeAtomically(Path target, String content, boolean secret) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (secret && tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // The mode is set when the file is created, so the key is never readable by others, even briefly.
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getFile() + ": " + fs.getReason();
        }
        return e.getClass().getSimpleName() + " " + PemFiles.oneLine(e);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** For {@link LeafCertificates} only: the signing key stays inside this package. */
    PrivateKey privateKey() {
        return privateKey;
    }

    public String toPem() {
        return PemFiles.certificateToPem(certificate);
    }

    public byte[] toDer() {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot DER-encode the CA certificate", e);
        }
    }

    /** SHA-256 of the DER certificate as upper-case hex pairs joined by colons, as phones display it. */
    public String sha256Fingerprint() {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest("SHA-256", toDer()));
    }

    /**
     * OpenSSL's pre-1.0 subject hash ({@code openssl x509 -subject_hash_old}): the first four bytes of the MD5
     * of the DER subject, read little-endian. Android names its system CA files {@code <hash>.0}.
     */
    public String subjectHashOld() {
        byte[] md5 = digest("MD5", certificate.getSubjectX500Principal().getEncoded());
        long hash = (md5[0] & 0xffL) | (md5[1] & 0xffL) << 8 | (md5[2] & 0xffL) << 16 | (md5[3] & 0xffL) << 24;
        return String.format(Locale.ROOT, "%08x", hash);
    }

    public Path certificatePath() {
        return certificatePath;
    }

    public Instant notBefore() {
        return certificate.getNotBefore().toInstant();
    }

    public Instant notAfter() {
        return certificate.getNotAfter().toInstant();
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }
}
