package com.consentlens.app.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written encoders against known wire bytes and against the test-side readers. */
class EncodersTest {
    /** Varints from protobuf's encoding guide (150 → 96 01) and the boundaries around 7-bit groups. */
    @ParameterizedTest
    @CsvSource({"1, 0801", "127, 087f", "128, 088001", "150, 089601", "300, 08ac02",
            "1763890872345, 089980db80ab33"})
    void protoInt64_value_encodesAsVarint(long value, String hex) {
        byte[] bytes = new ProtoWriter().int64(1, value).toByteArray();
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(hex);
        assertThat(WireReaders.proto(bytes).get(0).varint()).isEqualTo(value);
    }

    /** Umeng's envelope fields written by hand and by Apache Thrift's own TCompactProtocol: the same bytes. */
    @ParameterizedTest
    @CsvSource({"1, 0", "4, -17", "10, 1763883662", "27, 2147483647", "300, -2147483648"})
    void thriftCompact_fields_matchApacheThrift(int id, int value) throws Exception {
        byte[] entity = {0x78, (byte) 0x9C, 1, 2, 3};
        byte[] ours = new ThriftCompactWriter().string(1, "1.0").i32(id + 1, value).binary(id + 40, entity).build();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.apache.thrift.protocol.TCompactProtocol p = new org.apache.thrift.protocol.TCompactProtocol(
                new org.apache.thrift.transport.TIOStreamTransport(out));
        p.writeStructBegin(new org.apache.thrift.protocol.TStruct("UMEnvelope"));
        p.writeFieldBegin(new org.apache.thrift.protocol.TField("version", org.apache.thrift.protocol.TType.STRING, (short) 1));
        p.writeString("1.0");
        p.writeFieldEnd();
        p.writeFieldBegin(new org.apache.thrift.protocol.TField("n", org.apache.thrift.protocol.TType.I32, (short) (id + 1)));
        p.writeI32(value);
        p.writeFieldEnd();
        p.writeFieldBegin(new org.apache.thrift.protocol.TField("entity", org.apache.thrift.protocol.TType.STRING, (short) (id + 40)));
        p.writeBinary(java.nio.ByteBuffer.wrap(entity));
        p.writeFieldEnd();
        p.writeFieldStop();
        p.writeStructEnd();
        assertThat(HexFormat.of().formatHex(ours)).isEqualTo(HexFormat.of().formatHex(out.toByteArray()));
    }

