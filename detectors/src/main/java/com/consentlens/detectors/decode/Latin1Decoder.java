package com.consentlens.detectors.decode;

import java.util.List;

/**
 * Binary bytes carried as text one character per byte: Java's {@code new String(bytes, "ISO-8859-1")}, put
 * into a JSON field and sent as UTF-8, so that each byte from 0x80 up arrives as two bytes ({@code c2 8b} for
 * 0x8b) and control bytes arrive JSON-escaped (0x1f as backslash, {@code u001f}). Getui's installed-app
 * report does this with a framed gzip stream ({@link WrappedGzipDecoder}); SDKs that stuff a compressed or
 * protobuf payload into JSON without base64 do the same.
 *
 * <p>Applies to a value that is not text (it holds a control character) and whose UTF-8 encodes only
 * characters up to U+00FF, at least one of them above U+007F. The bytes back are kept only when they are
 * {@linkplain Plausible#decoded plausible} (compressed, framed gzip, protobuf, Thrift, JCE, text). Not
 * exclusive: bytes that happen to read so still go to the binary decoders as they are.
 */
public final class Latin1Decoder implements Decoder {
    @Override
    public String name() {
        return "latin1";
    }

    @Override
    public boolean exclusive() {
        return false;
    }

    @Override
    public boolean applies(View view) {
        return view.length() >= 4 && !view.isText() && latin1Length(view.array(), view.offset(), view.length()) >= 0;
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        byte[] b = view.array();
        int o = view.offset();
        int n = view.length();
        int length = latin1Length(b, o, n);
        if (length < 0) {
            return List.of();
        }
        byte[] out = new byte[length];
        for (int i = o, k = 0; i < o + n; k++) {
            int c = b[i] & 0xFF;
            out[k] = (byte) (c < 0x80 ? c : (c & 0x03) << 6 | b[i + 1] & 0x3F);
            i += c < 0x80 ? 1 : 2;
        }
        if (!Plausible.decoded(out) || !context.charge(length)) {
            return List.of();
        }
        return List.of(view.child(out, null, name(), null));
    }

    /**
     * The number of characters when the bytes are ASCII and two-byte sequences for U+0080–U+00FF ({@code c2} or
     * {@code c3}, then a continuation byte), with at least one such sequence; else -1.
     */
    private static int latin1Length(byte[] b, int o, int n) {
        int pairs = 0;
        for (int i = o; i < o + n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                continue;
            }
            if ((c != 0xC2 && c != 0xC3) || i + 1 >= o + n || (b[i + 1] & 0xC0) != 0x80) {
                return -1;
            }
            pairs++;
            i++;
        }
        return pairs == 0 ? -1 : n - pairs;
    }
}
