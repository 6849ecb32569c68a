package com.consentlens.app.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A hand-written protocol-buffers encoder (no protoc): enough of the wire format for the messages the demo
 * SDKs send. Each field is a key {@code (number << 3) | wireType} as a varint, then the value: wire type 0
 * varint (int32/int64/enum/bool), 1 fixed 64-bit little-endian (double), 2 length-delimited (string,
 * bytes, nested message, map entry). Proto3 omits default values, so empty strings and zeros are skipped.
 * See https://protobuf.dev/programming-guides/encoding/.
 */
final class ProtoWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProtoWriter string(int field, String value) {
        if (value != null && !value.isEmpty()) {
            bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    ProtoWriter int64(int field, long value) {
        if (value != 0) {
            key(field, 0);
            varint(value);
        }
        return this;
    }

    ProtoWriter doubleValue(int field, double value) {
        if (value != 0) {
            key(field, 1);
            long bits = Double.doubleToLongBits(value);
            for (int i = 0; i < 8; i++) {
                out.write((int) (bits >>> (8 * i)) & 0xff);
            }
        }
        return this;
    }

    ProtoWriter message(int field, ProtoWriter message) {
        bytes(field, message.toByteArray());
        return this;
    }

    /** A {@code map<string, string>}: on the wire a repeated message with key = 1 and value = 2. */
    ProtoWriter map(int field, Map<String, String> entries) {
        entries.forEach((k, v) -> message(field, new ProtoWriter().string(1, k).string(2, v)));
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private void bytes(int field, byte[] value) {
        key(field, 2);
        varint(value.length);
        out.writeBytes(value);
    }

    private void key(int field, int wireType) {
        varint(((long) field << 3) | wireType);
    }

    private void varint(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
