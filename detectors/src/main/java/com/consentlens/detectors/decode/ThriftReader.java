package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Schema-less reading of one Apache Thrift struct, in the compact or the binary protocol, optionally after an
 * RPC message header. Thrift has no lengths around structs, so the bytes are walked field by field to the
 * closing STOP byte; they are a struct only if that walk is valid (known types, collection sizes that fit in
 * the bytes left, booleans that are booleans) and ends exactly at the last byte, and if at least one string
 * or binary value of 4+ bytes is text or compressed (a stray binary value that happens to parse says
 * nothing). The top struct's values are handed out as {@link StructField}s; a nested struct is handed out whole, as
 * the bytes from its first field to its STOP, which are a struct of their own, so it is read again as one.
 *
 * <p>This class walks the structure; {@link ThriftCompactReader} and {@link ThriftBinaryReader} read each
 * protocol's field headers, collection headers and values (after Apache Thrift's {@code TCompactProtocol}
 * and {@code TBinaryProtocol}).
 */
abstract class ThriftReader {
    private static final int MAX_NESTING = 64;
    private static final int MIN_EVIDENCE = 4;
    private static final int MAX_NAME = 64;

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

    /** What a type code means, the same in both protocols once read. */
    enum Kind { BOOL, BYTE, I16, I32, I64, DOUBLE, BINARY, STRUCT, LIST, MAP, UUID }

    /** A collection header: element count, and the element kinds (for a map, of the keys and the values). */
    record Collection(int size, Kind key, Kind value) {
    }

    protected final byte[] b;
    protected int pos;
    private final Consumer<StructField> sink;
    /** Structs, lists and maps open around the current value: bounded, so no input can exhaust the stack. */
    private int depth;
    private boolean evidence;
    /** The kind of the field {@link #nextField} read; null for a compact boolean field (its value was its type). */
    protected Kind fieldKind;

    protected ThriftReader(byte[] b, Consumer<StructField> sink) {
        this.b = b;
        this.sink = sink;
    }

    private static ThriftReader of(Protocol protocol, byte[] b, Consumer<StructField> sink) {
        return protocol == Protocol.COMPACT ? new ThriftCompactReader(b, sink) : new ThriftBinaryReader(b, sink);
    }

