package com.consentlens.detectors.decode;

import java.util.List;

/** Hex-encoded bytes (some SDKs hex their encrypted or compressed payloads), followed when plausible. */
public final class HexDecoder implements Decoder {
    /** The shortest hex without a letter taken for bytes (12 of them); shorter digit runs are numbers. */
    static final int MIN_DIGITS_ONLY = 24;

    @Override
    public String name() {
        return "hex";
    }

    @Override
    public boolean applies(View view) {
        byte[] b = view.data();
        if (b.length < 16 || b.length % 2 != 0) {
            return false;
        }
        if (b.length <= 4096 && view.hasNonHexByte()) {
            return false; // the view's shared byte pass saw a byte the loop below would reject
        }
        boolean letter = false;
        for (byte c : b) {
            if (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
                letter = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        // 32/40/64 characters are MD5/SHA-1/SHA-256 digests: their bytes are random, never a document.
        // Without a letter only from 24 digits: the hex of digits is all digits (an IMEI's is 30), while
        // shorter digit runs are numbers.
        return (letter || b.length >= MIN_DIGITS_ONLY) && b.length != 32 && b.length != 40 && b.length != 64;
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        byte[] in = view.data();
        byte[] out = new byte[in.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (Character.digit(in[2 * i], 16) << 4 | Character.digit(in[2 * i + 1], 16));
        }
        out = Plausible.decodedOrTrimmed(out);
        if (out == null || !context.charge(out.length)) {
            return List.of();
        }
        return List.of(view.child(out, null, "hex", null));
    }
}
