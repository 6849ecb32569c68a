package com.consentlens.detectors.decode;

import com.consentlens.detectors.DetectionLimits;
import com.consentlens.model.Where;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The libdeflate fast path ({@link Libdeflate}) must be invisible: on every body, valid or broken, the
 * gzip decoder gives the same bytes, the same limits and the same failure with it as with the JDK's zlib.
 */
class NativeInflateTest {
    private static final byte[] JSON = ("{\"imei\":\"867530012345674\",\"items\":[" + "{\"id\":1,\"t\":\"夏季新款\"},".repeat(300)
            + "{}]}").getBytes(StandardCharsets.UTF_8);
    private static final DetectionLimits SMALL = new DetectionLimits(24, 64, 1L << 20, 20, 200_000);

    @BeforeAll
    static void libdeflateIsHereWhereTheSystemHasIt() {
        boolean installed = Stream.of("/lib/x86_64-linux-gnu/libdeflate.so.0", "/usr/lib/x86_64-linux-gnu/libdeflate.so.0",
                "/lib/aarch64-linux-gnu/libdeflate.so.0", "/opt/homebrew/lib/libdeflate.dylib").anyMatch(p -> Files.exists(Path.of(p)));
        if (installed) {
            assertTrue(Libdeflate.available(), "libdeflate is installed but was not loaded");
        }
        assumeTrue(Libdeflate.available(), "no libdeflate on this machine: the JDK path is the only path");
    }

