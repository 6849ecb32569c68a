package com.consentlens.detectors.decode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Cheap plausibility tests on decoded bytes: is it text, is it a compressed stream. */
public final class TextCheck {
    private TextCheck() {
    }

    /** Valid UTF-8 with no control characters except tab, CR and LF; an empty array is not text. */
    public static boolean isText(byte[] b) {
        return isText(b, 0, b.length);
    }

    /** {@link #isText(byte[])} for {@code b[offset, offset + length)}. */
    public static boolean isText(byte[] b, int offset, int length) {
        return isText(b, offset, length, false);
    }

    /**
     * {@link #isText(byte[], int, int)} that also lets DEL (0x7F) through, as JSON does: a JSON writer escapes
     * only the controls below 0x20, so a document whose strings carry bytes as characters ({@code org.json}
     * writes U+007F as it is) is still a JSON document; its values holding DEL are not text.
     */
    public static boolean isJsonText(byte[] b, int offset, int length) {
        return isText(b, offset, length, true);
    }

    private static boolean isText(byte[] b, int offset, int length, boolean delAllowed) {
        if (length == 0) {
            return false;
        }
        int i = offset;
        int n = offset + length;
        while (i < n) {
            // Fast path: eight plain printable ASCII bytes at a time (most of a JSON body). A word with a
            // high bit, a byte below 0x20 or a DEL falls through to the exact byte-wise check below.
            while (i + 8 <= n && plainAscii((long) WORDS.get(b, i))) {
                i += 8;
            }
            if (i >= n) {
                break;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F && !delAllowed) {
                    return false;
                }
                i++;
                continue;
            }
            int extra;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= n || (b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += extra + 1;
        }
        return true;
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * True when all eight bytes are in 0x20..0x7E. SWAR: {@code x - 0x20…} sets a byte's high bit when that
     * byte is below 0x20, and {@code x + 0x01…} does when it is 0x7F; both only for bytes without the high
     * bit, which are checked first so no borrow or carry crosses a byte. Conservative: tab, CR and LF fail
     * here and are accepted by the byte-wise loop.
     */
    private static boolean plainAscii(long x) {
        if ((x & HIGHS) != 0) {
            return false;
        }
        return (((x - 0x20 * ONES) | (x + ONES)) & HIGHS) == 0;
    }

    /** gzip, zlib or zstd magic at the start: worth handing to a decompressor. */
    public static boolean hasCompressionMagic(byte[] b) {
        return isGzip(b) || isZlib(b) || isZstd(b);
    }

    public static boolean isGzip(byte[] b) {
        return b.length >= 10 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B && b[2] == 8;
    }

    /** zlib header: CM=8, a window of at most 32K, and the header checksum FCHECK. */
    public static boolean isZlib(byte[] b) {
        return b.length >= 6 && isZlib(b[0], b[1]);
    }

    /** The zlib header test on the first two bytes (CMF, FLG). */
    static boolean isZlib(byte first, byte second) {
        int cmf = first & 0xFF;
        int flg = second & 0xFF;
        return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0 && (flg & 0x20) == 0;
    }

    public static boolean isZstd(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0x28 && (b[1] & 0xFF) == 0xB5 && (b[2] & 0xFF) == 0x2F
                && (b[3] & 0xFF) == 0xFD;
    }
}
