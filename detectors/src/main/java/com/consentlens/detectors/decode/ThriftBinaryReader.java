package com.consentlens.detectors.decode;

import java.util.function.Consumer;

/**
 * Apache Thrift's binary protocol ({@code TBinaryProtocol}): a field header is a type byte and a big-endian
 * i16 id (type 0 is STOP); values are fixed-width big-endian, strings an i32 length and the bytes; a list
 * header is the element type and an i32 size, a map header the key and value types and an i32 size. A strict
 * RPC message starts with {@code 80 01 00 type}, then the method name and the sequence id.
 */
final class ThriftBinaryReader extends ThriftReader {
    ThriftBinaryReader(byte[] b, Consumer<StructField> sink) {
        super(b, sink);
    }

    @Override
    protected void skipMessageHeader() {
        if (b.length >= 12 && (b[0] & 0xFF) == 0x80 && b[1] == 1 && b[2] == 0) {
            if (b[3] < 1 || b[3] > 4) {
                throw malformed();
            }
            pos = 4;
            take(length(fixed(4))); // method name
            take(4); // sequence id
        }
    }

    @Override
    protected int beginStruct() {
        return 0; // ids are absolute
    }

    @Override
    protected void endStruct(int enclosing) {
    }

    @Override
    protected int nextField() {
        int type = u8();
        if (type == 0) {
            return Integer.MIN_VALUE;
        }
        fieldKind = kind(type);
        return (int) fixed(2);
    }

    private Kind kind(int typeCode) {
        return switch (typeCode) {
            case 2 -> Kind.BOOL;
            case 3 -> Kind.BYTE;
            case 4 -> Kind.DOUBLE;
            case 6 -> Kind.I16;
            case 8 -> Kind.I32;
            case 10 -> Kind.I64;
            case 11 -> Kind.BINARY;
            case 12 -> Kind.STRUCT;
            case 13 -> Kind.MAP;
            case 14, 15 -> Kind.LIST;
            case 16 -> Kind.UUID;
            default -> throw malformed();
        };
    }

    @Override
    protected Collection listHeader() {
        Kind element = kind(u8());
        return new Collection(length(fixed(4)), null, element);
    }

    @Override
    protected Collection mapHeader() {
        Kind key = kind(u8());
        Kind value = kind(u8());
        return new Collection(length(fixed(4)), key, value);
    }

    @Override
    protected int binaryLength() {
        return length(fixed(4));
    }

    @Override
    protected String scalar(Kind kind) {
        return switch (kind) {
            case BOOL -> {
                if (u8() > 1) {
                    throw malformed();
                }
                yield null;
            }
            case BYTE -> Integer.toString((byte) u8());
            case I16 -> Long.toString(fixed(2));
            case I32 -> Long.toString(fixed(4));
            case I64 -> Long.toString(fixed(8));
            case DOUBLE -> Double.toString(Double.longBitsToDouble(fixed(8)));
            default -> { // UUID
                take(16);
                yield null;
            }
        };
    }
}
