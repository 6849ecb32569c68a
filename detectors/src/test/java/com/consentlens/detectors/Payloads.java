package com.consentlens.detectors;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import com.github.luben.zstd.Zstd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
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

    /**
     * Base64 as Mintegral's {@code SameBase64Tool} writes it: standard base64, then each character swapped
     * through the SDK's table (pairs below as decompiled: standard character, then Mintegral's).
     */
    public static String mintegralBase64(byte[] data) {
        String pairs = "AvBSCoDaEjFcG7HdIRJzKpLWMiNfOGPyQNRxSZTnUVV5WkX+YDZHaLbYchdJe4f6glhti0jUk3lQmrngoEpuqqr8sstwu/vXwMxeyBzA"
                + "0T122F3b495P617O8I9K+m/C";
        java.util.Map<Character, Character> swap = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length(); i += 2) {
            swap.put(pairs.charAt(i), pairs.charAt(i + 1));
        }
        StringBuilder out = new StringBuilder();
        for (char c : base64(data).toCharArray()) {
            out.append(swap.getOrDefault(c, c)); // '=' padding stays
        }
        return out.toString();
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

    /**
     * Umeng's {@code HelperUtils.getUmengMD5}: the MD5 digest, each byte as {@code Integer.toHexString(b & 0xff)}
     * writes it (no leading zero), as the header's {@code idmd5} carries it.
     */
    public static String umengMd5(String s) {
        try {
            StringBuilder sb = new StringBuilder();
            for (byte b : MessageDigest.getInstance("MD5").digest(utf8(s))) {
                sb.append(Integer.toHexString(b & 0xff));
            }
            return sb.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Umeng's {@code Envelope.seal} with encryption on: {@code DataHelper.encrypt} (AES/CBC/PKCS7Padding, IV
     * {@code {10, 1, 11, 5, 4, 15, 7, 9, 23, 3, 1, 6, 8, 12, 13, 91}}) of the deflated entity, keyed with bytes 1
     * to 16 of the signature, as decompiled umeng-common writes it.
     */
    public static byte[] umengEncrypt(byte[] entity, String signatureHex) {
        return aesEncrypt("AES/CBC/PKCS5Padding", java.util.Arrays.copyOfRange(HexFormat.of().parseHex(signatureHex), 1, 17),
                new byte[] {10, 1, 11, 5, 4, 15, 7, 9, 23, 3, 1, 6, 8, 12, 13, 91}, entity);
    }

    /**
     * Pangle's {@code "cypher": 3} message as its {@code com.bytedance.sdk.component.utils} helper writes it:
     * {@code "3"}, 32 hex digits {@code K}, 16 hex digits {@code I}, then Android's {@code Base64.DEFAULT} (lines
     * of 76) of AES/CBC/PKCS5 over the JSON, keyed with {@code K}'s halves swapped (ASCII) and {@code I} (ASCII).
     */
    public static String pangleMessage(String json, String keyHex, String ivHex) {
        byte[] cipherText = aesEncrypt("AES/CBC/PKCS5Padding", utf8(keyHex.substring(16) + keyHex.substring(0, 16)),
                utf8(ivHex), utf8(json));
        return "3" + keyHex + ivHex + Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(cipherText) + "\n";
    }

    /**
     * A Pangle {@code "cypher": 2} message (SDK 3, GroMore): {@code "2" + K + base64} (Android's {@code DEFAULT},
     * a line break every 76 characters) of AES-128-ECB (PKCS#5) over the JSON, keyed with
     * {@code (K + K).substring(8, 24)} (ASCII), {@code K} 16 hex digits.
     */
    public static String pangleCypher2Message(String json, String keyHex) {
        return pangleCypher2Message(utf8(json), keyHex);
    }

    public static String pangleCypher2Message(byte[] payload, String keyHex) {
        String key = (keyHex + keyHex).substring(8, 24);
        byte[] cipherText = aesEncrypt("AES/ECB/PKCS5Padding", utf8(key), null, payload);
        return "2" + keyHex + Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(cipherText) + "\n";
    }

    /**
     * Kuaishou's ad SDK message ({@code Ks-Encoding: 2}): base64 of AES-128-ECB (PKCS#5) over gzip of the JSON,
     * keyed with the SDK's constant {@code GWL8jXHLnzp63QDH}.
     */
    public static String kuaishouMessage(String json) {
        return kuaishouMessage(utf8(json));
    }

    public static String kuaishouMessage(byte[] payload) {
        return base64(aesEncrypt("AES/ECB/PKCS5Padding", utf8("GWL8jXHLnzp63QDH"), null, gzip(payload)));
    }

    /**
     * Getui's frame ({@code com.igexin.getuiext.util.g} and its successors in Getui's push, GTC and GBD code):
     * the first 8 hex digits of the MD5 of the time in milliseconds, gzip of the payload, the last 8 digits.
     */
    public static byte[] getuiFrame(byte[] payload, long millis) {
        String md5 = md5(Long.toString(millis));
        byte[] gzip = gzip(payload);
        return java.nio.ByteBuffer.allocate(gzip.length + 16).put(utf8(md5.substring(0, 8))).put(gzip)
                .put(utf8(md5.substring(24, 32))).array();
    }

    /**
     * GetuiExt's installed-app report ({@code com.igexin.getuiext}, {@code action: reportApps}), as its decompiled
     * code builds it: the apps (package, version code, checksum) as a JSON array, gzipped, in Getui's frame
     * ({@link #getuiFrame}), made a string with {@code new String(bytes, "ISO-8859-1")}, put into a
     * JSONObject beside the push client id and app id, and posted as the object's UTF-8 text (this JSON).
     */
    public static String getuiReportAppsJson(java.util.List<String> packages) {
        StringBuilder apps = new StringBuilder("[");
        for (String p : packages) {
            apps.append(apps.length() > 1 ? "," : "").append("{\"pkgname\":\"").append(p)
                    .append("\",\"versionCode\":\"").append(100 + p.length()).append("\",\"checksum\":\"")
                    .append(md5(p).toUpperCase(java.util.Locale.ROOT)).append("\"}");
        }
        byte[] frame = getuiFrame(utf8(apps.append(']').toString()), 1763883662123L);
        String latin1 = new String(frame, StandardCharsets.ISO_8859_1);
        String json = "{\"action\":\"reportApps\",\"cid\":\"8f2b7cd15e3a4e0f9c6d2a1b0e4f7a93\","
                + "\"app_id\":\"kG7wQ2pX9LaB3vN5mR8tY1\",\"selfpkg\":\"com.example.shop\",\"apps\":"
                + orgJsonQuote(latin1) + "}";
        return json;
    }

    /**
     * A JSON string literal as Android's {@code org.json} writes it ({@code JSONObject.quote}): quote, backslash
     * and {@code </} escaped, {@code \b \t \n \f \r}, and {@code \}{@code uXXXX} for other controls, for
     * U+0080–U+009F and for U+2000–U+20FF; everything else as it is.
     */
    public static String orgJsonQuote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        char previous = 0;
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '/' -> out.append(previous == '<' ? "\\/" : "/");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> out.append(c < ' ' || c >= '\u0080' && c < '\u00a0' || c >= '\u2000' && c < '\u2100'
                        ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
            previous = c;
        }
        return out.append('"').toString();
    }

    /**
     * A Tencent MTA report as {@code com.tencent.stat} (and the WeChat Open SDK's {@code com.tencent.wxop.stat})
     * sends it: RC4 under the SDK's constant key over the JSON event list, which from 256 characters on is first
     * gzipped behind its length (4 bytes, big-endian), as the SDK's {@code Content-Encoding: rc4,gzip} says.
     */
    public static byte[] mtaReport(String json) {
        return json.length() >= 256 ? mtaPacked(utf8(json)) : rc4(utf8(json));
    }

    /** The long form of {@link #mtaReport} around any payload. */
    public static byte[] mtaPacked(byte[] payload) {
        byte[] gzip = gzip(payload);
        return rc4(java.nio.ByteBuffer.allocate(4 + gzip.length).putInt(payload.length).put(gzip).array());
    }

    /** RC4 under MTA's key, {@code 03a976511e2cbe3a7f26808fb7af3c05}; the second form takes another key, for negatives. */
    public static byte[] rc4(byte[] plain) {
        return rc4(plain, "03a976511e2cbe3a7f26808fb7af3c05");
    }

    /** RC4 by BouncyCastle's {@code RC4Engine} (any key of 1 to 256 bytes; the JDK's stops at 128). */
    public static byte[] rc4(byte[] plain, String key) {
        org.bouncycastle.crypto.engines.RC4Engine rc4 = new org.bouncycastle.crypto.engines.RC4Engine();
        rc4.init(true, new org.bouncycastle.crypto.params.KeyParameter(utf8(key)));
        byte[] out = new byte[plain.length];
        rc4.processBytes(plain, 0, plain.length, out, 0);
        return out;
    }

    /** The key of Alibaba's UT uploader ({@code com.alibaba.mtl.log}) and of UTDID, tbrest and Umeng's ut module. */
    public static final String ALIBABA_RC4_KEY = "QrMgt8GGYI6T52ZY5AnhtxkLzb8egpFn3j5JELI8H6wtACbUnZ5cc3aYTsTRbmkAkRJeYbtx"
            + "92LPBWm7nBO9UIl7y5i5MQNmUZNf5QENurR5tGyo7yJ2G0MBjWvy6iAtlAbacKP0SwOUeUWx5dsBdyhxa7Id1APtybSdDgicBDuNjI0mlZFU"
            + "zZSS9dmN8lBD0WTVOMz0pRZbR3cysomRXOO1ghqjJdTcyDIxzpNAEszN8RMGjrzyU7Hjbmwi6YNK";

    /**
     * Alibaba's UT upload body as {@code com.alibaba.mtl.log}'s {@code HttpUtils} writes it for method 2
     * ({@code multipart/form-data; boundary=GJircTeP}): one part per event id, named and file-named after it,
     * {@code application/octet-stream}, holding RC4 (under {@link #ALIBABA_RC4_KEY}) of gzip of the log lines.
     */
    public static byte[] alibabaUtUpload(String eventId, String logLines) {
        return alibabaUtPart(eventId, rc4(gzip(utf8(logLines)), ALIBABA_RC4_KEY));
    }

    public static byte[] alibabaUtPart(String eventId, byte[] part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(String.format("--GJircTeP\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                + "Content-Type: application/octet-stream \r\n\r\n", eventId, eventId)));
        out.writeBytes(part);
        out.writeBytes(utf8("\r\n--GJircTeP--\r\n"));
        return out.toByteArray();
    }

    /**
     * One of Baidu Mobile Statistics' header values as {@code CooperService.getSecretValue} writes it: base64 of
     * AES-128-CBC (PKCS#5) of the value, the key ({@code h9YLQoINGWyOBYYk} in the SDK) doubling as the IV.
     */
    public static String baiduSecret(String value, String key) {
        return base64(aesEncrypt("AES/CBC/PKCS5Padding", utf8(key), utf8(key), utf8(value)));
    }

    /** The 64-byte constant of ByteDance's native {@code ttEncrypt}, from which key and IV are derived. */
    public static final String BYTEDANCE_SALT = "4dd4c2e6b83162090e52b3c7a6733ba41cb2462b829ab58a196b39db57177524"
            + "f49baf7f08e8d68d26a72e37c1a95a2f1f05a51892aef2949732b62a38aadd58";

    /**
     * ByteDance's "tt-data" message as AppLog's native {@code ttEncrypt} writes it around the SDK's gzip of the
     * JSON: {@code 74 63 05 10 00 00}, 32 random bytes {@code R}, then AES-128-CBC (PKCS#7) over
     * {@code SHA-512(payload) || payload}, key and IV the first 32 bytes of {@code SHA-512(SHA-512(R) || salt)}.
     */
    public static byte[] byteDanceTtData(byte[] payload) {
        return byteDanceTtData(payload, BYTEDANCE_SALT);
    }

    /** {@link #byteDanceTtData} with another salt, for negatives. */
    public static byte[] byteDanceTtData(byte[] payload, String saltHex) {
        byte[] seed = new byte[32];
        new java.util.Random(payload.length).nextBytes(seed);
        byte[] derived = sha512Bytes(sha512Bytes(seed), HexFormat.of().parseHex(saltHex));
        byte[] plain = ByteBuffer.allocate(64 + payload.length).put(sha512Bytes(payload)).put(payload).array();
        byte[] cipherText = aesEncrypt("AES/CBC/PKCS5Padding", java.util.Arrays.copyOf(derived, 16),
                java.util.Arrays.copyOfRange(derived, 16, 32), plain);
        return ByteBuffer.allocate(38 + cipherText.length).put(new byte[] {0x74, 0x63, 0x05, 0x10, 0, 0}).put(seed)
                .put(cipherText).array();
    }

    private static byte[] sha512Bytes(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-512");
            for (byte[] part : parts) {
                sha.update(part);
            }
            return sha.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** AES encryption as the SDKs write it ({@code iv} null for ECB). */
    public static byte[] aesEncrypt(String transformation, byte[] key, byte[] iv, byte[] plain) {
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

    /**
     * A Thrift struct writer over Apache Thrift's own {@code TCompactProtocol} or {@code TBinaryProtocol}
     * (the library is a test dependency only): the bytes are what a real Thrift client sends.
     */
    public static final class Thrift {
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        private final org.apache.thrift.protocol.TProtocol protocol;

        public Thrift(boolean compact) {
            try {
                org.apache.thrift.transport.TTransport t = new org.apache.thrift.transport.TIOStreamTransport(out);
                protocol = compact ? new org.apache.thrift.protocol.TCompactProtocol(t)
                        : new org.apache.thrift.protocol.TBinaryProtocol(t);
                protocol.writeStructBegin(new org.apache.thrift.protocol.TStruct("s"));
            } catch (org.apache.thrift.TException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Something written through the protocol (which declares TException). */
        public interface Step {
            void write(org.apache.thrift.protocol.TProtocol p) throws org.apache.thrift.TException;
        }

        public Thrift raw(Step step) {
            try {
                step.write(protocol);
            } catch (org.apache.thrift.TException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        private Thrift field(int id, byte type, Step value) {
            return raw(p -> {
                p.writeFieldBegin(new org.apache.thrift.protocol.TField("f" + id, type, (short) id));
                value.write(p);
                p.writeFieldEnd();
            });
        }

        public Thrift string(int id, String value) {
            return field(id, org.apache.thrift.protocol.TType.STRING, p -> p.writeString(value));
        }

        public Thrift binary(int id, byte[] value) {
            return field(id, org.apache.thrift.protocol.TType.STRING, p -> p.writeBinary(java.nio.ByteBuffer.wrap(value)));
        }

        public Thrift i32(int id, int value) {
            return field(id, org.apache.thrift.protocol.TType.I32, p -> p.writeI32(value));
        }

        public Thrift i64(int id, long value) {
            return field(id, org.apache.thrift.protocol.TType.I64, p -> p.writeI64(value));
        }

        public Thrift dbl(int id, double value) {
            return field(id, org.apache.thrift.protocol.TType.DOUBLE, p -> p.writeDouble(value));
        }

        public Thrift bool(int id, boolean value) {
            return field(id, org.apache.thrift.protocol.TType.BOOL, p -> p.writeBool(value));
        }

        /** A nested struct in field {@code id}, written by {@code body} between its begin and its STOP. */
        public Thrift struct(int id, java.util.function.Consumer<Thrift> body) {
            raw(p -> {
                p.writeFieldBegin(new org.apache.thrift.protocol.TField("f" + id, org.apache.thrift.protocol.TType.STRUCT, (short) id));
                p.writeStructBegin(new org.apache.thrift.protocol.TStruct("n"));
            });
            body.accept(this);
            return raw(p -> {
                p.writeFieldStop();
                p.writeStructEnd();
                p.writeFieldEnd();
            });
        }

        public Thrift strings(int id, java.util.List<String> values) {
            return field(id, org.apache.thrift.protocol.TType.LIST, p -> {
                p.writeListBegin(new org.apache.thrift.protocol.TList(org.apache.thrift.protocol.TType.STRING, values.size()));
                for (String v : values) {
                    p.writeString(v);
                }
                p.writeListEnd();
            });
        }

        public Thrift stringMap(int id, java.util.Map<String, String> values) {
            return field(id, org.apache.thrift.protocol.TType.MAP, p -> {
                p.writeMapBegin(new org.apache.thrift.protocol.TMap(org.apache.thrift.protocol.TType.STRING,
                        org.apache.thrift.protocol.TType.STRING, values.size()));
                for (var e : values.entrySet()) {
                    p.writeString(e.getKey());
                    p.writeString(e.getValue());
                }
                p.writeMapEnd();
            });
        }

        public byte[] build() {
            raw(p -> {
                p.writeFieldStop();
                p.writeStructEnd();
            });
            return out.toByteArray();
        }
    }
}
