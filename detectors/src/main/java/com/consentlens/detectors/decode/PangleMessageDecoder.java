package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The {@code message} of Pangle's (ByteDance's ad SDK, 穿山甲) requests: the ad request's JSON (device, app,
 * location) AES-encrypted with a key that travels in the message itself, in one of two layouts the SDK's
 * {@code ToolUtils} writes, told apart by the first character (the request's {@code "cypher"} field says the
 * same):
 * <ul>
 *   <li>{@code "cypher": 3} (newer SDKs): {@code "3" + K + I + base64(AES/CBC/PKCS5(json))}, {@code K} 32
 *   and {@code I} 16 hex digits of random bytes; the key is {@code K} with its halves swapped (an AES-256 key
 *   of ASCII bytes), the IV is {@code I}. The server reads it the same way ({@code str.substring(1, 33)},
 *   {@code str.substring(33, 49)}).</li>
 *   <li>{@code "cypher": 2} (SDK 3.x, and GroMore's copy of it): {@code "2" + K + base64(AES/ECB/PKCS5(json))},
 *   {@code K} 16 hex digits of random bytes ({@code ToolUtils.d()}); the key is {@code (K + K).substring(8, 24)},
 *   {@code K} with its halves swapped (an AES-128 key of ASCII bytes), as {@code core.a.a(String)} computes it
 *   and {@code ToolUtils.k} reads a message back ({@code str.substring(1, 17)}).</li>
 * </ul>
 * The base64 is Android's {@code Base64.DEFAULT} (a line break every 76 characters). A result is kept only when
 * the padding is valid and it is text or a compressed payload.
 */
public final class PangleMessageDecoder implements Decoder {
    /** One AES block in base64. */
    private static final int MIN_CIPHER_TEXT = 24;

    /** The two layouts: how many hex digits of key and of IV follow the message's first character. */
    private enum Layout {
        CYPHER_2(16, 0),
        CYPHER_3(32, 16);

        final int keyDigits;
        /** The first character, the key's and the IV's digits: where the base64 starts. */
        final int prefix;

        Layout(int keyDigits, int ivDigits) {
            this.keyDigits = keyDigits;
            this.prefix = 1 + keyDigits + ivDigits;
        }

        /** The layout a message starting with {@code first} has; null for none. */
        static Layout of(byte first) {
            return first == '3' ? CYPHER_3 : first == '2' ? CYPHER_2 : null;
        }
    }

    @Override
    public String name() {
        return "aes-pangle";
    }

    @Override
    public boolean applies(View view) {
        byte[] b = view.array();
        int o = view.offset();
        Layout layout = view.length() > 0 ? Layout.of(b[o]) : null;
        if (layout == null || view.length() < layout.prefix + MIN_CIPHER_TEXT || view.hasNonBase64Byte()
                || !view.hasNonHexByte()) {
            return false; // hex, then base64 and its line breaks (so some byte outside hex)
        }
        for (int i = o + 1; i < o + layout.prefix; i++) {
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
        Layout layout = Layout.of(b[o]);
        String k = new String(b, o + 1, layout.keyDigits, StandardCharsets.US_ASCII);
        int half = layout.keyDigits / 2;
        byte[] key = (k.substring(half) + k.substring(0, half)).getBytes(StandardCharsets.US_ASCII);
        byte[] cipherText;
        try {
            cipherText = Base64.getMimeDecoder().decode(Arrays.copyOfRange(b, o + layout.prefix, o + view.length()));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (cipherText.length == 0 || cipherText.length % 16 != 0) {
            return List.of();
        }
        byte[] iv = Arrays.copyOfRange(b, o + 1 + layout.keyDigits, o + layout.prefix);
        byte[] plain = layout == Layout.CYPHER_3 ? Aes.cbc(key, iv, cipherText, 0, cipherText.length)
                : Aes.ecb(key, cipherText, 0, cipherText.length); // null: bad padding, not such a message
        return plain != null && Plausible.compressedOrText(plain) && context.charge(plain.length)
                ? List.of(view.child(plain, null, name(), null)) : List.of();
    }
}