    /**
     * The protocol in which {@code b} is one whole Thrift struct with some text in it (compact tried first),
     * or null: how undeclared bytes are recognised.
     */
    static Protocol recognise(byte[] b) {
        for (Protocol p : Protocol.values()) {
            if (mayBeStruct(b) && of(p, b, null).whole("", true)) {
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
    static boolean read(byte[] b, Protocol protocol, String base, Consumer<StructField> sink) {
        return mayBeStruct(b) && of(protocol, b, sink).whole(base, false);
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

    // ---- what each protocol reads ----

    /** Skips an RPC message header (protocol id, version, type, name, sequence id) if the bytes start with one. */
    protected abstract void skipMessageHeader();

    /**
     * Starts reading a struct's fields (the compact protocol numbers them relative to the previous one) and
     * returns the enclosing struct's state, which {@link #endStruct} restores.
     */
    protected abstract int beginStruct();

    protected abstract void endStruct(int enclosing);

    /** The next field's id, with its kind in {@link #fieldKind}; {@link Integer#MIN_VALUE} at STOP. */
    protected abstract int nextField();

    protected abstract Collection listHeader();

    protected abstract Collection mapHeader();

    protected abstract int binaryLength();

    /** A scalar value as text; null for a boolean or a UUID (no number to show). */
    protected abstract String scalar(Kind kind);

    // ---- the walk ----

    /** A struct's fields up to its STOP; values are handed out when {@code nesting} is 0 (the top struct). */
    private void struct(String base, int nesting) {
        enter();
        int enclosing = beginStruct();
        for (int id = nextField(); id != Integer.MIN_VALUE; id = nextField()) {
            if (fieldKind != null) {
                value(fieldKind, base + "." + id, "thrift." + id, nesting);
            }
        }
        endStruct(enclosing);
        depth--;
    }

    private void enter() {
        if (++depth > MAX_NESTING) {
            throw malformed();
        }
    }

    /** One value (a field's, an element's, a map key's or value). */
    private void value(Kind kind, String path, String name, int nesting) {
        boolean emit = nesting == 0 && sink != null;
        int start = pos;
        switch (kind) {
            case STRUCT -> {
                struct(path, nesting + 1);
                if (emit) {
                    sink.accept(new StructField(path, name, Arrays.copyOfRange(b, start, pos), false, true));
                }
            }
            case LIST -> list(path, name, nesting);
            case MAP -> map(path, name, nesting);
            case BINARY -> {
                int n = binaryLength();
                take(n);
                if (n >= MIN_EVIDENCE && !evidence && (TextCheck.isText(b, pos - n, n) || compressed(pos - n, n))) {
                    evidence = true;
                }
                if (emit) {
                    sink.accept(new StructField(path, name, Arrays.copyOfRange(b, pos - n, pos), false, false));
                }
            }
            default -> {
                String number = scalar(kind);
                if (number != null && emit) {
                    sink.accept(new StructField(path, name, number.getBytes(StandardCharsets.US_ASCII), true, false));
                }
            }
        }
    }

    /** gzip, zlib or zstd magic at {@code at} (a compressed payload inside an envelope, as Umeng's). */
    private boolean compressed(int at, int n) {
        return TextCheck.hasCompressionMagic(Arrays.copyOfRange(b, at, at + Math.min(n, 16)));
    }

    private void list(String path, String name, int nesting) {
        Collection c = listHeader();
        if (c.size() > b.length - pos) {
            throw malformed(); // every element takes at least one byte
        }
        enter();
        for (int i = 0; i < c.size(); i++) {
            value(c.value(), path + "[" + i + "]", name, nesting);
        }
        depth--;
    }

    private void map(String path, String name, int nesting) {
        Collection c = mapHeader();
        if (c.size() > (b.length - pos) / 2) {
            throw malformed(); // every key and every value takes at least one byte
        }
        enter();
        for (int i = 0; i < c.size(); i++) {
            // A key that reads as a name (imei, device_id) names its value, as a JSON key would; other keys
            // (package names, numbers) are values of their own.
            String keyName = c.key() == Kind.BINARY ? nameAt() : null;
            String keyPath = keyName != null ? path + "." + keyName : path + "[" + i + "]";
            if (keyName != null) {
                take(binaryLength());
            } else {
                value(c.key(), keyPath + ".key", name, nesting);
            }
            value(c.value(), keyPath, keyName != null ? keyName : name, nesting);
        }
        depth--;
    }

    /** The string at the current position when it is a short name ({@code [A-Za-z0-9_$-]}), else null. */
    private String nameAt() {
        int saved = pos;
        try {
            int n = binaryLength();
            if (n < 1 || n > MAX_NAME || n > b.length - pos) {
                return null;
            }
            for (int i = pos; i < pos + n; i++) {
                int c = b[i];
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                        || c == '$')) {
                    return null;
                }
            }
            return new String(b, pos, n, StandardCharsets.US_ASCII);
        } finally {
            pos = saved;
        }
    }

    // ---- bytes ----

    /** Thrown (without a stack trace) at the first byte that cannot be Thrift; cheaper than checking every call. */
    private static final class Malformed extends RuntimeException {
        static final Malformed INSTANCE = new Malformed();

        private Malformed() {
            super(null, null, false, false);
        }
    }

    protected static RuntimeException malformed() {
        return Malformed.INSTANCE;
    }

    protected final int u8() {
        if (pos >= b.length) {
            throw malformed();
        }
        return b[pos++] & 0xFF;
    }

    protected final void take(int n) {
        if (n < 0 || n > b.length - pos) {
            throw malformed();
        }
        pos += n;
    }

    /** {@code n} bytes big-endian, sign-extended from 2 and 4 bytes. */
    protected final long fixed(int n) {
        take(n);
        long v = 0;
        for (int i = pos - n; i < pos; i++) {
            v = v << 8 | (b[i] & 0xFF);
        }
        return n == 2 ? (short) v : n == 4 ? (int) v : v;
    }

    /** A size or length: fits an int and is not negative. */
    protected static int length(long v) {
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw malformed();
        }
        return (int) v;
    }
}
