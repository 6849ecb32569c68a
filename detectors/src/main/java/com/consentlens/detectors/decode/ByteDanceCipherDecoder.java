package com.consentlens.detectors.decode;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * ByteDance's "tt-data" encryption (the native {@code ttEncrypt} of {@code libEncryptor.so}): what AppLog
 * (火山引擎 DataFinder / 增长分析, and the same log in ByteDance's own apps) sends to
 * {@code /service/2/device_register/} and {@code /service/2/app_log/} with {@code ?tt_data=a} and
 * {@code Content-Type: application/octet-stream;tt-data=a}; what the SDK puts in a URL's {@code tt_info}
 * (base64url of the same); and what ByteDance's network layer makes of a request's sensitive query fields
 * ({@code uuid}, {@code openudid}, {@code device_id}: base64 of the same, without gzip, in the query field
 * {@code ss_queries} or the header {@code X-SS-QUERIES}). The register body is where the device header
 * travels: {@code udid} (the IMEI), {@code openudid} (the Android ID), {@code mc} (the MAC),
 * {@code serial_number}, {@code sim_serial_number}.
 *
 * <p>The layout, the same in every app: six bytes {@code 74 63 05 10 00 00} ({@code "tc"} and a version), 32
 * random bytes {@code R}, then AES-128-CBC with PKCS#7 padding over {@code SHA-512(payload) || payload} (the
 * payload is the SDK's gzip of the JSON, or the plain query string). Key and IV are the first 32 bytes of
 * {@code SHA-512(SHA-512(R) || SALT)}, {@code SALT} a 64-byte constant of the native library: everything
 * needed travels with the message. The layout and constant are in many public reimplementations; the test
 * checks the decoder against a published output of the native {@code ttEncrypt} itself.
 *
 * <p>The decoder applies to binary bytes with that header and whole blocks after it, and keeps the payload
 * only when the padding is valid and the SHA-512 inside matches it: a damaged or foreign message gives nothing.
 */
public final class ByteDanceCipherDecoder implements Decoder {
    private static final byte[] MAGIC = {0x74, 0x63, 0x05, 0x10, 0x00, 0x00};
    private static final byte[] SALT = HexFormat.of().parseHex(
            "4dd4c2e6b83162090e52b3c7a6733ba41cb2462b829ab58a196b39db57177524"
            + "f49baf7f08e8d68d26a72e37c1a95a2f1f05a51892aef2949732b62a38aadd58");
    private static final int SEED = 32;
    private static final int HEADER = MAGIC.length + SEED;
    private static final int DIGEST = 64;
    private static final int BLOCK = 16;
    /** The digest and at least one byte of payload, padded: five blocks. */
    private static final int MIN_LENGTH = HEADER + DIGEST + BLOCK;

    @Override
    public String name() {
        return "aes-bytedance";
    }

    @Override
    public boolean applies(View view) {
        return framed(view.array(), view.offset(), view.length()) && !view.isText();
    }

    /** For {@link Plausible}: base64 (a URL's {@code tt_info}) or hex of such a message is worth a view. */
    static boolean opens(byte[] b) {
        return framed(b, 0, b.length);
    }

    private static boolean framed(byte[] b, int offset, int length) {
        return length >= MIN_LENGTH && (length - HEADER) % BLOCK == 0
                && Arrays.equals(b, offset, offset + MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        byte[] b = view.array();
        int o = view.offset();
        int n = view.length();
        if (!context.charge(n)) {
            return List.of();
        }
        byte[] derived = sha512(sha512(Arrays.copyOfRange(b, o + MAGIC.length, o + HEADER)), SALT);
        byte[] plain = Aes.cbc(Arrays.copyOf(derived, BLOCK), Arrays.copyOfRange(derived, BLOCK, 2 * BLOCK),
                b, o + HEADER, n - HEADER); // null: bad padding
        if (plain == null || plain.length <= DIGEST) {
            return List.of();
        }
        byte[] payload = Arrays.copyOfRange(plain, DIGEST, plain.length);
        return Arrays.equals(sha512(payload), 0, DIGEST, plain, 0, DIGEST)
                ? List.of(view.child(payload, null, name(), null)) : List.of();
    }

    private static byte[] sha512(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-512");
            for (byte[] part : parts) {
                sha.update(part);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java runtime", e);
        }
    }
}
