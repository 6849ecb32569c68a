package com.consentlens.detectors.decode;

import java.util.function.Consumer;

/**
 * Apache Thrift's compact protocol ({@code TCompactProtocol}): a field header is one byte, the id's delta from
 * the previous field in the high nibble and the type in the low one (delta 0: a zigzag varint id follows); a
 * boolean field's value is its type (1 true, 2 false); integers are zigzag varints, lengths varints, doubles
 * little-endian; a list header packs a size under 15 with the element type. Umeng's envelope is written so.
 */
final class ThriftCompactReader extends ThriftReader {
    private static final Kind[] KINDS = {null, Kind.BOOL, Kind.BOOL, Kind.BYTE, Kind.I16, Kind.I32, Kind.I64,
            Kind.DOUBLE, Kind.BINARY, Kind.LIST, Kind.LIST, Kind.MAP, Kind.STRUCT, Kind.UUID};
    /** The id of the last field read in the open struct (ids are deltas within a struct). */
    private int lastId;

    ThriftCompactReader(byte[] b, Consumer<StructField> sink) {
        super(b, sink);
    }

    @Override
    protected void skipMessageHeader() {
        if (b.length > 2 && (b[0] & 0xFF) == 0x82 && (b[1] & 0x1F) == 1) {
            int type = b[1] >> 5 & 7;
            if (type < 1 || type > 4) {
                throw malformed();
            }
            pos = 2;
            varint(5); // sequence id
            take(length(varint(5))); // method name
        }
    }

    @Override
    protected int beginStruct() {
        int enclosing = lastId;
        lastId = 0;
        return enclosing;
    }

    @Override
    protected void endStruct(int enclosing) {
        lastId = enclosing;
    }

    @Override
    protected int nextField() {
        int header = u8();
        if (header == 0) {
            return Integer.MIN_VALUE;
        }
        int type = header & 0x0F;
        int delta = header >>> 4;
        lastId = delta != 0 ? lastId + delta : (short) zigzag(varint(3));
        fieldKind = type == 1 || type == 2 ? null : kind(type);
        return lastId;
    }

    private Kind kind(int typeCode) {
        if (typeCode < 1 || typeCode >= KINDS.length) {
            throw malformed();
        }
        return KINDS[typeCode];
    }

    @Override
    protected Collection listHeader() {
        int header = u8();
        Kind element = kind(header & 0x0F);
        return new Collection(header >>> 4 == 15 ? length(varint(5)) : header >>> 4, null, element);
    }

    @Override
    protected Collection mapHeader() {
        int size = length(varint(5));
        if (size == 0) {
            return new Collection(0, null, null);
        }
        int types = u8();
        return new Collection(size, kind(types >>> 4), kind(types & 0x0F));
    }

    @Override
    protected int binaryLength() {
        return length(varint(5));
    }

    @Override
    protected String scalar(Kind kind) {
        switch (kind) {
            case BOOL -> { // an element of a collection: one byte, 1 (true) or 2 (false)
                int v = u8();
                if (v != 1 && v != 2) {
                    throw malformed();
                }
                return null;
            }
            case BYTE -> { return Integer.toString((byte) u8()); }
            case I16 -> { return Long.toString(zigzag(varint(3))); }
            case I32 -> { return Long.toString(zigzag(varint(5))); }
            case I64 -> { return Long.toString(zigzag(varint(10))); }
            case DOUBLE -> { return Double.toString(Double.longBitsToDouble(Long.reverseBytes(fixed(8)))); }
            default -> { // UUID
                take(16);
                return null;
            }
        }
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
}
