package com.consentlens.detectors.decode;

import java.util.Base64;
import java.util.List;

/**
 * Standard and URL-safe base64 (padding optional), followed only when the result is plausible
 * ({@link Plausible}). Pure hex and pure digits are left alone: they are hashes, IDs and numbers far more
 * often than base64.
 */
public final class Base64Decoder implements Decoder {
    private static final int MIN_LENGTH = 12;

    @Override
    public String name() {
        return "base64";
    }

    /** Up to this length the view's shared byte pass ({@link View#hasNonBase64Byte}) gates the loop. */
    private static final int SHAPE_GATE = 4096;

    @Override
    public boolean applies(View view) {
        byte[] b = view.data();
        int n = trimmedEnd(b);
        if (n < MIN_LENGTH || n == 36 && b[8] == '-' && b[13] == '-' && b[18] == '-' && b[23] == '-') {
            return false; // a UUID is made of base64url characters but is an ID, not an encoding
        }
        if (b.length <= SHAPE_GATE && view.hasNonBase64Byte()) {
            return false; // the view's shared byte pass saw a byte the loop below would reject
        }
        boolean nonHex = false;
        for (int i = 0; i < n; i++) {
            byte c = b[i];
            boolean alpha = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            if (c == '=') {
                if (i < n - 2) {
                    return false;
                }
            } else if (!(alpha || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '-' || c == '_')) {
                return false;
            }
            if (alpha && !(c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') || c == '+' || c == '/' || c == '-'
                    || c == '_' || c == '=') {
                nonHex = true;
            }
        }
        return nonHex;
    }

    private static int trimmedEnd(byte[] b) {
        int n = b.length;
        while (n > 0 && (b[n - 1] == '\n' || b[n - 1] == '\r' || b[n - 1] == ' ')) {
            n--;
        }
        return n;
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        String s = view.text().trim();
        boolean urlSafe = s.indexOf('-') >= 0 || s.indexOf('_') >= 0;
        String unpadded = s.replace("=", "");
        if (unpadded.length() % 4 == 1) {
            return List.of();
        }
        byte[] out;
        try {
            out = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(pad(unpadded));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (!Plausible.decoded(out) || !context.charge(out.length)) {
            return List.of();
        }
        return List.of(view.child(out, null, urlSafe ? "base64url" : "base64", null));
    }

    static String pad(String s) {
        int rem = s.length() % 4;
        return rem == 0 ? s : s + "==".substring(0, 4 - rem);
    }
}
