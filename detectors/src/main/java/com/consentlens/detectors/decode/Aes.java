package com.consentlens.detectors.decode;

import java.security.GeneralSecurityException;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES decryption for the decoders that open SDK payloads whose key travels with them ({@link UmengEnvelope},
 * {@link PangleMessageDecoder}, {@link ByteDanceCipherDecoder}) or ships inside the SDK
 * ({@link KuaishouCipherDecoder}, {@link BaiduSecretDecoder}). Bytes that do not decrypt (not whole blocks,
 * bad padding: the wrong key) give null, never an exception: most candidates are not such payloads.
 */
final class Aes {
    private Aes() {
    }

    /** AES/CBC/PKCS5Padding (PKCS#7 on 16-byte blocks) of {@code b}; null when it does not decrypt. */
    static byte[] cbc(byte[] key, byte[] iv, byte[] b, int offset, int length) {
        return decrypt("AES/CBC/PKCS5Padding", key, iv, b, offset, length);
    }

    /** AES/ECB/PKCS5Padding of {@code b}; null when it does not decrypt. */
    static byte[] ecb(byte[] key, byte[] b, int offset, int length) {
        return decrypt("AES/ECB/PKCS5Padding", key, null, b, offset, length);
    }

    /** A cipher for decryption, ready to use (for callers that keep one per thread). */
    static Cipher decrypting(String transformation, byte[] key) {
        try {
            Cipher c = Cipher.getInstance(transformation);
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every Java runtime", e);
        }
    }

    private static byte[] decrypt(String transformation, byte[] key, byte[] iv, byte[] b, int offset, int length) {
        try {
            Cipher c = Cipher.getInstance(transformation);
            if (iv == null) {
                c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"));
            } else {
                c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            }
            return c.doFinal(b, offset, length);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
