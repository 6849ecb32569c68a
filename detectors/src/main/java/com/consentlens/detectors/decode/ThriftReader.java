package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Schema-less reading of one Apache Thrift struct, in the compact or the binary protocol, optionally after an
 * RPC message header. Thrift has no lengths around structs, so the bytes are walked field by field to the
 * closing STOP byte; they are a struct only if that walk is valid (known types, collection sizes that fit in
 * the bytes left, booleans that are booleans) and ends exactly at the last byte, and if at least one string
 * or binary value of 4+ bytes is text or compressed (a stray binary value that happens to parse says
 * nothing). The top struct's values are handed out as {@link Item}s; a nested struct is handed out whole, as
 * the bytes from its first field to its STOP, which are a struct of their own, so it is read again as one.
 *
 * <p>The protocols, from Apache Thrift's {@code TCompactProtocol} and {@code TBinaryProtocol}: compact packs a
 * field header into one byte (id delta in the high nibble, type in the low one; delta 0 means a zigzag varint
 * id follows), writes integers as zigzag varints, lengths as varints and doubles little-endian; binary writes a
 * type byte, a big-endian i16 id and fixed-width big-endian values.
 */
final class ThriftReader {
    private static final int MAX_NESTING = 64;
    private static final int MIN_EVIDENCE = 4;
    private static final int MAX_NAME = 64;

    /** A value of the top struct: its path, the name detectors read it under, its bytes, and what it is. */
    record Item(String path, String name, byte[] bytes, boolean number, boolean struct) {
    }

    /** The two binary encodings, with their media types (IANA's {@code application/vnd.apache.thrift.*}). */
    enum Protocol {
        COMPACT("application/vnd.apache.thrift.compact"), BINARY("application/vnd.apache.thrift.binary");

        final String mediaType;

        Protocol(String mediaType) {
            this.mediaType = mediaType;
        }

        /** The protocol a content type declares, or null. */
        static Protocol declaredBy(String contentType) {
            for (Protocol p : values()) {
                if (contentType.regionMatches(true, 0, p.mediaType, 0, p.mediaType.length())) {
                    return p;
                }
            }
            return null;
        }
    }

    private final byte[] b;
    private final boolean compact;
    private final Consumer<Item> sink;
    private int pos;
    /** Structs, lists and maps open around the current value: bounded, so no input can exhaust the stack. */
    private int depth;
    private boolean evidence;

    private ThriftReader(byte[] b, boolean compact, Consumer<Item> sink) {
        this.b = b;
        this.compact = compact;
        this.sink = sink;
    }

    /**
     * The protocol in which {@code b} is one whole Thrift struct with some text in it (compact tried first),
     * or null: how undeclared bytes are recognised.
     */
    static Protocol recognise(byte[] b) {
        for (Protocol p : Protocol.values()) {
            if (mayBeStruct(b) && new ThriftReader(b, p == Protocol.COMPACT, null).whole("", true)) {
                return p;
            }
        }
        return null;
    }

    /**
     * True when {@code b} is one whole struct in {@code protocol} (known: declared, or the protocol of the struct
     * it was nested in, so no text is required); its top-level values then went to {@code sink} (null: only
     * check), with paths under {@code base}.
     */
    static boolean read(byte[] b, Protocol protocol, String base, Consumer<Item> sink) {
        return mayBeStruct(b) && new ThriftReader(b, protocol == Protocol.COMPACT, sink).whole(base, false);
    }

    /** Every struct ends with its STOP byte. */
    private static boolean mayBeStruct(byte[] b) {
        return b.length >= 1 && b[b.length - 1] == 0;
    }

    private boolean whole(String base, boolean needText) {
        try {
            skipMessageHeader();
            struct(base, 0);
            return pos == b.length && (evidence || !needText);
        } catch (Malformed e) {
            return false;
        }
    }

    /** Thrown (without a stack trace) at the first byte that cannot be Thrift; cheaper than checking every call. */
    private static final class Malformed extends RuntimeException {
        static final Malformed INSTANCE = new Malformed();

        private Malformed() {
            super(null, null, false, false);
        }
    }

