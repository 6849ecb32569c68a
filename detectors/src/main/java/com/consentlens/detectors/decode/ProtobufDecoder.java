package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Schema-less protobuf: a walk over the wire format (varint, fixed64, length-delimited, fixed32) that
 * accepts a buffer only if it parses to the last byte with sane field numbers. Length-delimited fields
 * become child views (strings, bytes or nested messages, which the walker decodes again); varints become
 * decimal text and fixed64 fields their double value (GrowingIO-style events carry latitude/longitude as
 * doubles). Paths are field numbers: {@code pb.3.1} is field 1 inside field 3.
 */
public final class ProtobufDecoder implements Decoder {
    private static final int MAX_FIELD = 1 << 16;
    private static final java.util.regex.Pattern NESTED = java.util.regex.Pattern.compile("pb(\\.\\d+)+$");

    @Override
    public String name() {
        return "protobuf";
    }

    @Override
    public boolean structural() {
        return true;
    }

    @Override
    public boolean applies(View view) {
        // The wire walk fails within a few bytes on nearly all text, so it runs before the full UTF-8 check.
        return view.length() >= 2 && parse(view.data(), null) > 0 && !view.isText()
                && !TextCheck.hasCompressionMagic(view.data());
    }

    /** True when {@code b} parses completely and carries at least one printable string of 4+ bytes. */
    static boolean looksLikeMessage(byte[] b) {
        List<Field> fields = new ArrayList<>();
        return parse(b, fields) > 0 && fields.stream().anyMatch(f -> f.wireType == 2 && f.bytes.length >= 4
                && TextCheck.isText(f.bytes));
    }

    record Field(int number, int wireType, long varint, byte[] bytes) {
    }

    /** Number of fields parsed, or -1 when the bytes are not a complete protobuf message. */
    static int parse(byte[] b, List<Field> sink) {
        int i = 0;
        int count = 0;
        long[] tag = new long[2]; // one holder for every varint read: {value, next index}
        while (i < b.length) {
            if (!varint(b, i, tag)) {
                return -1;
            }
            i = (int) tag[1];
            int number = (int) (tag[0] >>> 3);
            int wire = (int) (tag[0] & 7);
            if (number < 1 || number > MAX_FIELD) {
                return -1;
            }
            switch (wire) {
                case 0 -> {
                    if (!varint(b, i, tag)) {
                        return -1;
                    }
                    i = (int) tag[1];
                    if (sink != null) {
                        sink.add(new Field(number, 0, tag[0], null));
                    }
                }
                case 1, 5 -> {
                    int size = wire == 1 ? 8 : 4;
                    if (i + size > b.length) {
                        return -1;
                    }
                    long v = 0;
                    for (int k = size - 1; k >= 0; k--) {
                        v = v << 8 | (b[i + k] & 0xFF);
                    }
                    if (sink != null) {
                        sink.add(new Field(number, wire, v, null));
                    }
                    i += size;
                }
                case 2 -> {
                    if (!varint(b, i, tag) || tag[0] < 0 || tag[0] > b.length - tag[1]) { // no overflow for huge lengths
                        return -1;
                    }
                    int start = (int) tag[1];
                    i = start + (int) tag[0];
                    if (sink != null) {
                        sink.add(new Field(number, 2, 0, Arrays.copyOfRange(b, start, i)));
                    }
                }
                default -> {
                    return -1;
                }
            }
            count++;
        }
        return count;
    }

    /** Reads a varint at {@code i} into {@code out} as {value, next index}; false when there is none. */
    private static boolean varint(byte[] b, int i, long[] out) {
        long value = 0;
        for (int shift = 0; shift < 64 && i < b.length; shift += 7) {
            byte c = b[i++];
            value |= (long) (c & 0x7F) << shift;
            if (c >= 0) {
                out[0] = value;
                out[1] = i;
                return true;
            }
        }
        return false;
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        List<Field> fields = new ArrayList<>();
        if (parse(view.data(), fields) <= 0) {
            return List.of();
        }
        boolean nested = view.lastStep().equals("protobuf") && NESTED.matcher(view.path()).find();
        String base = nested ? view.path() : (view.path().isEmpty() ? "pb" : view.path() + ">pb");
        String step = nested ? null : "protobuf";
        List<View> out = new ArrayList<>(fields.size());
        for (Field f : fields) {
            String path = base + "." + f.number;
            byte[] bytes = switch (f.wireType) {
                case 2 -> f.bytes;
                case 1 -> Double.toString(Double.longBitsToDouble(f.varint)).getBytes(StandardCharsets.US_ASCII);
                default -> Long.toString(f.varint).getBytes(StandardCharsets.US_ASCII);
            };
            out.add(view.childWithPath(bytes, path, step, "pb." + f.number));
        }
        return out;
    }
}
