package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Schema-less reading of Tencent's JCE, the binary encoding that Tencent open-sourced as Tars
 * ({@code TarsInputStream} in TarsCloud/TarsJava). Bugly's crash and start-up reports (gzip of a JCE
 * {@code RequestPackage}), Tencent Beacon's uploads and the "wup" RPC packets of Tencent SDKs are written in
 * it. Every value starts with a head byte, {@code tag << 4 | type} (a tag of 15 or more takes a second byte),
 * so unlike protobuf the bytes say what each value is:
 * <pre>
 *  0 1 2 3   integers of 1, 2, 4, 8 bytes, big-endian    8   map: a size, then keys (tag 0) and values (tag 1)
 *  4 5       float, double                               9   list: a size, then elements (tag 0)
 *  6 7       string with a 1- or 4-byte length           10 11  struct begin, struct end
 *  12        zero (an integer 0, no bytes)               13  simple list: a byte head, a size, the bytes
 * </pre>
 * A size is itself an integer value with tag 0. Writers put a struct's fields in ascending tag order (readers
 * seek forward to each tag), so bytes are JCE only if that walk is valid, every tag rises within its struct,
 * the walk ends exactly at the last byte, and, for bytes whose type nobody declared, at least one string of
 * 4+ bytes is text or a byte array is compressed or JCE with such a string (a stray binary value that happens
 * to parse says nothing).
 * The top level's values are handed out as {@link StructField}s; a nested struct is handed out as the bytes
 * between its begin and end heads, which are a field sequence of their own, read again.
 */
final class JceReader {
    private static final int BYTE = 0;
    private static final int SHORT = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int FLOAT = 4;
    private static final int DOUBLE = 5;
    private static final int STRING1 = 6;
    private static final int STRING4 = 7;
    private static final int MAP = 8;
    private static final int LIST = 9;
    private static final int STRUCT_BEGIN = 10;
    private static final int STRUCT_END = 11;
    private static final int ZERO = 12;
    private static final int SIMPLE_LIST = 13;
    private static final int MAX_NESTING = 64;
    private static final int MIN_EVIDENCE = 4;
    private static final int MAX_NAME = 64;
    /** How many byte arrays deep {@link #holdsEvidence} looks (a wup argument is two deep), so reads stay linear. */
    private static final int EVIDENCE_ARRAYS = 3;

    private final byte[] b;
    private final Consumer<StructField> sink;
    private int pos;
    /** The tag of the head {@link #head} read last. */
    private int tag;
    private int depth;
    private boolean evidence;
    /** How many byte arrays deeper {@link #holdsEvidence} may still look. */
    private final int arraysLeft;

    private JceReader(byte[] b, Consumer<StructField> sink, int depth, int arraysLeft) {
        this.b = b;
        this.sink = sink;
        this.depth = depth;
        this.arraysLeft = arraysLeft;
    }

    /**
     * True when {@code b} is a whole JCE field sequence ({@code declared}: its type is known, so no text is
     * required); its top-level values then went to {@code sink} (null: only check), with paths under {@code base}.
     */
    static boolean read(byte[] b, boolean declared, String base, Consumer<StructField> sink) {
        if (b.length < 2) {
            return false;
        }
        return new JceReader(b, sink, 0, EVIDENCE_ARRAYS).whole(base, declared);
    }

    private boolean whole(String base, boolean declared) {
        try {
            fields(base, 0, false);
            return pos == b.length && (evidence || declared);
        } catch (Malformed e) {
            return false;
        }
    }

    /** A struct's fields up to its end head, or (top level) to the last byte; handed out at nesting 0. */
    private void fields(String base, int nesting, boolean inStruct) {
        enter();
        int last = -1;
        while (inStruct || pos < b.length) {
            int type = head();
            if (type == STRUCT_END) {
                if (!inStruct || tag != 0) {
                    throw Malformed.INSTANCE;
                }
                break;
            }
            if (tag <= last) {
                throw Malformed.INSTANCE; // fields rise in tag order
            }
            last = tag;
            // Paths and names are only built for values handed out (a check reads most bytes it is given).
            boolean named = nesting == 0 && sink != null;
            value(type, named ? base + "." + tag : null, named ? "jce." + tag : null, nesting);
        }
        depth--;
    }

    private void value(int type, String path, String name, int nesting) {
        boolean emit = path != null;
        switch (type) {
            case BYTE, SHORT, INT, LONG, ZERO, FLOAT, DOUBLE -> {
                String number = number(type, emit); // read even when not handed out
                if (emit) {
                    sink.accept(new StructField(path, name, number.getBytes(StandardCharsets.US_ASCII), true, false));
                }
            }
            case STRING1, STRING4, SIMPLE_LIST -> {
                int n = type == STRING1 ? u8() : type == STRING4 ? length(fixed(4)) : byteArrayLength();
                take(n);
                int from = pos - n;
                if (!evidence && n >= MIN_EVIDENCE) {
                    evidence = type != SIMPLE_LIST ? TextCheck.isText(b, from, n) : holdsEvidence(from, n);
                }
                if (emit) {
                    sink.accept(new StructField(path, name, Arrays.copyOfRange(b, from, pos), false, false));
                }
            }
            case STRUCT_BEGIN -> {
                int from = pos;
                fields(path, nesting + 1, true);
                if (emit) {
                    sink.accept(new StructField(path, name, Arrays.copyOfRange(b, from, pos - 1), false, true));
                }
            }
            case LIST -> list(path, name, nesting);
            case MAP -> map(path, name, nesting);
            default -> throw Malformed.INSTANCE;
        }
    }

