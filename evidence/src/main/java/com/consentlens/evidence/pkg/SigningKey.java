package com.consentlens.evidence.pkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * The per-install Ed25519 key that signs evidence packages (JDK 17's built-in Ed25519).
 *
 * <p>What a signature proves: that the manifest — and through its digests every file — is unchanged since
 * someone holding <em>this</em> key signed it. The package carries the public key, so anyone can re-sign a
 * forged package with their own key; the signature is therefore only as good as the recipient's check that
 * the {@link #fingerprint()} printed by {@code verify} matches the fingerprint the tester published (in the
 * test report, on letterhead, on their web site). {@code verify} always prints it for that reason.
 *
 * <p>Files in {@code dir}: {@code evidence-signing.key} (PKCS#8, owner read/write only) and
 * {@code evidence-signing.pub} (X.509 SubjectPublicKeyInfo).
 */
public final class SigningKey {
    static final String ALGORITHM = "Ed25519";
    private static final String PRIVATE_FILE = "evidence-signing.key";
    private static final String PUBLIC_FILE = "evidence-signing.pub";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Loads the key pair from {@code dir}, creating and saving a new one on first use. */
    public static SigningKey loadOrCreate(Path dir) {
        Path priv = dir.resolve(PRIVATE_FILE);
        Path pub = dir.resolve(PUBLIC_FILE);
        try {
            KeyFactory kf = KeyFactory.getInstance(ALGORITHM);
            if (Files.exists(priv) && Files.exists(pub)) {
                return new SigningKey(kf.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(priv))),
                        kf.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(pub))));
            }
            Files.createDirectories(dir);
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            writePrivate(priv, pair.getPrivate().getEncoded());
            Files.write(pub, pair.getPublic().getEncoded());
            return new SigningKey(pair.getPrivate(), pair.getPublic());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load or create the signing key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bad signing key in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Written to a temporary file that is 0600 before any key byte lands in it, then moved into place. */
    private static void writePrivate(Path target, byte[] der) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.write(tmp, der);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public byte[] sign(byte[] data) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(privateKey);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** X.509 SubjectPublicKeyInfo DER of the public key, as embedded in manifests. */
    public byte[] publicKeyDer() {
        return publicKey.getEncoded();
    }

    /** SHA-256 of {@link #publicKeyDer()}, hex: what a recipient compares with the tester's published value. */
    public String fingerprint() {
        return fingerprintOf(publicKeyDer());
    }

    static String fingerprintOf(byte[] publicKeyDer) {
        return Digests.hex(Digests.sha256(publicKeyDer));
    }

    /** Checks an Ed25519 signature made by the holder of {@code publicKeyDer}. */
    static boolean verify(byte[] publicKeyDer, byte[] data, byte[] signature) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(publicKeyDer));
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
