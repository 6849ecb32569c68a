package com.consentlens.detectors.decode;

import com.consentlens.detectors.Payloads.Proto;
import com.consentlens.detectors.Payloads.Thrift;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TList;
import org.apache.thrift.protocol.TMap;
import org.apache.thrift.protocol.TMessage;
import org.apache.thrift.protocol.TMessageType;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;
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
import java.util.function.Function;
import java.util.stream.Stream;

import static com.consentlens.detectors.Payloads.deflate;
import static com.consentlens.detectors.Payloads.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema-less Thrift reader against bytes written by Apache Thrift's own {@code TCompactProtocol} and
 * {@code TBinaryProtocol}: each row is written in both protocols and must read back to the same values.
 */
class ThriftReaderTest {
    private static boolean isThrift(byte[] b) {
        return ThriftReader.recognise(b) != null;
    }

    private static List<String> read(byte[] b) {
        return read(b, ThriftReader.recognise(b));
    }

    private static List<String> read(byte[] b, ThriftReader.Protocol protocol) {
        List<String> out = new ArrayList<>();
        boolean whole = protocol != null && ThriftReader.read(b, protocol, "thrift", item -> out.add(item.path() + " " + item.name() + "="
                + (item.number() || TextCheck.isText(item.bytes()) ? new String(item.bytes(), StandardCharsets.UTF_8)
                : "<" + item.bytes().length + " bytes>")));
        return whole ? out : List.of("not thrift");
    }

