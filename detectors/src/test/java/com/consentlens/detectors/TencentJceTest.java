package com.consentlens.detectors;

import com.consentlens.model.Exchange;
import com.consentlens.model.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static com.consentlens.detectors.Fixtures.ANDROID_ID;
import static com.consentlens.detectors.Fixtures.IMEI;
import static com.consentlens.detectors.Fixtures.IMSI;
import static com.consentlens.detectors.Fixtures.MAC;
import static com.consentlens.detectors.Fixtures.OAID;
import static com.consentlens.detectors.Fixtures.SERIAL;
import static com.consentlens.detectors.Fixtures.catalog;
import static com.consentlens.detectors.Fixtures.post;
import static com.consentlens.detectors.Fixtures.profile;
import static com.consentlens.detectors.Payloads.base64;
import static com.consentlens.detectors.Payloads.gzip;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tencent SDKs that write JCE (Tars) instead of JSON or protobuf, through the whole engine. Each row is a
 * request body in the SDK's envelope, written by TarsCloud's own writer ({@link Jce}), and the findings
 * expected from it (summarised as in {@link DetectionEngineTest}). The envelopes' field layouts are from
 * decompiled SDKs: Beacon's {@code RequestPackage} and the wup {@code RequestPacket} as their
 * {@code writeTo} methods write them; Bugly's as the demo models it (see its {@code DeviceSdkTraffic}). What
 * the inner packages carry is modelled: which identifiers, under which tags.
 */
class TencentJceTest {
    private static final String OCTETS = "application/octet-stream";

    /** Bugly start-up report: gzip of a RequestPackage whose byte array at tag 5 is the JCE user-info package. */
    static Exchange bugly(String imei, String mac, String imsi, String androidId, String serial) {
        byte[] userInfo = new Jce().string(0, androidId).string(1, "M2012K11AC").i64(2, 1_763_883_662_123L)
                .string(3, imei).string(4, mac).string(5, imsi).build();
        byte[] request = new Jce().i8(0, (byte) 1).string(1, "4d6e7f8a90").string(2, "com.example.shop")
                .string(3, "5.2.0").i32(4, 840).bytes(5, userInfo).string(6, "M2012K11AC").string(7, "13")
                .map(8, new TreeMap<>(Map.of("A26", "arm64-v8a", "G12", serial))).string(9, "s-1763883662123")
                .i64(10, 0).string(11, androidId).build();
        return post("https://android.bugly.qq.com/rqd/async?aid=6d78a781-3d04-365a-a131-ec38652e4e86", gzip(request),
                "tls", "1", "prodId", "4d6e7f8a90", "cmd", "840", "Content-Type", OCTETS);
    }

    /**
     * Tencent Beacon (灯塔) upload: RequestPackage {platformId 0, appkey 1, appVersion 2, sdkId 3, sdkVersion 4,
     * cmd 5, sBuffer 6, encryType 7, zipType 8, model 9, osVersion 10, reserved 11}; {@code sBuffer} is the
     * event list, gzipped (zipType 2) and not encrypted (encryType 0).
     */
    static Exchange beacon(byte encryType, byte[] sBuffer) {
        byte[] request = new Jce().i8(0, (byte) 1).string(1, "0AND0XXXXX4DZ2V7").string(2, "5.2.0")
                .string(3, "beacon").string(4, "4.1.24").i32(5, 100).bytes(6, sBuffer).i8(7, encryType)
                .i8(8, (byte) 2).string(9, "M2012K11AC").string(10, "13").string(11, "").build();
        return post("https://otheve.beacon.qq.com/analytics/upload", request, "Content-Type", OCTETS);
    }

    static byte[] beaconEvents(String imei, String oaid) {
        Jce.Struct launch = new Jce.Struct(e -> e.string(0, "rqd_applaunched").i64(1, 1_763_883_662_123L)
                .map(2, new TreeMap<>(Map.of("A2", imei, "A33", "wifi", "oaid", oaid))));
        return gzip(new Jce().list(0, List.of(launch)).build());
    }

