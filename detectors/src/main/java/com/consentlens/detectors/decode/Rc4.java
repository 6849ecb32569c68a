package com.consentlens.detectors.decode;

/**
 * RC4 under a fixed key, for SDKs that ship one ({@link MtaCipherDecoder}, {@link AlibabaCipherDecoder}).
 * Written here rather than taken from the JDK because the JDK's {@code ARCFOUR} refuses keys over 128 bytes,
 * and Alibaba's is 256. The key schedule runs once; each decryption starts from a copy of its state. A fixed
 * key means a fixed keystream, so {@link #decryptedByte} tells from a payload's first bytes what they decrypt to.
 */
final class Rc4 {
    /** How many first bytes {@link #decryptedByte} can tell. */
    static final int PREFIX = 16;
    private final int[] scheduled = new int[256];
    private final byte[] prefix;

    /** @param key 1 to 256 bytes */
    Rc4(byte[] key) {
        if (key.length == 0 || key.length > 256) {
            throw new IllegalArgumentException("an RC4 key has 1 to 256 bytes, not " + key.length);
        }
        for (int i = 0; i < 256; i++) {
            scheduled[i] = i;
        }
        int j = 0;
        for (int i = 0; i < 256; i++) {
            j = (j + scheduled[i] + (key[i % key.length] & 0xFF)) & 0xFF;
            int t = scheduled[i];
            scheduled[i] = scheduled[j];
            scheduled[j] = t;
        }
        prefix = keystream(PREFIX);
    }

    /**
     * Byte {@code i} ({@code < PREFIX}) of {@code b[offset…]} decrypted, without decrypting the rest: a fixed key
     * is a fixed keystream, so a payload's first bytes say cheaply whether it is one under this key.
     */
    int decryptedByte(byte[] b, int offset, int i) {
        return (b[offset + i] ^ prefix[i]) & 0xFF;
    }

    /** {@code b[offset, offset + length)} decrypted (RC4 is its own inverse), in a new array. */
    byte[] apply(byte[] b, int offset, int length) {
        int[] s = scheduled.clone();
        byte[] out = new byte[length];
        int i = 0;
        int j = 0;
        for (int k = 0; k < length; k++) {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            int t = s[i];
            s[i] = s[j];
            s[j] = t;
            out[k] = (byte) (b[offset + k] ^ s[(s[i] + s[j]) & 0xFF]);
        }
        return out;
    }

    /** The first {@code length} bytes of the keystream. */
    byte[] keystream(int length) {
        return apply(new byte[length], 0, length);
    }
}
