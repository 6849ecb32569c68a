package com.consentlens.app.demo;

import com.github.luben.zstd.Zstd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Test-side decoders that undo what the demo SDKs encode: independent of {@link Wire} on purpose. */
final class WireReaders {
    record ProtoField(int number, int wireType, long varint, byte[] bytes) {
        String string() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        double asDouble() {
            return Double.longBitsToDouble(varint);
        }
    }

    private WireReaders() {
    }

    static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] inflate(byte[] bytes) {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Umeng's {@code DataHelper.decrypt}, keyed as {@code Envelope.seal} keys it: bytes 1–16 of the signature. */
    static byte[] umengDecrypt(byte[] entity, String signatureHex) {
        return aes("AES/CBC/PKCS5Padding", java.util.Arrays.copyOfRange(java.util.HexFormat.of().parseHex(signatureHex), 1, 17),
                new byte[] {10, 1, 11, 5, 4, 15, 7, 9, 23, 3, 1, 6, 8, 12, 13, 91}, entity);
    }

    /** Pangle's cypher 3 message read as the SDK's own decrypt reads it ({@code substring(1, 33)}, {@code (33, 49)}). */
    static String pangleCypher3(String message) {
        String k = message.substring(1, 33);
        byte[] plain = aes("AES/CBC/PKCS5Padding", (k.substring(16) + k.substring(0, 16)).getBytes(StandardCharsets.US_ASCII),
                message.substring(33, 49).getBytes(StandardCharsets.US_ASCII),
                java.util.Base64.getMimeDecoder().decode(message.substring(49)));
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** Kuaishou's message: base64, then AES-128-ECB under the SDK's constant key, then gzip. */
    static String kuaishouMessage(String message) {
        byte[] plain = aes("AES/ECB/PKCS5Padding", "GWL8jXHLnzp63QDH".getBytes(StandardCharsets.US_ASCII), null,
                java.util.Base64.getDecoder().decode(message));
        return new String(gunzip(plain), StandardCharsets.UTF_8);
    }

    /**
     * An MTA report read as the SDK's own response handling reads {@code rc4,gzip}: RC4 under the constant key,
     * then (when the header says gzip) the 4-byte length before the gzip stream.
     */
    static String mtaReport(byte[] body, String contentEncoding) {
        try {
            javax.crypto.Cipher rc4 = javax.crypto.Cipher.getInstance("ARCFOUR");
            rc4.init(javax.crypto.Cipher.DECRYPT_MODE, new javax.crypto.spec.SecretKeySpec(
                    "03a976511e2cbe3a7f26808fb7af3c05".getBytes(StandardCharsets.US_ASCII), "ARCFOUR"));
            byte[] plain = rc4.doFinal(body);
            if (contentEncoding.equals("rc4,gzip")) {
                plain = gunzip(java.util.Arrays.copyOfRange(plain, 4, plain.length));
            }
            return new String(plain, StandardCharsets.UTF_8);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An AppLog "tt-data" body read as ByteDance's server reads it: key and IV from the 32 bytes after the
     * 6-byte header and the salt, AES-128-CBC, the SHA-512 in front checked against the gzip behind it.
     */
    static String byteDanceTtData(byte[] body) {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-512");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(sha.digest(java.util.Arrays.copyOfRange(body, 6, 38)));
        byte[] derived = sha.digest(java.util.HexFormat.of().parseHex(Wire.BYTEDANCE_SALT));
        byte[] plain = aes("AES/CBC/PKCS5Padding", java.util.Arrays.copyOf(derived, 16),
                java.util.Arrays.copyOfRange(derived, 16, 32), java.util.Arrays.copyOfRange(body, 38, body.length));
        byte[] gzip = java.util.Arrays.copyOfRange(plain, 64, plain.length);
        if (!java.util.Arrays.equals(sha.digest(gzip), java.util.Arrays.copyOf(plain, 64))) {
            throw new IllegalStateException("tt-data digest does not match its payload");
        }
        return new String(gunzip(gzip), StandardCharsets.UTF_8);
    }

    /** AES decryption as the SDKs' servers do it ({@code iv} null for ECB). */
    private static byte[] aes(String transformation, byte[] key, byte[] iv, byte[] cipherText) {
        try {
            javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance(transformation);
            javax.crypto.spec.SecretKeySpec spec = new javax.crypto.spec.SecretKeySpec(key, "AES");
            if (iv == null) {
                aes.init(javax.crypto.Cipher.DECRYPT_MODE, spec);
            } else {
                aes.init(javax.crypto.Cipher.DECRYPT_MODE, spec, new javax.crypto.spec.IvParameterSpec(iv));
            }
            return aes.doFinal(cipherText);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The binary field {@code id} of a compact-protocol Thrift struct, read by Apache Thrift itself. */
    static byte[] thriftField(byte[] bytes, int id) {
        try {
            org.apache.thrift.protocol.TCompactProtocol p = new org.apache.thrift.protocol.TCompactProtocol(
                    new org.apache.thrift.transport.TIOStreamTransport(new java.io.ByteArrayInputStream(bytes)));
            p.readStructBegin();
            while (true) {
                org.apache.thrift.protocol.TField f = p.readFieldBegin();
                if (f.type == org.apache.thrift.protocol.TType.STOP) {
                    throw new IllegalArgumentException("no field " + id);
                }
                if (f.id == id) {
                    java.nio.ByteBuffer b = p.readBinary();
                    byte[] out = new byte[b.remaining()];
                    b.get(out);
                    return out;
                }
                org.apache.thrift.protocol.TProtocolUtil.skip(p, f.type);
                p.readFieldEnd();
            }
        } catch (org.apache.thrift.TException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Umeng's base64 {@code IdTracking} struct, read by Apache Thrift: its snapshots as {@code name=identity}. */
    static String umengIdTracking(String base64) {
        byte[] bytes = java.util.Base64.getMimeDecoder().decode(base64);
        StringBuilder out = new StringBuilder();
        try {
            org.apache.thrift.protocol.TCompactProtocol p = new org.apache.thrift.protocol.TCompactProtocol(
                    new org.apache.thrift.transport.TIOStreamTransport(new java.io.ByteArrayInputStream(bytes)));
            p.readStructBegin();
            org.apache.thrift.protocol.TField snapshots = p.readFieldBegin();
            if (snapshots.id != 1 || snapshots.type != org.apache.thrift.protocol.TType.MAP) {
                throw new IllegalArgumentException("no snapshots map");
            }
            org.apache.thrift.protocol.TMap map = p.readMapBegin();
            for (int i = 0; i < map.size; i++) {
                String name = p.readString();
                p.readStructBegin();
                for (org.apache.thrift.protocol.TField f = p.readFieldBegin(); f.type != org.apache.thrift.protocol.TType.STOP;
                        f = p.readFieldBegin()) {
                    if (f.id == 1) {
                        out.append(name).append('=').append(p.readString()).append(' ');
                    } else {
                        org.apache.thrift.protocol.TProtocolUtil.skip(p, f.type);
                    }
                    p.readFieldEnd();
                }
                p.readStructEnd();
            }
        } catch (org.apache.thrift.TException e) {
            throw new IllegalArgumentException(e);
        }
        return out.toString();
    }

    static byte[] unzstd(byte[] bytes) {
        return Zstd.decompress(bytes, (int) Zstd.getFrameContentSize(bytes));
    }

    static Map<String, String> form(String body) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return map;
    }

    /** One level of protobuf fields; nested messages stay as bytes for the caller to parse again. */
    static List<ProtoField> proto(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<ProtoField> fields = new ArrayList<>();
        while (in.hasRemaining()) {
            long key = varint(in);
            int number = (int) (key >>> 3);
            int type = (int) (key & 7);
            switch (type) {
                case 0 -> fields.add(new ProtoField(number, type, varint(in), new byte[0]));
                case 1 -> fields.add(new ProtoField(number, type, in.getLong(), new byte[0]));
                case 2 -> {
                    byte[] value = new byte[(int) varint(in)];
                    in.get(value);
                    fields.add(new ProtoField(number, type, 0, value));
                }
                default -> throw new IllegalArgumentException("unexpected wire type " + type);
            }
        }
        return fields;
    }

    private static long varint(ByteBuffer in) {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }

    /** Every string in a JCE struct, descending into maps and byte lists (which hold nested JCE). */
    static List<String> jceStrings(byte[] bytes) {
        List<String> out = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        while (in.hasRemaining()) {
            readJce(in, out);
        }
        return out;
    }

    private static void readJce(ByteBuffer in, List<String> out) {
        int head = in.get() & 0xff;
        int type = head & 0x0f;
        if ((head >> 4) == 15) {
            in.get();
        }
        switch (type) {
            case 0 -> in.get();
            case 1 -> in.getShort();
            case 2 -> in.getInt();
            case 3 -> in.getLong();
            case 6, 7 -> {
                int len = type == 6 ? in.get() & 0xff : in.getInt();
                byte[] s = new byte[len];
                in.get(s);
                out.add(new String(s, StandardCharsets.UTF_8));
            }
            case 8 -> {
                long size = jceInt(in);
                for (long i = 0; i < size * 2; i++) {
                    readJce(in, out);
                }
            }
            case 12 -> { }
            case 13 -> {
                in.get();
                byte[] nested = new byte[(int) jceInt(in)];
                in.get(nested);
                out.addAll(jceStrings(nested));
            }
            default -> throw new IllegalArgumentException("JCE type not used by the demo: " + type);
        }
    }

    private static long jceInt(ByteBuffer in) {
        int type = in.get() & 0x0f;
        return switch (type) {
            case 0 -> in.get();
            case 1 -> in.getShort();
            case 2 -> in.getInt();
            case 3 -> in.getLong();
            case 12 -> 0;
            default -> throw new IllegalArgumentException("not a JCE integer: " + type);
        };
    }

    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
