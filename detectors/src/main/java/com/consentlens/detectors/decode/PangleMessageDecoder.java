package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The {@code message} of Pangle's (ByteDance's ad SDK, 穿山甲) requests with {@code "cypher": 3}: the ad
 * request's JSON (device, app, location) AES-encrypted with a key that travels in the message itself. The
 * SDK's {@code com.bytedance.sdk.component.utils} helper draws 16 random bytes and 8 random bytes, writes
 * them in hex, and sends {@code "3" + K + I + base64(AES/CBC/PKCS5(json))}: the key is the 32 characters of
 * {@code K} with its halves swapped (an AES-256 key of ASCII bytes), the IV the 16 characters of {@code I}, and
 * the base64 is Android's {@code Base64.DEFAULT} (a line break every 76 characters). The server reads it the
 * same way ({@code str.substring(1, 33)}, {@code str.substring(33, 49)}), and so does this decoder: the
 * result is kept only when the padding is valid and it is text or a compressed payload.
 */
public final class PangleMessageDecoder implements Decoder {
    /** {@code '3'}, 32 hex digits of key, 16 of IV. */
    private static final int PREFIX = 49;
    private static final int KEY_FROM = 1;
    private static final int IV_FROM = 33;
    /** One AES block in base64. */
    private static final int MIN_CIPHER_TEXT = 24;

    @Override
    public String name() {
        return "aes-pangle";
    }

    @Override
    public boolean applies(View view) {
        byte[] b = view.array();
        int o = view.offset();
        if (view.length() < PREFIX + MIN_CIPHER_TEXT || b[o] != '3' || view.hasNonBase64Byte() || !view.hasNonHexByte()) {
            return false; // hex, then base64 and its line breaks (so some byte outside hex)
        }
        for (int i = o + KEY_FROM; i < o + PREFIX; i++) {
            if (Character.digit(b[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        byte[] b = view.array();
        int o = view.offset();
        String k = new String(b, o + KEY_FROM, IV_FROM - KEY_FROM, StandardCharsets.US_ASCII);
        byte[] key = (k.substring(16) + k.substring(0, 16)).getBytes(StandardCharsets.US_ASCII);
        byte[] iv = Arrays.copyOfRange(b, o + IV_FROM, o + PREFIX);
        byte[] cipherText;
        try {
            cipherText = Base64.getMimeDecoder().decode(Arrays.copyOfRange(b, o + PREFIX, o + view.length()));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (cipherText.length == 0 || cipherText.length % 16 != 0) {
            return List.of();
        }
        byte[] plain = Aes.cbc(key, iv, cipherText, 0, cipherText.length); // null: bad padding, not such a message
        return plain != null && Plausible.compressedOrText(plain) && context.charge(plain.length)
                ? List.of(view.child(plain, null, name(), null)) : List.of();
    }
}
