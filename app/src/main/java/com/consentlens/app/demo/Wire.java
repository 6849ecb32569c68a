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
        try {
            StringBuilder sb = new StringBuilder();
            for (byte b : java.security.MessageDigest.getInstance("MD5").digest(utf8(value))) {
                sb.append(Integer.toHexString(b & 0xff));
            }
            return sb.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
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