    private static Malformed malformed() {
        return Malformed.INSTANCE;
    }

    /** An RPC call over HTTP starts with a message header (protocol id, version, type, name, sequence id). */
    private void skipMessageHeader() {
        int type;
        if (compact && (b[0] & 0xFF) == 0x82 && (b[1] & 0x1F) == 1) {
            type = b[1] >> 5 & 7;
            pos = 2;
            varint(5);
            take(length(varint(5)));
        } else if (!compact && b.length >= 12 && (b[0] & 0xFF) == 0x80 && b[1] == 1 && b[2] == 0) {
            type = b[3];
            pos = 4;
            take(length(int32()));
            take(4);
        } else {
            return;
        }
        if (type < 1 || type > 4) {
            throw malformed();
        }
    }

    /** A struct's fields up to its STOP; values are handed out when {@code nesting} is 0 (the top struct). */
    private void struct(String base, int nesting) {
        enter();
        int lastId = 0;
        while (true) {
            int header = u8();
            if (header == 0) {
                depth--;
                return;
            }
            int type;
            int id;
            if (compact) {
                type = header & 0x0F;
                int delta = header >>> 4;
                id = delta != 0 ? lastId + delta : (short) zigzag(varint(3));
                lastId = id;
                if (type == 1 || type == 2) {
                    continue; // a boolean field: the value is its type
                }
            } else {
                type = header;
                id = (short) (u8() << 8 | u8());
            }
            value(type, base + "." + id, "thrift." + id, nesting);
        }
    }

    private void enter() {
        if (++depth > MAX_NESTING) {
            throw malformed();
        }
    }

    /** One value of {@code type} (a field's, an element's, a map key's or value). */
    private void value(int type, String path, String name, int nesting) {
        boolean emit = nesting == 0 && sink != null;
        int start = pos;
        if (type == 12) { // struct, in both protocols
            struct(path, nesting + 1);
            if (emit) {
                sink.accept(new Item(path, name, slice(start, pos), false, true));
            }
        } else if (compact ? type == 9 || type == 10 : type == 14 || type == 15) {
            list(path, name, nesting);
        } else if (compact ? type == 11 : type == 13) {
            map(path, name, nesting);
        } else if (compact ? type == 8 : type == 11) {
            int n = length(compact ? varint(5) : int32());
            take(n);
            if (n >= MIN_EVIDENCE && !evidence && (TextCheck.isText(b, pos - n, n) || compressed(pos - n, n))) {
                evidence = true;
            }
            if (emit) {
                sink.accept(new Item(path, name, slice(pos - n, pos), false, false));
            }
        } else {
            String number = scalar(type);
            if (number != null && emit) {
                sink.accept(new Item(path, name, number.getBytes(StandardCharsets.US_ASCII), true, false));
            }
        }
    }

    /** gzip, zlib or zstd magic at {@code at} (a compressed payload inside an envelope, as Umeng's). */
    private boolean compressed(int at, int n) {
        return TextCheck.hasCompressionMagic(slice(at, at + Math.min(n, 16)));
    }

    /** A fixed-size or varint value as text (null for a boolean or a UUID, which carry no number). */
    private String scalar(int type) {
        if (compact) {
            switch (type) {
                case 1, 2 -> { // a boolean element of a collection: one byte, 1 (true) or 2 (false)
                    int v = u8();
                    if (v != 1 && v != 2) {
                        throw malformed();
                    }
                    return null;
                }
                case 3 -> { return Integer.toString((byte) u8()); }
                case 4 -> { return Long.toString(zigzag(varint(3))); }
                case 5 -> { return Long.toString(zigzag(varint(5))); }
                case 6 -> { return Long.toString(zigzag(varint(10))); }
                case 7 -> { return Double.toString(Double.longBitsToDouble(Long.reverseBytes(fixed(8)))); }
                case 13 -> { take(16); return null; }
                default -> throw malformed();
            }
        }
        switch (type) {
            case 2 -> {
                if (u8() > 1) {
                    throw malformed();
                }
                return null;
            }
            case 3 -> { return Integer.toString((byte) u8()); }
            case 4 -> { return Double.toString(Double.longBitsToDouble(fixed(8))); }
            case 6 -> { return Short.toString((short) fixed(2)); }
            case 8 -> { return Integer.toString((int) fixed(4)); }
            case 10 -> { return Long.toString(fixed(8)); }
            case 16 -> { take(16); return null; }
            default -> throw malformed();
        }
    }