    /**
     * True when a byte array is compressed, or is JCE with text of its own (a wup packet's arguments are JCE
     * inside byte arrays inside a map inside a byte array), read within this reader's nesting bound.
     */
    private boolean holdsEvidence(int from, int n) {
        byte[] inner = Arrays.copyOfRange(b, from, from + n);
        return TextCheck.hasCompressionMagic(inner)
                || arraysLeft > 0 && new JceReader(inner, null, depth, arraysLeft - 1).whole("", false);
    }

    /** A number's value as {@code text} (else null: the bytes are still read). */
    private String number(int type, boolean text) {
        return switch (type) {
            case ZERO -> "0";
            case FLOAT -> {
                float f = Float.intBitsToFloat((int) fixed(4));
                yield text ? Float.toString(f) : null;
            }
            case DOUBLE -> {
                double d = Double.longBitsToDouble(fixed(8));
                yield text ? Double.toString(d) : null;
            }
            default -> {
                long v = fixed(type == LONG ? 8 : 1 << type);
                yield text ? Long.toString(v) : null;
            }
        };
    }

    private void list(String path, String name, int nesting) {
        int size = size();
        if (size > b.length - pos) {
            throw Malformed.INSTANCE; // every element takes at least one byte
        }
        enter();
        for (int i = 0; i < size; i++) {
            value(headWithTag(0), path == null ? null : path + "[" + i + "]", name, nesting);
        }
        depth--;
    }

    private void map(String path, String name, int nesting) {
        int size = size();
        if (size > (b.length - pos) / 2) {
            throw Malformed.INSTANCE; // every key and every value takes at least one byte
        }
        enter();
        for (int i = 0; i < size; i++) {
            int keyType = headWithTag(0);
            // A key that reads as a name (imei, A26) names its value, as a JSON key would; other keys
            // (package names, numbers) are values of their own.
            String keyName = keyType == STRING1 && path != null ? nameAt() : null;
            String keyPath = path == null ? null : keyName != null ? path + "." + keyName : path + "[" + i + "]";
            if (keyName != null) {
                take(u8());
            } else {
                value(keyType, keyPath == null ? null : keyPath + ".key", name, nesting);
            }
            value(headWithTag(1), keyPath, keyName != null ? keyName : name, nesting);
        }
        depth--;
    }

    /** The string after a 1-byte length at the current position when it is a short name, else null. */
    private String nameAt() {
        int n = pos < b.length ? b[pos] & 0xFF : 0;
        if (n < 1 || n > MAX_NAME || n > b.length - pos - 1) {
            return null;
        }
        for (int i = pos + 1; i <= pos + n; i++) {
            int c = b[i];
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '$')) {
                return null;
            }
        }
        return new String(b, pos + 1, n, StandardCharsets.US_ASCII);
    }

    /** A simple list's length: a head for its element type (bytes, tag 0), then the size. */
    private int byteArrayLength() {
        if (headWithTag(0) != BYTE) {
            throw Malformed.INSTANCE;
        }
        return size();
    }

    /** A size: an integer of at most 4 bytes with tag 0, not negative. */
    private int size() {
        int type = headWithTag(0);
        long v = switch (type) {
            case ZERO -> 0;
            case BYTE, SHORT, INT -> fixed(1 << type);
            default -> throw Malformed.INSTANCE;
        };
        return length(v);
    }

    // ---- bytes ----

    /** Reads a head: its type is returned, its tag left in {@link #tag}. */
    private int head() {
        int h = u8();
        tag = h >>> 4;
        if (tag == 15) {
            tag = u8();
            if (tag < 15) {
                throw Malformed.INSTANCE; // a writer puts tags under 15 in the first byte
            }
        }
        return h & 0x0F;
    }

    private int headWithTag(int expected) {
        int type = head();
        if (tag != expected) {
            throw Malformed.INSTANCE;
        }
        return type;
    }

    private void enter() {
        if (++depth > MAX_NESTING) {
            throw Malformed.INSTANCE;
        }
    }

    private int u8() {
        if (pos >= b.length) {
            throw Malformed.INSTANCE;
        }
        return b[pos++] & 0xFF;
    }

    private void take(int n) {
        if (n < 0 || n > b.length - pos) {
            throw Malformed.INSTANCE;
        }
        pos += n;
    }

    /** {@code n} bytes big-endian, sign-extended. */
    private long fixed(int n) {
        take(n);
        long v = 0;
        for (int i = pos - n; i < pos; i++) {
            v = v << 8 | (b[i] & 0xFF);
        }
        return n == 1 ? (byte) v : n == 2 ? (short) v : n == 4 ? (int) v : v;
    }

    private static int length(long v) {
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw Malformed.INSTANCE;
        }
        return (int) v;
    }

    /** Thrown (without a stack trace) at the first byte that cannot be JCE. */
    private static final class Malformed extends RuntimeException {
        static final Malformed INSTANCE = new Malformed();

        private Malformed() {
            super(null, null, false, false);
        }
    }
}