    static Stream<Arguments> rows() {
        Map<String, Function<Thrift, Thrift>> rows = new LinkedHashMap<>();
        rows.put("scalars", t -> t.string(1, "1.0").i32(4, -17).i64(5, 1_763_883_662_123L).dbl(6, 39.9042)
                .bool(7, true).bool(8, false).string(9, "end of struct"));
        rows.put("ids far apart and negative", t -> t.string(3, "first").string(200, "far").string(-1, "auto")
                .i32(32_000, 5));
        rows.put("a nested struct is one value", t -> t.string(1, "outer").struct(3, n -> n.string(1, "inner-value")
                .i32(2, 7)).string(4, "after"));
        rows.put("list of strings", t -> t.strings(4, List.of("com.tencent.mm", "com.taobao.taobao")));
        rows.put("map with name keys", t -> t.stringMap(5, new LinkedHashMap<>(Map.of("imei", "356938035643809"))));
        rows.put("map with other keys", t -> t.stringMap(5, new LinkedHashMap<>(Map.of("com.tencent.mm", "8.0.49"))));
        rows.put("binary entity", t -> t.string(2, "appkey").binary(7, deflate(utf8("{\"a\":1}"), true)));
        List<String> scalars = List.of("thrift.1 thrift.1=1.0", "thrift.4 thrift.4=-17", "thrift.5 thrift.5=1763883662123",
                "thrift.6 thrift.6=39.9042", "thrift.9 thrift.9=end of struct");
        Map<String, List<String>> expected = Map.of(
                "scalars", scalars,
                "ids far apart and negative", List.of("thrift.3 thrift.3=first", "thrift.200 thrift.200=far",
                        "thrift.-1 thrift.-1=auto", "thrift.32000 thrift.32000=5"),
                "a nested struct is one value", List.of("thrift.1 thrift.1=outer", "thrift.3 thrift.3=<PROTOCOL>",
                        "thrift.4 thrift.4=after"),
                "list of strings", List.of("thrift.4[0] thrift.4=com.tencent.mm", "thrift.4[1] thrift.4=com.taobao.taobao"),
                "map with name keys", List.of("thrift.5.imei imei=356938035643809"),
                "map with other keys", List.of("thrift.5[0].key thrift.5=com.tencent.mm", "thrift.5[0] thrift.5=8.0.49"),
                "binary entity", List.of("thrift.2 thrift.2=appkey", "thrift.7 thrift.7=<15 bytes>"));
        return rows.entrySet().stream().flatMap(e -> Stream.of(true, false).map(compact -> Arguments.of(
                e.getKey() + (compact ? " (compact)" : " (binary)"), e.getValue().apply(new Thrift(compact)).build(),
                expected.get(e.getKey()).stream().map(s -> s.replace("<PROTOCOL>", compact ? "<16 bytes>" : "<26 bytes>"))
                        .toList())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsWhatApacheThriftWrote(String name, byte[] bytes, List<String> expected) {
        assertThat(read(bytes)).containsExactlyElementsOf(expected);
    }

    @Test
    void aNestedStructReadsAgainOnItsOwn() {
        for (boolean compact : new boolean[] {true, false}) {
            byte[] b = new Thrift(compact).string(1, "outer").struct(3, n -> n.string(1, "inner-value").struct(2,
                    m -> m.string(9, "deepest"))).build();
            ThriftReader.Protocol protocol = compact ? ThriftReader.Protocol.COMPACT : ThriftReader.Protocol.BINARY;
            assertThat(ThriftReader.recognise(b)).isEqualTo(protocol);
            List<StructField> items = new ArrayList<>();
            assertThat(ThriftReader.read(b, protocol, "thrift", items::add)).isTrue();
            assertThat(items.get(1).struct()).isTrue();
            byte[] inner = items.get(1).bytes();
            assertThat(read(inner, protocol)).as("compact %s", compact).containsExactly("thrift.1 thrift.1=inner-value",
                    "thrift.2 thrift.2=<" + (compact ? 10 : 15) + " bytes>");
        }
    }

    @Test
    void anRpcCallOverHttpHasAMessageHeaderFirst() throws Exception {
        for (boolean compact : new boolean[] {true, false}) {
            byte[] b = new Thrift(compact).raw(p -> {
                p.writeMessageBegin(new TMessage("reportDevice", TMessageType.CALL, 42));
                p.writeStructBegin(new TStruct("args"));
                p.writeFieldBegin(new TField("oaid", TType.STRING, (short) 1));
                p.writeString("6f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f");
                p.writeFieldEnd();
            }).build();
            assertThat(read(b)).as("compact %s", compact).containsExactly("thrift.1 thrift.1=6f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f");
        }
    }

    @Test
    void collectionsOfEveryElementType() throws Exception {
        for (boolean compact : new boolean[] {true, false}) {
            byte[] b = new Thrift(compact).string(1, "text").raw(p -> {
                p.writeFieldBegin(new TField("l", TType.LIST, (short) 2));
                p.writeListBegin(new TList(TType.BOOL, 2));
                p.writeBool(true);
                p.writeBool(false);
                p.writeListEnd();
                p.writeFieldEnd();
                p.writeFieldBegin(new TField("d", TType.SET, (short) 3));
                p.writeListBegin(new TList(TType.DOUBLE, 2));
                p.writeDouble(39.9042);
                p.writeDouble(116.4074);
                p.writeListEnd();
                p.writeFieldEnd();
                p.writeFieldBegin(new TField("m", TType.MAP, (short) 4));
                p.writeMapBegin(new TMap(TType.I32, TType.STRUCT, 1));
                p.writeI32(7);
                p.writeStructBegin(new TStruct("v"));
                p.writeFieldBegin(new TField("x", TType.BYTE, (short) 1));
                p.writeByte((byte) -3);
                p.writeFieldEnd();
                p.writeFieldStop();
                p.writeStructEnd();
                p.writeMapEnd();
                p.writeFieldEnd();
                p.writeFieldBegin(new TField("e", TType.MAP, (short) 5));
                p.writeMapBegin(new TMap(TType.STRING, TType.STRING, 0));
                p.writeMapEnd();
                p.writeFieldEnd();
                p.writeFieldBegin(new TField("s", TType.I16, (short) 6));
                p.writeI16((short) -300);
                p.writeFieldEnd();
            }).build();
            assertThat(read(b)).as("compact %s", compact).containsExactly("thrift.1 thrift.1=text",
                    "thrift.3[0] thrift.3=39.9042", "thrift.3[1] thrift.3=116.4074", "thrift.4[0].key thrift.4=7",
                    "thrift.4[0] thrift.4=<" + (compact ? 3 : 5) + " bytes>", "thrift.6 thrift.6=-300");
        }
    }

    /** Random structs of every type, nested, written by Apache Thrift: the top values read back as written. */
    @Test
    void randomStructsReadBackAsWritten() {
        Random random = new Random(20261123);
        for (int n = 0; n < 1_500; n++) {
            for (boolean compact : new boolean[] {true, false}) {
                Thrift t = new Thrift(compact).string(1, "evidence");
                List<String> expected = new ArrayList<>(List.of("thrift.1 thrift.1=evidence"));
                int id = 1;
                for (int f = random.nextInt(12); f > 0; f--) {
                    id += 1 + random.nextInt(random.nextBoolean() ? 3 : 40);
                    String path = "thrift." + id;
                    switch (random.nextInt(6)) {
                        case 0 -> {
                            String s = Long.toString(random.nextLong(), 36);
                            t.string(id, s);
                            expected.add(path + " " + path + "=" + s);
                        }
                        case 1 -> {
                            long v = random.nextLong() >> random.nextInt(64);
                            t.i64(id, v);
                            expected.add(path + " " + path + "=" + v);
                        }
                        case 2 -> {
                            double v = random.nextDouble() * 360 - 180;
                            t.dbl(id, v);
                            expected.add(path + " " + path + "=" + v);
                        }
                        case 3 -> t.bool(id, random.nextBoolean());
                        case 4 -> {
                            List<String> list = new ArrayList<>();
                            for (int k = random.nextInt(20); k > 0; k--) {
                                list.add("v" + random.nextInt(1000));
                            }
                            t.strings(id, list);
                            for (int k = 0; k < list.size(); k++) {
                                expected.add(path + "[" + k + "] " + path + "=" + list.get(k));
                            }
                        }
                        default -> {
                            int inner = random.nextInt(5);
                            t.struct(id, s -> {
                                for (int k = 1; k <= inner; k++) {
                                    s.string(k, "in" + k);
                                }
                            });
                            expected.add(path + " " + path + "=<STRUCT>");
                        }
                    }
                }
                List<String> actual = read(t.build()).stream().map(s -> s.matches(".*=<\\d+ bytes>$")
                        ? s.replaceAll("<\\d+ bytes>$", "<STRUCT>") : s).toList();
                assertThat(actual).as("struct %d compact %s", n, compact).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void everyCutAndEveryTrailingByteIsRejected() {
        for (boolean compact : new boolean[] {true, false}) {
            byte[] b = new Thrift(compact).string(1, "1.0").string(2, "5f8a1b2c3d4e5f6a7b8c9d0e").i32(4, 17)
                    .strings(5, List.of("a", "b")).struct(6, s -> s.string(1, "nested")).i64(7, 1L << 40).build();
            assertThat(isThrift(b)).isTrue();
            for (int cut = 0; cut < b.length; cut++) {
                assertThat(isThrift(Arrays.copyOf(b, cut))).as("cut at %d", cut).isFalse();
            }
            for (int extra = 0; extra < 256; extra++) {
                byte[] longer = Arrays.copyOf(b, b.length + 1);
                longer[b.length] = (byte) extra;
                assertThat(isThrift(longer)).as("trailing %d", extra).isFalse();
            }
        }
    }

    @Test
    void withoutTextOrCompressedBytesItIsNotTakenForThrift() {
        byte[] numbersOnly = new Thrift(true).i32(1, 5).i64(2, 77).build();
        byte[] shortString = new Thrift(true).string(1, "ok").build();
        assertThat(isThrift(numbersOnly)).isFalse();
        assertThat(isThrift(shortString)).isFalse();
        // ...unless the protocol is known (a nested struct, or a declared content type): then it is read.
        assertThat(read(numbersOnly, ThriftReader.Protocol.COMPACT)).containsExactly("thrift.1 thrift.1=5", "thrift.2 thrift.2=77");
        assertThat(ThriftReader.Protocol.declaredBy("application/vnd.apache.thrift.binary; charset=x"))
                .isEqualTo(ThriftReader.Protocol.BINARY);
        assertThat(ThriftReader.Protocol.declaredBy("application/x-thrift")).isNull();
    }

    /** Protobuf messages that end in 0 (as every struct does) and carry text, and random bytes: none is Thrift. */
    @Test
    void protobufAndRandomBytesAreNotThrift() {
        Random random = new Random(7);
        int accepted = 0;
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
            byte[] message = p.string(1 + random.nextInt(20), "text" + random.nextInt(1000)).int64(1 + random.nextInt(15), 0).build();
            byte[] noise = new byte[3 + random.nextInt(200)];
            random.nextBytes(noise);
            noise[noise.length - 1] = 0;
            accepted += (isThrift(message) ? 1 : 0) + (isThrift(noise) ? 1 : 0);
        }
        assertThat(accepted).isZero();
    }

    @Test
    void deepNestingAndHugeSizesAreRejectedWithoutAllocating() {
        byte[] deep = new byte[200_001];
        Arrays.fill(deep, 0, 100_000, (byte) 0x1C); // compact: field +1, a struct, 100,000 times
        assertThat(isThrift(deep)).isFalse();
        byte[] listBomb = {0x18, 0x04, 't', 'e', 'x', 't', 0x29, (byte) 0xF8, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, 0x07, 0x00};
        assertThat(isThrift(listBomb)).isFalse();
        byte[] binaryBomb = {0x0B, 0, 1, 0, 0, 0, 4, 't', 'e', 'x', 't', 0x0F, 0, 2, 0x0B, 0x7F, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, 0};
        assertThat(isThrift(binaryBomb)).isFalse();
    }
}
