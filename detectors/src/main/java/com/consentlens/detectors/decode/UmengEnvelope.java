package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The encrypted entity of Umeng's log envelope, opened with the key the envelope itself carries. When an app
 * turns Umeng's encryption on ({@code UMConfigure.setEncryptEnabled(true)}, which compliance guides advise),
 * the SDK's {@code Envelope.seal} encrypts the zlib-deflated log with AES/CBC/PKCS7, the key being bytes 1 to
 * 16 of the envelope's signature and the IV a constant of its {@code DataHelper}
 * ({@code {10, 1, 11, 5, 4, 15, 7, 9, 23, 3, 1, 6, 8, 12, 13, 91}}, the same in every SDK version we read).
 * {@code Envelope.toBinary} then writes that signature, in hex, into field 3 of the very struct whose field 7
 * is the ciphertext, and sets field 10 ({@code codex}) to 1. The encryption hides the log from a casual look,
 * not from anyone holding the request, so ConsentLens reads it like the unencrypted envelope.
 *
 * <p>Fields are collected while the struct is read; {@link #open} decrypts only a struct that is such an
 * envelope (codex 1, a hex signature of 17+ bytes, a ciphertext of whole AES blocks) and keeps the result only
 * when its padding is valid and it is a compressed payload or text, so a struct that merely looks like one
 * yields nothing.
 */
final class UmengEnvelope {
    /** The encoding step of the decrypted entity. */
    static final String STEP = "aes-umeng";
    /** The entity's field id: its decrypted view takes this field's place. */
    static final String ENTITY = "thrift.7";
    private static final byte[] IV = {10, 1, 11, 5, 4, 15, 7, 9, 23, 3, 1, 6, 8, 12, 13, 91};
    private static final int KEY_OFFSET = 1;
    private static final int KEY_LENGTH = 16;
    private static final int BLOCK = 16;

    private byte[] signatureHex;
    private byte[] entity;
    private boolean encrypted;

    /** Notes one top-level field of the struct being read. */
    void field(StructField item) {
        switch (item.name()) {
            case "thrift.3" -> signatureHex = item.bytes();
            case ENTITY -> entity = item.bytes();
            case "thrift.10" -> encrypted = item.number() && item.bytes().length == 1 && item.bytes()[0] == '1';
            default -> {
            }
        }
    }

    /** The decrypted entity, or null when the struct is no encrypted Umeng envelope. */
    byte[] open() {
        if (!encrypted || signatureHex == null || entity == null || entity.length < BLOCK
                || entity.length % BLOCK != 0) {
            return null;
        }
        byte[] signature;
        try {
            signature = HexFormat.of().parseHex(new String(signatureHex, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return null; // not hex
        }
        if (signature.length < KEY_OFFSET + KEY_LENGTH) {
            return null;
        }
        byte[] plain = Aes.cbc(Arrays.copyOfRange(signature, KEY_OFFSET, KEY_OFFSET + KEY_LENGTH), IV, entity, 0,
                entity.length);
        return plain != null && Plausible.compressedOrText(plain) ? plain : null; // bad padding: the wrong key
    }
}