    private void list(String path, String name, int nesting) {
        int size;
        int elementType;
        if (compact) {
            int header = u8();
            elementType = header & 0x0F;
            size = header >>> 4 == 15 ? length(varint(5)) : header >>> 4;
        } else {
            elementType = u8();
            size = length(int32());
        }
        checkType(elementType);
        if (size > b.length - pos) {
            throw malformed(); // every element takes at least one byte
        }
        enter();
        for (int i = 0; i < size; i++) {
            value(elementType, path + "[" + i + "]", name, nesting);
        }
        depth--;
    }

    private void map(String path, String name, int nesting) {
        int size = 0;
        int keyType;
        int valueType;
        if (compact) {
            size = length(varint(5));
            if (size == 0) {
                return;
            }
            int types = u8();
            keyType = types >>> 4;
            valueType = types & 0x0F;
        } else {
            keyType = u8();
            valueType = u8();
            size = length(int32());
        }
        checkType(keyType);
        checkType(valueType);
        if (size > (b.length - pos) / 2) {
            throw malformed();
        }
        enter();
        for (int i = 0; i < size; i++) {
            int keyStart = pos;
            String keyName = keyType == (compact ? 8 : 11) ? nameAt(keyStart) : null;
            // A key that reads as a name (imei, device_id) names its value, as a JSON key would; other keys
            // (package names, numbers) are values of their own.
            String keyPath = keyName != null ? path + "." + keyName : path + "[" + i + "]";
            if (keyName != null) {
                skipBinary();
            } else {
                value(keyType, keyPath + ".key", name, nesting);
            }
            value(valueType, keyPath, keyName != null ? keyName : name, nesting);
        }
        depth--;
    }

    private void checkType(int type) {
        boolean valid = compact ? type >= 1 && type <= 13 : type == 2 || type == 3 || type == 4 || type == 6
                || type == 8 || type >= 10 && type <= 16;
        if (!valid) {
            throw malformed();
        }
    }

    /** The string key at {@code at} when it is a short name ({@code [A-Za-z0-9_$-]}), else null. */
    private String nameAt(int at) {
        int saved = pos;
        try {
            int n = length(compact ? varint(5) : int32());
            if (n < 1 || n > MAX_NAME || n > b.length - pos) {
                return null;
            }
            for (int i = pos; i < pos + n; i++) {
                int c = b[i];
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '$')) {
                    return null;
                }
            }
            return new String(b, pos, n, StandardCharsets.US_ASCII);
        } finally {
            pos = saved;
        }
    }

    private void skipBinary() {
        take(length(compact ? varint(5) : int32()));
    }

    private int u8() {
        if (pos >= b.length) {
            throw malformed();
        }
        return b[pos++] & 0xFF;
    }

    private void take(int n) {
        if (n < 0 || n > b.length - pos) {
            throw malformed();
        }
        pos += n;
    }

    private long fixed(int n) {
        take(n);
        long v = 0;
        for (int i = pos - n; i < pos; i++) {
            v = v << 8 | (b[i] & 0xFF);
        }
        return n == 2 ? (short) v : n == 4 ? (int) v : v;
    }

    private int int32() {
        return (int) fixed(4);
    }

    /** A varint of at most {@code maxBytes} bytes. */
    private long varint(int maxBytes) {
        long v = 0;
        for (int i = 0; i < maxBytes; i++) {
            int c = u8();
            v |= (long) (c & 0x7F) << 7 * i;
            if (c < 0x80) {
                return v;
            }
        }
        throw malformed();
    }

    private static long zigzag(long v) {
        return v >>> 1 ^ -(v & 1);
    }

    /** A size or length: fits an int and is not negative. */
    private static int length(long v) {
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw malformed();
        }
        return (int) v;
    }

    private byte[] slice(int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }
}
