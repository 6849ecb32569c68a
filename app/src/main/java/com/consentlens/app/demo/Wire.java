package com.consentlens.app.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.Zstd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The encodings SDKs wrap identifiers in before they leave the phone: hashes (IMEI → md5 hex is the ad
 * industry's "muid"), compression (gzip, zlib deflate, zstd), base64, JSON and form bodies. The demo builds
 * its traffic with these so the detectors have to undo exactly what real SDKs do.
 */
final class Wire {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Wire() {
    }

    static String md5(String value) {
        return hex("MD5", value);
    }

    /**
     * Umeng's {@code HelperUtils.getUmengMD5}: each digest byte through {@code Integer.toHexString(b & 0xff)},
     * so a byte below 0x10 loses its leading zero (lower case).
     */
    static String umengMd5(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : digest("MD5", utf8(value))) {
            sb.append(Integer.toHexString(b & 0xff));
        }
        return sb.toString();
    }

    static String sha1(String value) {
        return hex("SHA-1", value);
    }

    static String sha256(String value) {
        return hex("SHA-256", value);
    }

    static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }

    private static String hex(String algorithm, String value) {
        return HexFormat.of().formatHex(digest(algorithm, utf8(value)));
    }

    /** The digest of the parts, one after the other. */
    private static byte[] digest(String algorithm, byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required by every JDK", e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static String base64(String s) {
        return base64(utf8(s));
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** zlib-wrapped deflate (RFC 1950), what {@code java.util.zip.Deflater} writes by default on Android. */
    static byte[] zlib(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION))) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Umeng's {@code Envelope.seal} with encryption on: the deflated entity through {@code DataHelper.encrypt}
     * (AES/CBC/PKCS7Padding, its constant IV), keyed with bytes 1 to 16 of the envelope's signature (hex).
     */
    static byte[] umengEncrypt(byte[] entity, String signatureHex) {
        return aes("AES/CBC/PKCS5Padding", java.util.Arrays.copyOfRange(java.util.HexFormat.of().parseHex(signatureHex), 1, 17),
                UMENG_IV, entity);
    }

    /**
     * Pangle's {@code "cypher": 3} message: {@code "3"}, 16 random bytes {@code K} and 8 random bytes {@code I}
     * in hex, then Android's {@code Base64.DEFAULT} (lines of 76) of AES/CBC/PKCS5 over the JSON, keyed with the
     * 32 characters of {@code K} with their halves swapped and the 16 characters of {@code I} as the IV.
     */
    static String pangleCypher3(String json) {
        byte[] random = new byte[24];
        new java.security.SecureRandom().nextBytes(random);
        String k = java.util.HexFormat.of().formatHex(random, 0, 16);
        String iv = java.util.HexFormat.of().formatHex(random, 16, 24);
        byte[] cipherText = aes("AES/CBC/PKCS5Padding", utf8(k.substring(16) + k.substring(0, 16)), utf8(iv), utf8(json));
        return "3" + k + iv + java.util.Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(cipherText) + "\n";
    }

    /**
     * Kuaishou's ad SDK message: base64 of AES-128-ECB (PKCS#5) over gzip of the JSON, keyed with the SDK's
     * constant {@code GWL8jXHLnzp63QDH}.
     */
    static String kuaishouMessage(String json) {
        return java.util.Base64.getEncoder().encodeToString(
                aes("AES/ECB/PKCS5Padding", utf8("GWL8jXHLnzp63QDH"), null, gzip(utf8(json))));
    }

    /**
     * A Tencent MTA report ({@code com.tencent.stat}, {@code com.tencent.wxop.stat}): the JSON event list,
     * from 256 characters on gzipped behind its length (4 bytes, big-endian; {@code Content-Encoding:
     * rc4,gzip}), then RC4 under the SDK's constant key {@code 03a976511e2cbe3a7f26808fb7af3c05}.
     */
    static byte[] mtaReport(String json) {
        byte[] plain = utf8(json);
        if (json.length() >= 256) {
            byte[] gzip = gzip(plain);
            plain = java.nio.ByteBuffer.allocate(4 + gzip.length).putInt(plain.length).put(gzip).array();
        }
        try {
            javax.crypto.Cipher rc4 = javax.crypto.Cipher.getInstance("ARCFOUR");
            rc4.init(javax.crypto.Cipher.ENCRYPT_MODE,
                    new javax.crypto.spec.SecretKeySpec(utf8("03a976511e2cbe3a7f26808fb7af3c05"), "ARCFOUR"));
            return rc4.doFinal(plain);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 64-byte constant of ByteDance's native {@code ttEncrypt} that key and IV are derived with. */
    static final String BYTEDANCE_SALT = "4dd4c2e6b83162090e52b3c7a6733ba41cb2462b829ab58a196b39db57177524"
            + "f49baf7f08e8d68d26a72e37c1a95a2f1f05a51892aef2949732b62a38aadd58";

    /**
     * ByteDance AppLog's "tt-data" body ({@code application/octet-stream;tt-data=a}): what the native
     * {@code ttEncrypt} makes of the SDK's gzip: {@code 74 63 05 10 00 00}, 32 random bytes {@code R},
     * AES-128-CBC over {@code SHA-512(payload) || payload}, key and IV the first 32 bytes of
     * {@code SHA-512(SHA-512(R) || salt)}.
     */
    static byte[] byteDanceTtData(byte[] payload) {
        byte[] seed = new byte[32];
        new java.security.SecureRandom().nextBytes(seed);
        byte[] derived = digest("SHA-512", digest("SHA-512", seed), HexFormat.of().parseHex(BYTEDANCE_SALT));
        byte[] plain = java.nio.ByteBuffer.allocate(64 + payload.length).put(digest("SHA-512", payload)).put(payload)
                .array();
        byte[] cipherText = aes("AES/CBC/PKCS5Padding", java.util.Arrays.copyOf(derived, 16),
                java.util.Arrays.copyOfRange(derived, 16, 32), plain);
        return java.nio.ByteBuffer.allocate(38 + cipherText.length).put(new byte[] {0x74, 0x63, 0x05, 0x10, 0, 0})
                .put(seed).put(cipherText).array();
    }

    /** AES encryption as the SDKs write it ({@code iv} null for ECB). */
    private static byte[] aes(String transformation, byte[] key, byte[] iv, byte[] plain) {
        try {
            javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance(transformation);
            javax.crypto.spec.SecretKeySpec spec = new javax.crypto.spec.SecretKeySpec(key, "AES");
            if (iv == null) {
                aes.init(javax.crypto.Cipher.ENCRYPT_MODE, spec);
            } else {
                aes.init(javax.crypto.Cipher.ENCRYPT_MODE, spec, new javax.crypto.spec.IvParameterSpec(iv));
            }
            return aes.doFinal(plain);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final byte[] UMENG_IV = {10, 1, 11, 5, 4, 15, 7, 9, 23, 3, 1, 6, 8, 12, 13, 91};

    static byte[] zstd(byte[] bytes) {
        return Zstd.compress(bytes, 3);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as JSON: " + value, e);
        }
    }

    /** {@code application/x-www-form-urlencoded} in insertion order, as Android's Uri.Builder writes it. */
    static String form(Map<String, ?> fields) {
        StringJoiner joiner = new StringJoiner("&");
        fields.forEach((k, v) -> joiner.add(urlEncode(k) + "=" + urlEncode(String.valueOf(v))));
        return joiner.toString();
    }

    static String urlEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** An insertion-ordered map from alternating keys and values, for readable JSON and form literals. */
    static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
