package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;

import javax.crypto.Cipher;

/**
 * Payloads encrypted with a key that ships inside an SDK, the same in every app: Kuaishou's ad SDK (快手联盟,
 * {@code com.kwad.sdk}) sends its ad requests to {@code open.e.kuaishou.com} as
 * {@code {"version": …, "appId": …, "message": base64(AES-128-ECB(gzip(json)))}} with the header
 * {@code Ks-Encoding: 2}, keyed with the constant {@code GWL8jXHLnzp63QDH}; the ShuMeng device-ID SDK
 * (数盟) encrypts its Java-path reports the same way with the same key. Both facts are documented in public
 * reverse-engineering notes and client scripts that rebuild those requests.
 *
 * <p>A binary view of whole AES blocks is tried by decrypting its first block only: the decoder applies when
 * that block starts like gzip or zlib (or a JSON document), and keeps the result when the whole decrypts with
 * valid padding.
 * Ciphertext under any other key, and binary values in general, fail the one-block test.
 */
public final class KuaishouCipherDecoder implements Decoder {
    private static final byte[] KEY = "GWL8jXHLnzp63QDH".getBytes(StandardCharsets.US_ASCII);
    private static final int BLOCK = 16;
    /** gzip or zlib output of anything is longer than one block, so the ciphertext has at least two. */
    private static final int MIN_LENGTH = 2 * BLOCK;
    /** One ECB cipher (no padding) per worker thread for the one-block test; initialised once. */
    private static final ThreadLocal<Cipher> FIRST_BLOCK = ThreadLocal.withInitial(() -> Aes.decrypting("AES/ECB/NoPadding", KEY));

    @Override
    public String name() {
        return "aes-kuaishou";
    }

    @Override
    public boolean applies(View view) {
        return !view.isText() && firstBlockFits(view.array(), view.offset(), view.length());
    }

    /**
     * For {@link Plausible}: base64 or hex of such a payload is worth a view. The padding is checked too, since
     * a zlib header fits one random block in about 2,000.
     */
    static boolean opens(byte[] b) {
        return firstBlockFits(b, 0, b.length) && Aes.ecb(KEY, b, 0, b.length) != null;
    }

    /** Whole blocks, the first of which decrypts to the start of gzip, zlib or a JSON object. */
    private static boolean firstBlockFits(byte[] b, int offset, int length) {
        if (length < MIN_LENGTH || length % BLOCK != 0) {
            return false;
        }
        byte[] first;
        try {
            first = FIRST_BLOCK.get().doFinal(b, offset, BLOCK);
        } catch (GeneralSecurityException e) {
            return false;
        }
        return TextCheck.isGzip(first) || TextCheck.isZlib(first) || first[0] == '{' && first[1] == '"';
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        byte[] plain = Aes.ecb(KEY, view.array(), view.offset(), view.length()); // null: bad padding
        return plain != null && plain.length > 0 && context.charge(plain.length)
                ? List.of(view.child(plain, null, name(), null)) : List.of();
    }
}