    /**
     * A wup RPC call (Tencent's UniPacket, version 3): RequestPacket {iVersion 1, cPacketType 2, iMessageType 3,
     * iRequestId 4, sServantName 5, sFuncName 6, sBuffer 7, iTimeout 8, context 9, status 10}; {@code sBuffer} is a
     * JCE map from argument name to the argument's own JCE bytes.
     */
    static Exchange wup(String imei, String androidId) {
        byte[] argument = new Jce().struct(0, d -> d.string(0, "com.example.shop").string(1, imei).string(2, androidId))
                .build();
        byte[] sBuffer = new Jce().map(0, new TreeMap<>(Map.of("req", argument))).build();
        byte[] packet = new Jce().i32(1, 3).i8(2, (byte) 0).i32(3, 0).i32(4, 17).string(5, "DeviceServer")
                .string(6, "reportDevice").bytes(7, sBuffer).i32(8, 15_000).map(9, Map.of()).map(10, Map.of()).build();
        return post("https://tbsrecovery.imtt.qq.com/wup", packet, "Content-Type", OCTETS);
    }

    static Stream<Arguments> rows() {
        Profile p = profile();
        Profile none = Profile.EMPTY;
        byte[] encrypted = new byte[96];
        new Random(5).nextBytes(encrypted);
        return Stream.of(
                Arguments.of("bugly: gzip jce, the user-info package jce again in a byte array", p,
                        bugly(IMEI, MAC, IMSI, ANDROID_ID, SERIAL), List.of(
                        "ANDROID_ID exact body jce.5.0 [gzip, jce]",
                        "IMEI exact body jce.5.3 [gzip, jce]",
                        "MAC exact body jce.5.4 [gzip, jce]",
                        "IMSI exact body jce.5.5 [gzip, jce]",
                        "SERIAL exact body jce.8.G12 [gzip, jce]",
                        "ANDROID_ID exact body jce.11 [gzip, jce]")),
                Arguments.of("pattern: bugly without a profile", none,
                        bugly("356938035643809", "f8:a9:d0:71:6d:07", IMSI, ANDROID_ID, SERIAL), List.of(
                        "IMEI pattern body jce.5.3 [gzip, jce]",
                        "MAC pattern body jce.5.4 [gzip, jce]",
                        "IMSI pattern body jce.5.5 [gzip, jce]")),
                Arguments.of("beacon: the event list gzipped in sBuffer", p, beacon((byte) 0, beaconEvents(IMEI, OAID)),
                        List.of("IMEI exact body jce.6>jce.0[0].2.A2 [jce, gzip, jce]",
                                "OAID exact body jce.6>jce.0[0].2.oaid [jce, gzip, jce]")),
                Arguments.of("negative: beacon with sBuffer encrypted shows nothing, and no fault", p,
                        beacon((byte) 3, encrypted), List.of()),
                Arguments.of("wup: an argument's jce inside the packet's map", p, wup(IMEI, ANDROID_ID), List.of(
                        "IMEI exact body jce.7.0.req.0.1 [jce]",
                        "ANDROID_ID exact body jce.7.0.req.0.2 [jce]")),
                Arguments.of("jce behind base64 in a json field", p, post("https://log.example.net/tb",
                        "{\"v\":2,\"payload\":\"" + base64(new Jce().string(0, "android").string(1, OAID)
                                .i64(2, 1_763_883_662_123L).build()) + "\"}"),
                        List.of("OAID exact body $.payload>jce.1 [json, base64, jce]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void detect_tencentJcePayload(String name, Profile profile, Exchange exchange, List<String> expected) {
        DetectionResult result = new DetectionEngine(profile, catalog()).detect(exchange);

        assertThat(result.findings()).extracting(DetectionEngineTest::summary).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.limitsHit()).isEmpty();
        assertThat(result.faults()).isEmpty();
    }
}
