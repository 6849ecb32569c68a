package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;

/**
 * A strict, allocation-free JSON tokenizer over UTF-8 bytes, accepting exactly what Jackson accepts with its
 * default features (RFC 8259: no comments, no single quotes, no leading zeros, no trailing commas, no
 * {@code NaN}; several root values may follow each other). It reports string and number leaves by their
 * byte range in the document, so a leaf costs no copy and no {@code String}: most leaves of an SDK batch
 * are scanned once here and never materialised (see {@link JsonDecoder}). Only a string with escapes is
 * decoded, into a fresh array, with the bytes Jackson's text would give.
 *
 * <p>Errors stop the scan with {@link Malformed}; everything reported before the error stands, as with a
 * streaming parser. Field names come from a small per-thread cache, so a name repeated across a batch is one
 * {@code String} whose hash code is computed once.
 */
final class JsonScanner {
    /** Receives the tokens in document order. */
    interface Handler {
        /** An object or array opens; false stops the scan (the nesting limit was reached). */
        boolean open(boolean array);

        void close();

        void name(String name);

        /**
         * A string value: {@code src[from, to)}; {@code shape} is its {@link ByteShape} when {@code src} is
         * the document itself, or -1 when the string had escapes and {@code src} is its decoded bytes.
         */
        void string(byte[] src, int from, int to, int shape);

        void number(int from, int to);

        /** {@code true}, {@code false} or {@code null}: not a leaf, but it takes an array position. */
        void literal();
    }

    /** The document is not (or no longer) JSON at {@link #position}. */
    static final class Malformed extends Exception {
        final int position;

        Malformed(int position) {
            super("malformed JSON at byte " + position, null, false, false);
            this.position = position;
        }
    }

    /** Jackson's default {@code StreamReadConstraints}: longer tokens are errors there, so they are here. */
    private static final int MAX_NUMBER = 1000;
    private static final int MAX_NAME = 50_000;
    private static final int MAX_STRING = 20_000_000;
    private static final int MAX_NESTING = 2000;
    /** Bytes that end the plain run of a string: the quote, the backslash and control characters. */
    private static final boolean[] STOP = new boolean[256];

    static {
        for (int c = 0; c < 0x20; c++) {
            STOP[c] = true;
        }
        STOP['"'] = true;
        STOP['\\'] = true;
    }

    private final byte[] b;
    private final int n;
    private final Handler h;
    private final KeyCache names = KeyCache.forThisThread();
    private int i;
    /** Open containers, innermost last: true for an array. */
    private boolean[] arrays = new boolean[16];
    private int depth;

    private JsonScanner(byte[] doc, Handler handler) {
        this.b = doc;
        this.n = doc.length;
        this.h = handler;
    }

    /** Scans the whole document; returns normally at its end or when the handler stopped it. */
    static void scan(byte[] doc, Handler handler) throws Malformed {
        new JsonScanner(doc, handler).document();
    }

    private void document() throws Malformed {
        if (hasBom(b, 0, n)) {
            i = 3; // a UTF-8 byte order mark at the very start, which Jackson skips too
        }
        skipSpace();
        while (i < n) {
            if (!value()) {
                return;
            }
            skipSpace();
        }
    }

    /** One value at {@link #i} and, for a container, everything inside it; false when stopped. */
    private boolean value() throws Malformed {
        int rootDepth = depth;
        while (true) {
            if (i >= n) {
                throw new Malformed(i);
            }
            byte c = b[i];
            if (c == '{' || c == '[') {
                boolean array = c == '[';
                if (depth >= MAX_NESTING) {
                    throw new Malformed(i);
                }
                if (!h.open(array)) {
                    return false;
                }
                push(array);
                i++;
                skipSpace();
                if (i < n && b[i] == (array ? ']' : '}')) {
                    i++;
                    depth--;
                    h.close();
                } else {
                    if (!array) {
                        memberName();
                    }
                    continue; // the first element or member value
                }
            } else {
                scalar(c);
            }
            // After a value: a separator, the end of containers, or the end of the root value.
            while (true) {
                if (depth == rootDepth) {
                    return true;
                }
                skipSpace();
                if (i >= n) {
                    throw new Malformed(i);
                }
                byte d = b[i];
                boolean array = arrays[depth - 1];
                if (d == ',') {
                    i++;
                    skipSpace();
                    if (!array) {
                        memberName();
                    }
                    break; // the next value
                }
                if (d != (array ? ']' : '}')) {
                    throw new Malformed(i);
                }
                i++;
                depth--;
                h.close();
            }
        }
    }

    /** {@code "name" :} with the spaces around, leaving {@link #i} at the member's value. */
    private void memberName() throws Malformed {
        if (i >= n || b[i] != '"') {
            throw new Malformed(i);
        }
        int from = ++i;
        // The plain run, hashed on the way for the name cache.
        int hash = 0;
        int end = from;
        while (end < n && (ByteShape.CLASS[b[end] & 0xFF] & ByteShape.JSON_STOP) == 0) {
            hash = 31 * hash + b[end++];
        }
        if (end >= n) {
            throw new Malformed(end);
        }
        String name;
        if (b[end] == '"') {
            if (end - from > MAX_NAME) {
                throw new Malformed(from);
            }
            name = names.name(b, from, end, hash);
            i = end + 1;
        } else {
            name = escaped(from, MAX_NAME);
        }
        h.name(name);
        skipSpace();
        if (i >= n || b[i] != ':') {
            throw new Malformed(i);
        }
        i++;
        skipSpace();
    }

