package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Messages put back together from client frames (RFC 6455, RFC 7692), fed whole and one byte at a time. */
class WebSocketMessagesTest {
    private static final int TEXT = 1;
    private static final int BINARY = 2;
    private static final int CONTINUATION = 0;
    private static final int PING = 9;

    /** One client frame: FIN, RSV1 (compressed), opcode, masked with a fixed key. */
    static byte[] frame(boolean fin, boolean rsv1, int opcode, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | opcode);
        int n = payload.length;
        if (n < 126) {
            out.write(0x80 | n);
        } else if (n < 65536) {
            out.write(0x80 | 126);
            out.write(n >> 8);
            out.write(n);
        } else {
            out.write(0x80 | 127);
            for (int k = 7; k >= 0; k--) {
                out.write((int) ((long) n >> (8 * k)));
            }
        }
        byte[] mask = {0x37, (byte) 0xfa, 0x21, 0x3d};
        out.write(mask, 0, 4);
        for (int i = 0; i < n; i++) {
            out.write(payload[i] ^ mask[i & 3]);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** permessage-deflate: raw deflate with a sync flush, the trailing 00 00 ff ff removed. */
    static byte[] compress(Deflater d, String text) {
        d.setInput(utf8(text));
        byte[] buffer = new byte[text.length() + 64];
        int n = d.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        return Arrays.copyOf(buffer, n - 4);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }

    static Stream<Arguments> rows() {
        Deflater shared = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        byte[] first = compress(shared, "{\"imei\":\"490154203237518\",\"n\":1}");
        byte[] second = compress(shared, "{\"imei\":\"490154203237518\",\"n\":2}"); // refers back to the first
        String big = "x".repeat(70_000);
        return Stream.of(
                Arguments.of("one text frame", "", 1 << 20, frame(true, false, TEXT, utf8("imei=490154203237518")),
                        List.of("text imei=490154203237518")),
                Arguments.of("fragmented, a ping between the fragments", "", 1 << 20, concat(
                        frame(false, false, TEXT, utf8("{\"a\":")), frame(true, false, PING, utf8("hi")),
                        frame(true, false, CONTINUATION, utf8("1}"))), List.of("text {\"a\":1}")),
                Arguments.of("binary, 16-bit length", "", 1 << 20, frame(true, false, BINARY, utf8("b".repeat(300))),
                        List.of("binary " + "b".repeat(300))),
                Arguments.of("64-bit length", "", 1 << 20, frame(true, false, TEXT, utf8(big)), List.of("text " + big)),
                Arguments.of("over the cap: kept truncated", "", 10, frame(true, false, TEXT, utf8("0123456789abcdef")),
                        List.of("text 0123456789 (truncated)")),
                Arguments.of("permessage-deflate with a shared window", "permessage-deflate", 1 << 20,
                        concat(frame(true, true, TEXT, first), frame(true, true, TEXT, second)),
                        List.of("text {\"imei\":\"490154203237518\",\"n\":1}", "text {\"imei\":\"490154203237518\",\"n\":2}")),
                Arguments.of("compression not negotiated: RSV1 ignored, bytes as sent", "", 1 << 20,
                        frame(true, false, TEXT, utf8("plain")), List.of("text plain")),
                Arguments.of("a continuation without its start is skipped", "", 1 << 20, concat(
                        frame(true, false, CONTINUATION, utf8("tail")), frame(true, false, TEXT, utf8("next"))),
                        List.of("text next")),
                Arguments.of("a reserved opcode ends the capture", "", 1 << 20, concat(
                        frame(true, false, 3, utf8("??")), frame(true, false, TEXT, utf8("lost"))), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void feed_wholeAndByteByByte(String name, String extensions, int cap, byte[] stream, List<String> expected) {
        assertThat(messages(extensions, cap, List.of(stream))).as("whole").isEqualTo(expected);
        List<byte[]> bytes = new ArrayList<>();
        for (byte b : stream) {
            bytes.add(new byte[] {b});
        }
        assertThat(messages(extensions, cap, bytes)).as("one byte at a time").isEqualTo(expected);
    }

    private static List<String> messages(String extensions, int cap, List<byte[]> reads) {
        List<String> out = new ArrayList<>();
        WebSocketMessages m = new WebSocketMessages(cap, extensions, (payload, text, truncated) ->
                out.add((text ? "text " : "binary ") + new String(payload, StandardCharsets.UTF_8)
                        + (truncated ? " (truncated)" : "")));
        reads.forEach(m::feed);
        m.close();
        return out;
    }
}
