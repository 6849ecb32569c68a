package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;

import javax.crypto.Cipher;

/**
 * Baidu's "secret values": Baidu Mobile Statistics (百度移动统计, {@code com.baidu.mobstat}, and the older
 * {@code com.baidu.mtjstatsdk}) sends the IMEI, the MAC and the CUID in its header as base64 of AES-128-CBC with
 * the key doubling as the IV ({@code CooperService.getSecretValue}: {@code h9YLQoINGWyOBYYk}; other builds pick
 * {@code 30212102dicudiab}, the key of Baidu's common {@code DeviceId}/CUID code, or {@code dm1VEmW651QTz4MD}).
 * The keys ship in the SDKs; Citizen Lab's 2016 report on the Baidu browser documents the first.
 *
 * <p>The base64 decoder follows such a value when {@link #opens} says one of the keys opens it; the decoder then
 * applies to whole AES blocks (at most 1 KiB: these are single values) and keeps the plaintext of the first key
 * whose padding is valid and whose result is text. Random tokens of whole blocks fail: the first block must
 * decrypt to printable text and, for a single block, carry valid padding.
 */
public final class BaiduSecretDecoder implements Decoder {
    private static final byte[][] KEYS = {
            "h9YLQoINGWyOBYYk".getBytes(StandardCharsets.US_ASCII),
            "30212102dicudiab".getBytes(StandardCharsets.US_ASCII),
            "dm1VEmW651QTz4MD".getBytes(StandardCharsets.US_ASCII)};
    private static final int BLOCK = 16;
    private static final int MAX_LENGTH = 1024;
    /** One ECB cipher per key and worker thread, for the first-block test; initialised once. */
    private static final ThreadLocal<Cipher[]> FIRST_BLOCK = ThreadLocal.withInitial(() -> {
        Cipher[] ciphers = new Cipher[KEYS.length];
        for (int k = 0; k < KEYS.length; k++) {
            ciphers[k] = Aes.decrypting("AES/ECB/NoPadding", KEYS[k]);
        }
        return ciphers;
    });

    @Override
    public String name() {
        return "aes-baidu";
    }

    @Override
    public boolean applies(View view) {
        return !view.isText() && key(view.array(), view.offset(), view.length()) >= 0;
    }

    /** For {@link Plausible}: bytes that one of Baidu's keys opens are worth a view. */
    static boolean opens(byte[] b) {
        return key(b, 0, b.length) >= 0;
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        int k = key(view.array(), view.offset(), view.length());
        byte[] plain = k < 0 ? null : Aes.cbc(KEYS[k], KEYS[k], view.array(), view.offset(), view.length());
        return plain != null && TextCheck.isText(plain) && context.charge(plain.length)
                ? List.of(view.child(plain, null, name(), null)) : List.of();
    }

    /** The index of the first key whose first block decrypts to printable text (and padding, if it is the last). */
    private static int key(byte[] b, int offset, int length) {
        if (length < BLOCK || length > MAX_LENGTH || length % BLOCK != 0) {
            return -1;
        }
        Cipher[] ciphers = FIRST_BLOCK.get();
        for (int k = 0; k < KEYS.length; k++) {
            byte[] first;
            try {
                first = ciphers[k].doFinal(b, offset, BLOCK);
            } catch (GeneralSecurityException e) {
                continue;
            }
            if (printableFirstBlock(first, KEYS[k], length == BLOCK)) {
                return k;
            }
        }
        return -1;
    }

    /** CBC's first block is the decrypted block XOR the IV (here the key); a lone block ends in its padding. */
    private static boolean printableFirstBlock(byte[] decrypted, byte[] iv, boolean last) {
        int text = BLOCK;
        if (last) {
            int pad = (decrypted[BLOCK - 1] ^ iv[BLOCK - 1]) & 0xFF;
            if (pad < 1 || pad >= BLOCK) {
                return false; // a lone block holds at least one byte of text
            }
            for (int i = BLOCK - pad; i < BLOCK; i++) {
                if (((decrypted[i] ^ iv[i]) & 0xFF) != pad) {
                    return false;
                }
            }
            text = BLOCK - pad;
        }
        for (int i = 0; i < text; i++) {
            int c = (decrypted[i] ^ iv[i]) & 0xFF;
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
