package com.consentlens.detectors.decode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Lenient percent-decoding: a malformed escape is kept literally instead of failing the whole value. */
final class Percent {
    private Percent() {
    }

    static byte[] decode(String s, boolean plusIsSpace) {
        if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            byte c = in[i];
            if (c == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) << 4 | hex(in[i + 2]));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    static String decodeToString(String s, boolean plusIsSpace) {
        return new String(decode(s, plusIsSpace), StandardCharsets.UTF_8);
    }

    /** The value of a hex digit, or -1. */
    static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
