package com.consentlens.detectors.decode;

import java.util.Arrays;
import java.util.List;

/**
 * A gzip stream behind a short text prefix, as Getui (个推) sends its uploads: {@code GetuiExt}'s business
 * reports ({@code upload_BI} to {@code sdk.open.phone.igexin.com/api.php}) and its installed-app report
 * ({@code reportApps}, the app list as a JSON field) are the first 8 hex digits of an MD5 of the current time,
 * the gzip bytes, and the last 8 hex digits of that MD5; the decompiled SDK (com.igexin.getuiext.util.g) and
 * Getui's later push, GTC and GBD components write the same frame. Without this step the gzip magic sits at
 * byte 8 and no other decoder looks there.
 *
 * <p>The decoder applies to binary bytes that start with 1 to {@value #MAX_PREFIX} ASCII letters or digits
 * followed by gzip's magic ({@code 1f 8b 08}, reserved flag bits clear). The child is the gzip stream: a
 * trailing run of letters and digits as long as the prefix is dropped as the frame's suffix, and the gzip
 * decoder then decides whether the stream is real (anything else stays an undecodable view).
 */
public final class WrappedGzipDecoder implements Decoder {
    private static final int MAX_PREFIX = 32;
    /** A gzip stream has a 10-byte header and an 8-byte trailer. */
    private static final int MIN_GZIP = 18;

    @Override
    public String name() {
        return "unwrap";
    }

    @Override
    public boolean applies(View view) {
        return view.length() >= 1 + MIN_GZIP && !view.isText() && prefix(view.array(), view.offset(), view.length()) > 0;
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        byte[] b = view.array();
        int o = view.offset();
        int n = view.length();
        int prefix = prefix(b, o, n);
        if (prefix <= 0 || !context.charge(n)) {
            return List.of();
        }
        int end = o + n;
        if (n - 2 * prefix >= MIN_GZIP && alnum(b, end - prefix, end)) {
            end -= prefix;
        }
        return List.of(view.child(Arrays.copyOfRange(b, o + prefix, end), null, name(), null));
    }

    /** True when {@code b} (a whole value) is such a frame. */
    static boolean framed(byte[] b) {
        return b.length >= 1 + MIN_GZIP && prefix(b, 0, b.length) > 0;
    }

    /** The prefix's length when letters and digits lead to gzip's magic within {@link #MAX_PREFIX} bytes, else 0. */
    private static int prefix(byte[] b, int o, int n) {
        int limit = Math.min(MAX_PREFIX, n - MIN_GZIP);
        for (int i = 0; i <= limit; i++) {
            int c = b[o + i];
            if (c == 0x1F) {
                return i > 0 && (b[o + i + 1] & 0xFF) == 0x8B && b[o + i + 2] == 8 && (b[o + i + 3] & 0xE0) == 0 ? i : 0;
            }
            if (!alnum(c)) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean alnum(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!alnum(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean alnum(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
