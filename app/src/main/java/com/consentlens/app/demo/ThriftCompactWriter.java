package com.consentlens.app.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Apache Thrift's compact protocol, the few field types Umeng's {@code UMEnvelope} and {@code IdTracking} use:
 * a field header byte {@code (id delta << 4) | type} (a delta over 15 writes the type alone, then the id as a
 * zigzag varint), i32 and i64 as zigzag varints, strings and binaries as a varint length and the bytes, a map
 * as a varint size, one byte of key and value types and the entries, and a 0 byte (STOP) at the end of a
 * struct. A nested struct restarts its field ids from 0, so a finished writer's bytes nest as they are.
 * Layout after Apache Thrift's {@code TCompactProtocol}.
 */
final class ThriftCompactWriter {
    private static final int I32 = 5;
    private static final int I64 = 6;
    private static final int BINARY = 8;
    private static final int MAP = 11;
    private static final int STRUCT = 12;

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

    ThriftCompactWriter i64(int id, long value) {
        header(id, I64);
        varint(value << 1 ^ value >> 63);
        return this;
    }

    /** A {@code map<string, struct>}: each value is a finished writer's struct. */
    ThriftCompactWriter structMap(int id, java.util.Map<String, ThriftCompactWriter> values) {
        header(id, MAP);
        varint(values.size());
        if (!values.isEmpty()) {
            out.write(BINARY << 4 | STRUCT);
        }
        for (java.util.Map.Entry<String, ThriftCompactWriter> e : values.entrySet()) {
            byte[] key = e.getKey().getBytes(StandardCharsets.UTF_8);
            varint(key.length);
            out.writeBytes(key);
            out.writeBytes(e.getValue().build());
        }
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