    static Stream<Arguments> bodies() throws IOException {
        byte[] gz = gzip(JSON);
        byte[] zeros = gzip(new byte[8 << 20]);
        List<Arguments> rows = new ArrayList<>(List.of(
                Arguments.of("gzip", gz, "", DetectionLimits.DEFAULT),
                Arguments.of("gzip of nothing", gzip(new byte[0]), "", DetectionLimits.DEFAULT),
                Arguments.of("gzip with name, extra field and comment", headerFields(JSON, false, false), "", DetectionLimits.DEFAULT),
                Arguments.of("gzip with a right header CRC", headerFields(JSON, true, false), "", DetectionLimits.DEFAULT),
                Arguments.of("gzip with a wrong header CRC", headerFields(JSON, true, true), "", DetectionLimits.DEFAULT),
                Arguments.of("two gzip members", concat(gz, gzip("{\"b\":2}".getBytes(StandardCharsets.UTF_8))), "", DetectionLimits.DEFAULT),
                Arguments.of("gzip and trailing junk", concat(gz, "junk!".getBytes(StandardCharsets.UTF_8)), "", DetectionLimits.DEFAULT),
                Arguments.of("gzip and trailing zeros", concat(gz, new byte[64]), "", DetectionLimits.DEFAULT),
                Arguments.of("gzip, CRC wrong", flip(gz, gz.length - 6), "", DetectionLimits.DEFAULT),
                Arguments.of("gzip, size wrong", flip(gz, gz.length - 3), "", DetectionLimits.DEFAULT),
                Arguments.of("gzip, size claims 1 GiB", withSize(gz, 1 << 30), "", DetectionLimits.DEFAULT),
                Arguments.of("gzip cut in the trailer", Arrays.copyOf(gz, gz.length - 3), "", DetectionLimits.DEFAULT),
                Arguments.of("gzip cut in the middle", Arrays.copyOf(gz, gz.length / 2), "", DetectionLimits.DEFAULT),
                Arguments.of("gzip with a reserved flag", flagged(gz, 0x20), "", DetectionLimits.DEFAULT),
                Arguments.of("gzip bomb, expansion ratio", zeros, "", SMALL),
                Arguments.of("gzip bomb, default limits", zeros, "", DetectionLimits.DEFAULT),
                Arguments.of("zlib", deflate(JSON, false), "", DetectionLimits.DEFAULT),
                Arguments.of("zlib and trailing junk", concat(deflate(JSON, false), "xyz".getBytes(StandardCharsets.UTF_8)), "", DetectionLimits.DEFAULT),
                Arguments.of("zlib, checksum wrong", flip(deflate(JSON, false), deflate(JSON, false).length - 1), "", DetectionLimits.DEFAULT),
                Arguments.of("zlib beyond 16x", deflate(new byte[1 << 20], false), "", DetectionLimits.DEFAULT),
                Arguments.of("zlib cut", Arrays.copyOf(deflate(JSON, false), 40), "", DetectionLimits.DEFAULT),
                Arguments.of("raw deflate, declared", deflate(JSON, true), "deflate", DetectionLimits.DEFAULT),
                Arguments.of("raw deflate, cut", Arrays.copyOf(deflate(JSON, true), 30), "deflate", DetectionLimits.DEFAULT)));
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            byte[] body = i % 3 == 0 ? gzip(JSON) : i % 3 == 1 ? deflate(JSON, false) : gzip(randomText(random));
            byte[] damaged = switch (i % 4) {
                case 0 -> flip(body, random.nextInt(body.length));
                case 1 -> Arrays.copyOf(body, random.nextInt(body.length));
                case 2 -> concat(body, Arrays.copyOf(body, random.nextInt(body.length)));
                default -> body;
            };
            rows.add(Arguments.of("random " + i, damaged, "", i % 5 == 0 ? SMALL : DetectionLimits.DEFAULT));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void nativeAndJdkGiveTheSameResult(String name, byte[] body, String contentEncoding, DetectionLimits limits) {
        assertEquals(outcome(new GzipDecoder(false), body, contentEncoding, limits),
                outcome(new GzipDecoder(true), body, contentEncoding, limits), name);
    }

    @Test
    void theFastPathReallyDecodesWholeStreamsAndRefusesTheRest() throws IOException {
        assertArrayEquals(JSON, Libdeflate.gunzip(gzip(JSON), JSON.length));
        assertArrayEquals(JSON, Libdeflate.inflate(deflate(JSON, false), true, JSON.length + 10));
        assertArrayEquals(JSON, Libdeflate.inflate(deflate(JSON, true), false, JSON.length));
        assertNull(Libdeflate.gunzip(gzip(JSON), JSON.length - 1), "too small a buffer");
        assertNull(Libdeflate.gunzip(concat(gzip(JSON), gzip(JSON)), 2 * JSON.length), "a second member");
        assertNull(Libdeflate.gunzip(Arrays.copyOf(gzip(JSON), 100), JSON.length), "a cut body");
    }

    @Test
    void eachThreadHasItsOwnDecompressor() throws Exception {
        byte[] gz = gzip(JSON);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int k = 0; k < 300; k++) {
                    byte[] out = Libdeflate.gunzip(gz, JSON.length);
                    if (!Arrays.equals(JSON, out)) {
                        failures.add(new AssertionError("wrong output on iteration " + k));
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
    }

    /** The decoded bytes and the limits hit, or the failure: what the walker would see. */
    private static String outcome(GzipDecoder decoder, byte[] body, String contentEncoding, DetectionLimits limits) {
        View view = View.root(body, Where.BODY, "", "", View.Kind.BODY, "", contentEncoding);
        if (!decoder.applies(view)) {
            return "does not apply";
        }
        DecodeContext context = new DecodeContext(limits);
        try {
            List<View> out = decoder.decode(view, context);
            assertNotNull(out);
            return out.stream().map(v -> Arrays.hashCode(v.data()) + "/" + v.length() + " " + v.encoding())
                    .toList() + " limits " + context.limitsHit();
        } catch (IOException | RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage() + " limits " + context.limitsHit();
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) {
        Deflater deflater = new Deflater(6, raw);
        deflater.setInput(data);
        deflater.finish();
        byte[] buf = new byte[data.length + 1024];
        int n = deflater.deflate(buf);
        deflater.end();
        return Arrays.copyOf(buf, n);
    }

    /** A gzip member with FEXTRA, FNAME and FCOMMENT, and FHCRC when asked (right or wrong). */
    private static byte[] headerFields(byte[] data, boolean headerCrc, boolean wrongCrc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, (byte) (0x04 | 0x08 | 0x10 | (headerCrc ? 0x02 : 0)), 0, 0, 0, 0, 0, 3});
        out.writeBytes(new byte[] {4, 0, 'a', 'b', 2, 0});
        out.writeBytes("events.json\0a comment\0".getBytes(StandardCharsets.ISO_8859_1));
        if (headerCrc) {
            CRC32 crc = new CRC32();
            crc.update(out.toByteArray());
            int v = (int) crc.getValue() ^ (wrongCrc ? 1 : 0);
            out.write(v & 0xFF);
            out.write(v >>> 8 & 0xFF);
        }
        out.writeBytes(deflate(data, true));
        CRC32 crc = new CRC32();
        crc.update(data);
        writeLe(out, (int) crc.getValue());
        writeLe(out, data.length);
        return out.toByteArray();
    }

    private static void writeLe(ByteArrayOutputStream out, int v) {
        for (int k = 0; k < 4; k++) {
            out.write(v >>> 8 * k & 0xFF);
        }
    }

    private static byte[] withSize(byte[] gz, int size) {
        byte[] b = gz.clone();
        for (int k = 0; k < 4; k++) {
            b[b.length - 4 + k] = (byte) (size >>> 8 * k);
        }
        return b;
    }

    private static byte[] flagged(byte[] gz, int flag) {
        byte[] b = gz.clone();
        b[3] |= (byte) flag;
        return b;
    }

    private static byte[] flip(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] ^= 0x5A;
        return c;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] randomText(Random random) {
        StringBuilder sb = new StringBuilder("{\"e\":[");
        for (int i = 0, n = random.nextInt(400); i < n; i++) {
            sb.append(random.nextInt(5) == 0 ? "\"867530012345674\"," : random.nextLong() + ",");
        }
        return sb.append("0]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