    private void scalar(byte c) throws Malformed {
        if (c == '"') {
            int from = ++i;
            int end = shapedRun(from);
            if (b[end] == '"') {
                if (end - from > MAX_STRING) {
                    throw new Malformed(from);
                }
                i = end + 1;
                h.string(b, from, end, runShape);
            } else {
                byte[] text = escaped(from, MAX_STRING).getBytes(StandardCharsets.UTF_8);
                h.string(text, 0, text.length, -1);
            }
        } else if (c == '-' || c >= '0' && c <= '9') {
            int from = i;
            number();
            if (depth == 0 && i < n && b[i] != ' ' && b[i] != '\n' && b[i] != '\r' && b[i] != '\t') {
                throw new Malformed(i); // a root-level number must be followed by space (as Jackson checks)
            }
            h.number(from, i);
        } else if (c == 't' && literal("true") || c == 'f' && literal("false") || c == 'n' && literal("null")) {
            h.literal();
        } else {
            throw new Malformed(i);
        }
    }

    /** The end of the plain run from {@code from}: the index of a quote, backslash or control byte. */
    private int plainRun(int from) throws Malformed {
        int j = from;
        while (j < n && !STOP[b[j] & 0xFF]) {
            j++;
        }
        if (j >= n) {
            throw new Malformed(j);
        }
        return j;
    }

    /** The {@link ByteShape} of the run last measured by {@link #shapedRun}. */
    private int runShape;

    /**
     * {@link #plainRun} that also measures the run's {@link ByteShape} on the way (into {@link #runShape}):
     * the leaf's gates then cost nothing more than finding its closing quote did.
     */
    private int shapedRun(int from) throws Malformed {
        int[] cls = ByteShape.CLASS;
        int dots = 0;
        int separators = 0;
        int maxRun = 0;
        int run = 0;
        int flags = 0;
        int j = from;
        for (; j < n; j++) {
            int c = cls[b[j] & 0xFF];
            if ((c & ByteShape.JSON_STOP) != 0) {
                break;
            }
            run = (run + 1) & -(c & ByteShape.ALNUM);
            maxRun = Math.max(maxRun, run);
            dots += c >>> 1 & 1;
            separators += c >>> 2 & 1;
            flags |= c;
        }
        if (j >= n) {
            throw new Malformed(j);
        }
        runShape = ByteShape.pack(dots, separators, maxRun, flags);
        return j;
    }

    /** A string with escapes, from after its opening quote; leaves {@link #i} after the closing quote. */
    private String escaped(int from, int max) throws Malformed {
        StringBuilder sb = new StringBuilder();
        int j = from;
        while (true) {
            int end = plainRun(j);
            sb.append(new String(b, j, end - j, StandardCharsets.UTF_8));
            byte c = b[end];
            if (c == '"') {
                i = end + 1;
                if (sb.length() > max) {
                    throw new Malformed(from);
                }
                return sb.toString();
            }
            if (c != '\\' || end + 1 >= n) {
                throw new Malformed(end); // a raw control character, or a document cut after '\'
            }
            byte e = b[end + 1];
            j = end + 2;
            switch (e) {
                case '"', '\\', '/' -> sb.append((char) e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (j + 4 > n) {
                        throw new Malformed(j);
                    }
                    int v = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = Character.digit(b[j + k], 16);
                        if (d < 0) {
                            throw new Malformed(j + k);
                        }
                        v = v << 4 | d;
                    }
                    sb.append((char) v);
                    j += 4;
                }
                default -> throw new Malformed(end + 1);
            }
        }
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, leaving {@link #i} after it. */
    private void number() throws Malformed {
        int from = i;
        if (b[i] == '-') {
            i++;
        }
        if (i >= n || !digit(b[i])) {
            throw new Malformed(i);
        }
        if (b[i] == '0') {
            i++;
            if (i < n && digit(b[i])) {
                throw new Malformed(i); // leading zero
            }
        } else {
            digits();
        }
        if (i < n && b[i] == '.') {
            i++;
            if (i >= n || !digit(b[i])) {
                throw new Malformed(i);
            }
            digits();
        }
        if (i < n && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < n && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            if (i >= n || !digit(b[i])) {
                throw new Malformed(i);
            }
            digits();
        }
        if (i - from > MAX_NUMBER) {
            throw new Malformed(from);
        }
    }

    private void digits() {
        while (i < n && digit(b[i])) {
            i++;
        }
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** The literal at {@link #i}, not followed by a letter, digit, {@code _} or {@code $}. */
    private boolean literal(String word) throws Malformed {
        int len = word.length();
        if (i + len > n) {
            throw new Malformed(i);
        }
        for (int k = 0; k < len; k++) {
            if (b[i + k] != word.charAt(k)) {
                throw new Malformed(i + k);
            }
        }
        i += len;
        if (i < n && (Character.isLetterOrDigit(b[i]) || b[i] == '_' || b[i] == '$' || b[i] < 0)) {
            throw new Malformed(i);
        }
        return true;
    }

    private void push(boolean array) {
        if (depth == arrays.length) {
            arrays = java.util.Arrays.copyOf(arrays, depth * 2);
        }
        arrays[depth++] = array;
    }

    /** A UTF-8 byte order mark ({@code EF BB BF}) at {@code b[from]}, within {@code b[.., to)}. */
    static boolean hasBom(byte[] b, int from, int to) {
        return to - from >= 3 && b[from] == (byte) 0xEF && b[from + 1] == (byte) 0xBB && b[from + 2] == (byte) 0xBF;
    }

    /** JSON whitespace: space, tab, LF and CR only. */
    private void skipSpace() {
        while (i < n) {
            byte c = b[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            i++;
        }
    }
}
