package com.consentlens.detectors;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import com.github.luben.zstd.Zstd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** Encoders that build wire payloads the way SDKs do (gzip, base64, protobuf…), for test rows. */
public final class Payloads {
    private Payloads() {
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] gzip(byte[] data) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(data);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] deflate(byte[] data, boolean zlibHeader) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(6, !zlibHeader))) {
                d.write(data);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] zstd(byte[] data) {
        return Zstd.compress(data);
    }

    public static byte[] brotli(byte[] data) {
        try {
            Brotli4jLoader.ensureAvailability();
            return Encoder.compress(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String base64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    public static String base64Url(byte[] data) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }

    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(data);
    }

    public static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static String md5(String s) {
        return digest("MD5", s);
    }

    public static String sha1(String s) {
        return digest("SHA-1", s);
    }

    public static String sha256(String s) {
        return digest("SHA-256", s);
    }

    private static String digest(String algorithm, String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(utf8(s)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A protobuf message writer: enough of the wire format to build SDK-shaped test messages. */
    public static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Proto string(int field, String value) {
            return bytes(field, utf8(value));
        }

        public Proto bytes(int field, byte[] value) {
            varint(field << 3 | 2);
            varint(value.length);
            out.writeBytes(value);
            return this;
        }

        public Proto message(int field, Proto message) {
            return bytes(field, message.build());
        }

        public Proto int64(int field, long value) {
            varint(field << 3);
            varint(value);
            return this;
        }

        public Proto dbl(int field, double value) {
            varint(field << 3 | 1);
            long bits = Double.doubleToLongBits(value);
            for (int i = 0; i < 8; i++) {
                out.write((int) (bits >>> (8 * i)) & 0xFF);
            }
            return this;
        }

        private void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            out.write((int) v);
        }

        public byte[] build() {
            return out.toByteArray();
        }
    }
}
