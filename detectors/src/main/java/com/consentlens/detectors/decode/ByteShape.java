package com.consentlens.detectors.decode;

/**
 * What one pass over a value's bytes says about it, packed into an {@code int} so the cheap gates of the
 * decoders and detectors never scan the value again: the number of {@code '.'} bytes, of {@code ':'} and
 * {@code '-'} bytes (each capped at 255), the longest run of ASCII letters and digits (capped at 63), and
 * eight flags.
 * Computed by {@link View} on first use, or by {@link JsonScanner} while it looks for a string's closing
 * quote anyway.
 */
final class ByteShape {
    /** Byte classes: the bits below, one table load per byte. */
    static final int[] CLASS = new int[256];
    static final int ALNUM = 1;
    static final int DOT = 2;
    /** {@code ':'} or {@code '-'}. */
    static final int SEPARATOR = 4;
    /** Not in the base64/base64url alphabet, {@code '='} or the trimmed whitespace (space, CR, LF). */
    static final int NON_BASE64 = 8;
    static final int NON_HEX = 16;
    static final int EQUALS = 32;
    /** A control byte other than tab, CR and LF, or DEL: the bytes are not text. */
    static final int CONTROL = 64;
    static final int NON_DIGIT = 128;
    /** The bytes that end the plain part of a JSON string: {@code '"'}, {@code '\\'} and every byte below 0x20. */
    static final int JSON_STOP = 256;
    /** Space, CR or LF: base64 only where trimmed (not packed into a shape). */
    static final int TRIMMED_SPACE = 512;
    /** {@code '%'}: packed into bit 30 of a shape ({@link #hasPercent}), the gate of percent-decoding. */
    static final int PERCENT = 1024;
    private static final int PERCENT_BIT = 1 << 30;
    /** {@code ','}, {@code ';'} or {@code '|'}: packed into bit 22 ({@link #hasListSeparator}). */
    static final int LIST = 2048;
    private static final int LIST_BIT = 1 << 22;

    /** Flags {@link #SEPARATOR}…{@link #NON_DIGIT} sit from bit 24 of a packed shape. */
    private static final int FLAG_SHIFT = 22;

    static {
        for (int c = 0; c < 256; c++) {
            boolean digit = c >= '0' && c <= '9';
            boolean alpha = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            boolean hex = digit || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            boolean base64 = digit || alpha || c == '+' || c == '/' || c == '-' || c == '_' || c == '='
                    || c == ' ' || c == '\n' || c == '\r';
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
            CLASS[c] = (digit || alpha ? ALNUM : 0) | (c == '.' ? DOT : 0) | (c == ':' || c == '-' ? SEPARATOR : 0)
                    | (base64 ? 0 : NON_BASE64) | (hex ? 0 : NON_HEX) | (c == '=' ? EQUALS : 0)
                    | (control ? CONTROL : 0) | (digit ? 0 : NON_DIGIT)
                    | (c < 0x20 || c == '"' || c == '\\' ? JSON_STOP : 0)
                    | (c == ' ' || c == '\n' || c == '\r' ? TRIMMED_SPACE : 0) | (c == '%' ? PERCENT : 0)
                    | (c == ',' || c == ';' || c == '|' ? LIST : 0);
        }
    }

    private ByteShape() {
    }

    /** The packed shape of {@code b[from, to)}: one branch-free pass. */
    static int of(byte[] b, int from, int to) {
        int dots = 0;
        int separators = 0;
        int maxRun = 0;
        int run = 0;
        int flags = 0;
        for (int i = from; i < to; i++) {
            int cls = CLASS[b[i] & 0xFF];
            run = (run + 1) & -(cls & ALNUM);
            maxRun = Math.max(maxRun, run);
            dots += cls >>> 1 & 1;
            separators += cls >>> 2 & 1;
            flags |= cls;
        }
        return pack(dots, separators, maxRun, flags);
    }

    static int pack(int dots, int separators, int maxRun, int flags) {
        return Math.min(dots, 0xFF) | Math.min(separators, 0xFF) << 8 | Math.min(maxRun, 0x3F) << 16
                | (flags & LIST) << 11 | (flags & 0xFC) << FLAG_SHIFT | (flags & PERCENT) << 20;
    }

    /** True when a {@code ','}, {@code ';'} or {@code '|'} occurs: the gate of one-line pair lists. */
    static boolean hasListSeparator(int shape) {
        return (shape & LIST_BIT) != 0;
    }

    /** True when a {@code '%'} occurs (bit 30: a packed shape stays non-negative, -1 means "not measured"). */
    static boolean hasPercent(int shape) {
        return (shape & PERCENT_BIT) != 0;
    }

    static int dots(int shape) {
        return shape & 0xFF;
    }

    static int separators(int shape) {
        return shape >>> 8 & 0xFF;
    }

    static int longestAlnumRun(int shape) {
        return shape >>> 16 & 0xFF;
    }

    /** True when a byte of class {@code classBit} ({@link #SEPARATOR}…{@link #NON_DIGIT}) occurs. */
    static boolean has(int shape, int classBit) {
        return (shape & classBit << FLAG_SHIFT) != 0;
    }
}
