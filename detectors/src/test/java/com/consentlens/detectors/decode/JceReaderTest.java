package com.consentlens.detectors.decode;

import com.consentlens.detectors.Jce;
import com.consentlens.detectors.Payloads.Proto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static com.consentlens.detectors.Payloads.gzip;
import static com.consentlens.detectors.Payloads.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema-less JCE reader against bytes written by TarsCloud's own {@code TarsOutputStream}: each row must
 * read back to the values written, with their tags as paths.
 */
class JceReaderTest {
    private static boolean isJce(byte[] b) {
        return JceReader.read(b, false, "jce", null);
    }

    private static List<String> read(byte[] b) {
        return read(b, false);
    }

    private static List<String> read(byte[] b, boolean declared) {
        List<String> out = new ArrayList<>();
        boolean whole = JceReader.read(b, declared, "jce", f -> out.add(f.path() + " " + f.name() + "="
                + (f.number() || TextCheck.isText(f.bytes()) ? new String(f.bytes(), StandardCharsets.UTF_8)
                : "<" + (f.struct() ? "struct " : "") + f.bytes().length + " bytes>")));
        return whole ? out : List.of("not jce");
    }

    static Stream<Arguments> rows() {
        String longText = "x".repeat(300);
        return Stream.of(
                Arguments.of("integers at every width, zero, floats",
                        new Jce().string(0, "evidence").i8(1, (byte) -7).i32(2, 300).i32(3, 70_000).i64(4, 1_763_883_662_123L)
                                .i32(5, 0).f32(6, 39.5f).f64(7, 116.4074).build(),
                        List.of("jce.0 jce.0=evidence", "jce.1 jce.1=-7", "jce.2 jce.2=300", "jce.3 jce.3=70000",
                                "jce.4 jce.4=1763883662123", "jce.5 jce.5=0", "jce.6 jce.6=39.5", "jce.7 jce.7=116.4074")),
                Arguments.of("a string over 255 bytes has a 4-byte length",
                        new Jce().string(1, "short").string(2, longText).build(),
                        List.of("jce.1 jce.1=short", "jce.2 jce.2=" + longText)),
                Arguments.of("tags of 15 and above take a second byte",
                        new Jce().string(14, "fourteen").string(15, "fifteen").string(200, "two hundred").build(),
                        List.of("jce.14 jce.14=fourteen", "jce.15 jce.15=fifteen", "jce.200 jce.200=two hundred")),
                Arguments.of("a nested struct is one value",
                        new Jce().string(0, "outer").struct(1, s -> s.string(0, "inner-value").i32(1, 7)).string(2, "after")
                                .build(),
                        List.of("jce.0 jce.0=outer", "jce.1 jce.1=<struct 15 bytes>", "jce.2 jce.2=after")),
                Arguments.of("list of strings",
                        new Jce().list(3, List.of("com.tencent.mm", "com.taobao.taobao")).build(),
                        List.of("jce.3[0] jce.3=com.tencent.mm", "jce.3[1] jce.3=com.taobao.taobao")),
                Arguments.of("map with name keys names its values",
                        new Jce().string(0, "1.0").map(8, new TreeMap<>(Map.of("A26", "arm64-v8a", "G12", "R5CT1234567")))
                                .build(),
                        List.of("jce.0 jce.0=1.0", "jce.8.A26 A26=arm64-v8a", "jce.8.G12 G12=R5CT1234567")),
                Arguments.of("map with other keys keeps them as values",
                        new Jce().map(8, new LinkedHashMap<>(Map.of("com.tencent.mm", "8.0.49"))).build(),
                        List.of("jce.8[0].key jce.8=com.tencent.mm", "jce.8[0] jce.8=8.0.49")),
                Arguments.of("a byte array is handed out whole (gzip here)",
                        new Jce().string(1, "appkey").bytes(6, gzip(utf8("{\"imei\":\"x\"}"))).build(),
                        List.of("jce.1 jce.1=appkey", "jce.6 jce.6=<32 bytes>")),
                Arguments.of("a list of structs",
                        new Jce().string(0, "events").list(1, List.of(new Jce.Struct(s -> s.string(0, "launch")),
                                new Jce.Struct(s -> s.string(0, "crash").i64(1, 5)))).build(),
                        List.of("jce.0 jce.0=events", "jce.1[0] jce.1=<struct 8 bytes>",
                                "jce.1[1] jce.1=<struct 9 bytes>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsWhatTarsWrote(String name, byte[] bytes, List<String> expected) {
        assertThat(read(bytes)).containsExactlyElementsOf(expected);
    }

    @Test
    void aNestedStructReadsAgainOnItsOwn() {
        byte[] b = new Jce().string(0, "outer").struct(3, s -> s.string(0, "inner-value").struct(1,
                t -> t.string(9, "deepest"))).build();
        List<StructField> fields = new ArrayList<>();
        assertThat(JceReader.read(b, false, "jce", fields::add)).isTrue();
        assertThat(fields.get(1).struct()).isTrue();
        assertThat(read(fields.get(1).bytes(), true)).containsExactly("jce.0 jce.0=inner-value", "jce.1 jce.1=<struct 9 bytes>");
    }

    /** Bugly's RequestPackage layout: the user-info package is JCE again inside a byte array. */
    @Test
    void aByteArrayHoldingJceReadsAgainAsJce() {
        byte[] userInfo = new Jce().string(0, "9774d56d682e549c").string(3, "867530012345672").build();
        byte[] b = new Jce().i8(0, (byte) 1).string(1, "4d6e7f8a90").bytes(5, userInfo).build();
        List<StructField> fields = new ArrayList<>();
        assertThat(JceReader.read(b, false, "jce", fields::add)).isTrue();
        assertThat(read(fields.get(2).bytes())).containsExactly("jce.0 jce.0=9774d56d682e549c", "jce.3 jce.3=867530012345672");
    }

    @Test
    void withoutTextOrCompressedBytesItIsOnlyReadWhenDeclared() {
        byte[] numbersOnly = new Jce().i32(0, 5).i64(1, 77).build();
        byte[] shortString = new Jce().string(0, "ok").build();
        assertThat(isJce(numbersOnly)).isFalse();
        assertThat(isJce(shortString)).isFalse();
        assertThat(read(numbersOnly, true)).containsExactly("jce.0 jce.0=5", "jce.1 jce.1=77");
    }

    @Test
    void tagsThatDoNotRiseAreNotJce() {
        byte[] ascending = new Jce().string(1, "first").string(2, "second").build();
        byte[] repeated = new Jce().string(1, "first").string(1, "second").build();
        byte[] falling = new Jce().string(2, "first").string(1, "second").build();
        assertThat(isJce(ascending)).isTrue();
        assertThat(isJce(repeated)).isFalse();
        assertThat(isJce(falling)).isFalse();
    }

    /** A cut at a field boundary is a shorter valid sequence; any cut reads as a prefix of the fields or not at all. */
    @Test
    void everyCutReadsAsAPrefixOrIsRejected() {
        byte[] b = new Jce().string(0, "1.0").string(1, "5f8a1b2c3d4e5f6a7b8c9d0e").i32(4, 17)
                .list(5, List.of("a", "b")).struct(6, s -> s.string(1, "nested")).i64(7, 1L << 40).build();
        List<String> whole = read(b);
        for (int cut = 0; cut < b.length; cut++) {
            List<String> part = read(Arrays.copyOf(b, cut));
            if (!part.equals(List.of("not jce"))) {
                assertThat(whole.subList(0, part.size())).as("cut at %d", cut).isEqualTo(part);
            }
        }
    }

    /** Random field sequences of every type, nested, written by Tars: the top values read back as written. */
    @Test
    void randomStructsReadBackAsWritten() {
        Random random = new Random(20261124);
        for (int n = 0; n < 1_500; n++) {
            Jce jce = new Jce().string(0, "evidence");
            List<String> expected = new ArrayList<>(List.of("jce.0 jce.0=evidence"));
            int tag = 0;
            for (int f = random.nextInt(12); f > 0; f--) {
                tag += 1 + random.nextInt(random.nextBoolean() ? 3 : 40);
                String path = "jce." + tag;
                switch (random.nextInt(5)) {
                    case 0 -> {
                        String s = Long.toString(random.nextLong(), 36);
                        jce.string(tag, s);
                        expected.add(path + " " + path + "=" + s);
                    }
                    case 1 -> {
                        long v = random.nextLong() >> random.nextInt(64);
                        jce.i64(tag, v);
                        expected.add(path + " " + path + "=" + v);
                    }
                    case 2 -> {
                        double v = random.nextDouble() * 360 - 180;
                        jce.f64(tag, v);
                        expected.add(path + " " + path + "=" + v);
                    }
                    case 3 -> {
                        List<String> list = new ArrayList<>();
                        for (int k = random.nextInt(20); k > 0; k--) {
                            list.add("v" + random.nextInt(1000));
                        }
                        jce.list(tag, list);
                        for (int k = 0; k < list.size(); k++) {
                            expected.add(path + "[" + k + "] " + path + "=" + list.get(k));
                        }
                    }
                    default -> {
                        int inner = random.nextInt(5);
                        jce.struct(tag, s -> {
                            for (int k = 1; k <= inner; k++) {
                                s.string(k, "in" + k);
                            }
                        });
                        expected.add(path + " " + path + "=<STRUCT>");
                    }
                }
            }
            List<String> actual = read(jce.build()).stream().map(s -> s.replaceAll("<struct \\d+ bytes>$", "<STRUCT>"))
                    .toList();
            assertThat(actual).as("sequence %d", n).containsExactlyElementsOf(expected);
        }
    }

    /** Protobuf messages with text, and random bytes: rarely if ever JCE (protobuf is tried after JCE). */
    @Test
    void protobufAndRandomBytesAreNotJce() {
        Random random = new Random(7);
        int protobufAccepted = 0;
        int noiseAccepted = 0;
        for (int n = 0; n < 30_000; n++) {
            Proto p = new Proto();
            for (int f = 1 + random.nextInt(8); f > 0; f--) {
                int id = 1 + random.nextInt(40);
                switch (random.nextInt(4)) {
                    case 0 -> p.string(id, "s" + Long.toHexString(random.nextLong()));
                    case 1 -> p.int64(id, random.nextLong() >>> random.nextInt(64));
                    case 2 -> p.dbl(id, random.nextDouble() * 100);
                    default -> p.bytes(id, new byte[random.nextInt(6)]);
                }
            }
            byte[] message = p.string(1 + random.nextInt(20), "text" + random.nextInt(1000)).build();
            byte[] noise = new byte[3 + random.nextInt(200)];
            random.nextBytes(noise);
            protobufAccepted += isJce(message) ? 1 : 0;
            noiseAccepted += isJce(noise) ? 1 : 0;
        }
        assertThat(protobufAccepted).isZero();
        assertThat(noiseAccepted).isZero();
    }

    @Test
    void deepNestingAndHugeSizesAreRejectedWithoutAllocating() {
        byte[] deep = new byte[200_001];
        Arrays.fill(deep, 0, 100_000, (byte) 0x0A); // struct begin at tag 0, 100,000 times
        assertThat(isJce(deep)).isFalse();
        byte[] listBomb = {0x06, 0x04, 't', 'e', 'x', 't', 0x19, 0x02, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x06, 0x01, 'a'};
        assertThat(isJce(listBomb)).isFalse();
        byte[] stringBomb = {0x06, 0x04, 't', 'e', 'x', 't', 0x17, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 'a'};
        assertThat(isJce(stringBomb)).isFalse();
        byte[] negativeSize = {0x06, 0x04, 't', 'e', 'x', 't', 0x1D, 0x00, 0x00, (byte) 0xFF, 'a'};
        assertThat(isJce(negativeSize)).isFalse();
    }
}
