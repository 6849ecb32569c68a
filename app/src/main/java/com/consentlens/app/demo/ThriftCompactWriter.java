package com.consentlens.app.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Apache Thrift's compact protocol, the few field types Umeng's {@code UMEnvelope} uses: a field header byte
 * {@code (id delta << 4) | type} (a delta over 15 writes the type alone, then the id as a zigzag varint),
 * i32 as a zigzag varint, strings and binaries as a varint length and the bytes, and a 0 byte (STOP) at the
 * end of the struct. Layout after Apache Thrift's {@code TCompactProtocol}.
 */
final class ThriftCompactWriter {
    private static final int I32 = 5;
    private static final int BINARY = 8;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int lastId;

    ThriftCompactWriter string(int id, String value) {
        return binary(id, value.getBytes(StandardCharsets.UTF_8));
    }

    ThriftCompactWriter binary(int id, byte[] value) {
        header(id, BINARY);
        varint(value.length);
        out.writeBytes(value);
        return this;
    }

    ThriftCompactWriter i32(int id, int value) {
        header(id, I32);
        varint((value << 1 ^ value >> 31) & 0xFFFFFFFFL);
        return this;
    }

    private void header(int id, int type) {
        int delta = id - lastId;
        if (delta > 0 && delta <= 15) {
            out.write(delta << 4 | type);
        } else {
            out.write(type);
            varint((id << 1 ^ id >> 31) & 0xFFFFFFFFL);
        }
        lastId = id;
    }

    private void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** The struct with its closing STOP byte. */
    byte[] build() {
        out.write(0);
        return out.toByteArray();
    }
}