    /** Umeng's IdTracking (a map of named snapshot structs, an i64): the same bytes as Apache Thrift's. */
    @Test
    void thriftCompact_structMap_matchesApacheThrift() throws Exception {
        java.util.Map<String, ThriftCompactWriter> snapshots = new java.util.LinkedHashMap<>();
        snapshots.put("imei", new ThriftCompactWriter().string(1, "867530012345672").i64(2, 1_763_883_662_123L).i32(3, 1));
        snapshots.put("mac", new ThriftCompactWriter().string(1, "ac:37:43:12:34:56").i64(2, -5L).i32(3, 1));
        byte[] ours = new ThriftCompactWriter().structMap(1, snapshots).string(3, "checksum").build();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.apache.thrift.protocol.TCompactProtocol p = new org.apache.thrift.protocol.TCompactProtocol(
                new org.apache.thrift.transport.TIOStreamTransport(out));
        p.writeStructBegin(new org.apache.thrift.protocol.TStruct("IdTracking"));
        p.writeFieldBegin(new org.apache.thrift.protocol.TField("snapshots", org.apache.thrift.protocol.TType.MAP, (short) 1));
        p.writeMapBegin(new org.apache.thrift.protocol.TMap(org.apache.thrift.protocol.TType.STRING,
                org.apache.thrift.protocol.TType.STRUCT, 2));
        String[][] rows = {{"imei", "867530012345672", "1763883662123"}, {"mac", "ac:37:43:12:34:56", "-5"}};
        for (String[] row : rows) {
            p.writeString(row[0]);
            p.writeStructBegin(new org.apache.thrift.protocol.TStruct("IdSnapshot"));
            p.writeFieldBegin(new org.apache.thrift.protocol.TField("identity", org.apache.thrift.protocol.TType.STRING, (short) 1));
            p.writeString(row[1]);
            p.writeFieldEnd();
            p.writeFieldBegin(new org.apache.thrift.protocol.TField("ts", org.apache.thrift.protocol.TType.I64, (short) 2));
            p.writeI64(Long.parseLong(row[2]));
            p.writeFieldEnd();
            p.writeFieldBegin(new org.apache.thrift.protocol.TField("version", org.apache.thrift.protocol.TType.I32, (short) 3));
            p.writeI32(1);
            p.writeFieldEnd();
            p.writeFieldStop();
            p.writeStructEnd();
        }
        p.writeMapEnd();
        p.writeFieldEnd();
        p.writeFieldBegin(new org.apache.thrift.protocol.TField("checksum", org.apache.thrift.protocol.TType.STRING, (short) 3));
        p.writeString("checksum");
        p.writeFieldEnd();
        p.writeFieldStop();
        p.writeStructEnd();
        assertThat(HexFormat.of().formatHex(ours)).isEqualTo(HexFormat.of().formatHex(out.toByteArray()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"867530012345672", "示例商城", "a"})
    void protoString_value_roundTrips(String value) {
        WireReaders.ProtoField field = WireReaders.proto(new ProtoWriter().string(46, value).toByteArray()).get(0);
        assertThat(field.number()).isEqualTo(46);
        assertThat(field.wireType()).isEqualTo(2);
        assertThat(field.string()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(doubles = {39.9042, 116.4074, -33.8688})
    void protoDouble_value_isFixed64LittleEndian(double value) {
        WireReaders.ProtoField field = WireReaders.proto(new ProtoWriter().doubleValue(44, value).toByteArray()).get(0);
        assertThat(field.wireType()).isEqualTo(1);
        assertThat(field.asDouble()).isEqualTo(value);
    }

    @Test
    void protoDefaults_proto3_areOmitted() {
        assertThat(new ProtoWriter().string(1, "").string(2, null).int64(3, 0).doubleValue(4, 0).toByteArray())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void protoMap_entries_areNestedKeyValueMessages(int size) {
        Map<String, String> map = new TreeMap<>(Map.of("sku_id", "100023456789", "price", "59.90"));
        if (size == 1) {
            map.remove("price");
        }
        List<WireReaders.ProtoField> entries = WireReaders.proto(new ProtoWriter().map(24, map).toByteArray());
        assertThat(entries).hasSize(size);
        for (WireReaders.ProtoField entry : entries) {
            List<WireReaders.ProtoField> kv = WireReaders.proto(entry.bytes());
            assertThat(map.get(kv.get(0).string())).isEqualTo(kv.get(1).string());
        }
    }

    /** JCE heads and integer widths per the Tars protocol: zero has its own type, then 1/2/4/8 bytes. */
    @ParameterizedTest
    @CsvSource({"0, 0, 0c", "1, 1, 1001", "4, 840, 410348", "10, 70000, a200011170",
            "11, 1795426225899, b3000001a207be0eeb", "15, 5, f00f05"})
    void jceInteger_value_usesSmallestWidth(int tag, long value, String hex) {
        assertThat(HexFormat.of().formatHex(new JceWriter().integer(tag, value).toByteArray())).isEqualTo(hex);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 255, 256, 1000})
    void jceString_length_picksOneOrFourByteLength(int length) {
        String value = "x".repeat(length);
        byte[] bytes = new JceWriter().string(3, value).toByteArray();
        assertThat(bytes[0] & 0x0f).isEqualTo(length <= 255 ? 6 : 7);
        assertThat(WireReaders.jceStrings(bytes)).containsExactly(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f2a9c1b7e6d4a58", "R58N31K7QXA"})
    void jceBytes_nestedStruct_isReadBack(String value) {
        byte[] inner = new JceWriter().string(0, value).toByteArray();
        byte[] outer = new JceWriter().bytes(5, inner).map(8, Map.of("G12", value)).toByteArray();
        assertThat(WireReaders.jceStrings(outer)).containsExactly(value, "G12", value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"imei\":\"867530012345672\"}", "中国联通"})
    void compression_gzipZlibZstd_roundTrip(String text) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        assertThat(WireReaders.gunzip(Wire.gzip(raw))).isEqualTo(raw);
        assertThat(WireReaders.inflate(Wire.zlib(raw))).isEqualTo(raw);
        assertThat(WireReaders.unzstd(Wire.zstd(raw))).isEqualTo(raw);
    }

    @ParameterizedTest
    @CsvSource({"867530012345672, 18e6d17dd7e6ea5013f120b12bada0ac"})
    void md5_imei_isLowerHex(String imei, String expected) {
        assertThat(Wire.md5(imei)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"867530012345672, 18e6d17dd7e6ea5013f120b12bada0ac", "867530012345674, 1e51038ed3936971ff2931bf3f1055"})
    void umengMd5_bytesBelow16_loseTheirLeadingZero(String imei, String expected) {
        assertThat(Wire.umengMd5(imei)).isEqualTo(expected);
    }
}
