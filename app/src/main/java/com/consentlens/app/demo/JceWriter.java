package com.consentlens.app.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Tencent's JCE (Tars) binary encoding, used by Bugly and other Tencent SDKs instead of protobuf. A field is
 * a head byte {@code (tag << 4) | type} (tags of 15 and above take a second byte) and a value; integers
 * shrink to the smallest width that holds them and zero has its own type. The types written here: 0/1/2/3
 * int8/16/32/64, 6/7 string with 1- or 4-byte length, 8 map, 12 zero, 13 simple list (bytes).
 * Layout after the open Tars protocol (TarsCloud/TarsJava {@code TarsOutputStream}).
 */
final class JceWriter {
    private static final int INT1 = 0;
    private static final int INT2 = 1;
    private static final int INT4 = 2;
    private static final int INT8 = 3;
    private static final int STRING1 = 6;
    private static final int STRING4 = 7;
    private static final int MAP = 8;
    private static final int ZERO = 12;
    private static final int SIMPLE_LIST = 13;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    JceWriter integer(int tag, long value) {
        if (value == 0) {
            head(tag, ZERO);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            head(tag, INT1);
            out.write((int) value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            head(tag, INT2);
            bigEndian(value, 2);
        } else if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            head(tag, INT4);
            bigEndian(value, 4);
        } else {
            head(tag, INT8);
            bigEndian(value, 8);
        }
        return this;
    }

    JceWriter string(int tag, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 255) {
            head(tag, STRING1);
            out.write(bytes.length);
        } else {
            head(tag, STRING4);
            bigEndian(bytes.length, 4);
        }
        out.writeBytes(bytes);
        return this;
    }

    JceWriter map(int tag, Map<String, String> entries) {
        head(tag, MAP);
        integer(0, entries.size());
        entries.forEach((k, v) -> string(0, k).string(1, v));
        return this;
    }

    JceWriter bytes(int tag, byte[] value) {
        head(tag, SIMPLE_LIST);
        head(0, INT1);
        integer(0, value.length);
        out.writeBytes(value);
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private void head(int tag, int type) {
        if (tag < 15) {
            out.write((tag << 4) | type);
        } else {
            out.write(0xF0 | type);
            out.write(tag);
        }
    }

    private void bigEndian(long value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
