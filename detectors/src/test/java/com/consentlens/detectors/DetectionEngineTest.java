package com.consentlens.detectors;

import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.consentlens.detectors.Fixtures.*;
import static com.consentlens.detectors.Payloads.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detection table: each row is a request in a real SDK's wire format (field names and envelopes as the
 * SDKs' public source code writes them) and the exact findings expected, summarised as
 * {@code PII match where path [encoding…]}. Rows without a profile test pattern detection.
 */
class DetectionEngineTest {
    private static final String FORM = "Content-Type";
    private static final String FORM_TYPE = "application/x-www-form-urlencoded";

    /** Sensors Analytics (sensorsdata/sa-sdk-android): {@code data_list} = base64(gzip(JSON array)), gzip=1. */
    private static Exchange sensors() {
        String events = "[{\"_track_id\":-1923456789,\"time\":1763883662123,\"type\":\"track\",\"event\":\"$AppStart\","
                + "\"distinct_id\":\"" + ANDROID_ID + "\",\"lib\":{\"$lib\":\"Android\",\"$lib_version\":\"6.8.0\"},"
                + "\"properties\":{\"$os\":\"Android\",\"$model\":\"M2012K11AC\",\"$device_id\":\"" + ANDROID_ID + "\","
                + "\"$oaid\":\"" + OAID + "\",\"$latitude\":39904200,\"$longitude\":116407400,"
                + "\"$screen_width\":1080,\"$is_first_day\":true}}]";
        String body = "crc=-1402934567&gzip=1&data_list=" + url(base64(gzip(utf8(events))));
        return post("https://sdk-test.datasink.sensorsdata.cn/sa?project=default", body, FORM, FORM_TYPE);
    }

    /** Adjust (adjust/android_sdk): form fields gps_adid, android_id, mac_sha1, mac_md5, oaid, imei. */
    private static Exchange adjust() {
        String body = "app_token=2fm9gkqubvpc&environment=production&gps_adid=" + GAID + "&android_id=" + ANDROID_ID
                + "&mac_sha1=" + sha1(MAC) + "&mac_md5=" + md5("ac3743123456") + "&oaid=" + OAID
                + "&imei=" + IMEI + "&created_at=2026-11-23T07%3A41%3A02.123Z%2B0800&session_count=3"
                + "&tracking_enabled=1&needs_response_details=1";
        return post("https://app.adjust.com/session", body, FORM, FORM_TYPE);
    }

    /** Umeng-style JSON envelope, gzipped by Content-Encoding, with the IMEI as MD5 (design.md §4). */
    private static Exchange umeng() {
        String json = "{\"header\":{\"appkey\":\"5f8a1b2c3d4e5f6a7b8c9d0e\",\"imei\":\"" + md5(IMEI) + "\","
                + "\"mc\":\"" + MAC + "\",\"os\":\"Android\",\"os_version\":\"13\",\"sdk_version\":\"9.6.1\"},"
                + "\"content\":{\"analytics\":{\"sessions\":[{\"id\":\"2C7E1F0A3B9D4E5F\",\"start_time\":1763883662123}]}}}";
        return post("https://ulogs.umeng.com/unify_logs", gzip(utf8(json)), "Content-Type", "application/json",
                "Content-Encoding", "gzip");
    }

    /** The device object of Pangle's ad request (openadsdk {@code utils/i.java}): imei, android_id, mac, oaid. */
    static final String PANGLE_DEVICE = "{\"ad_sdk_version\":\"5.1.0.2\",\"device\":{\"imei\":\"%s\","
            + "\"android_id\":\"%s\",\"uuid\":\"\",\"ssid\":\"\\\"CMCC-5G\\\"\",\"wifi_mac\":\"a4:56:02:11:22:33\","
            + "\"power_on_time\":\"86400123\",\"mac\":\"%s\",\"oaid\":\"%s\",\"os\":1,\"model\":\"MI 9\"},"
            + "\"adslots\":[{\"id\":\"887654321\",\"adtype\":5,\"accepted_size\":[{\"width\":1080,\"height\":1920}]}],"
            + "\"ts\":1763883662}";
    static final String PANGLE_KEY = "9f2c4e7a1b3d5f608e2a4c6b8d0f1e3a";
    static final String PANGLE_IV = "5c1e9a7b3d2f4e60";

    /** Pangle's {@code get_ads} POST: {@code {"message": <cypher 3 message>, "cypher": 3}} (JSON, the line breaks escaped). */
    static Exchange pangleGetAds(String json, String keyHex) {
        String message = pangleMessage(json, keyHex, PANGLE_IV).replace("\n", "\\n");
        return post("https://api-access.pangolin-sdk-toutiao.com/api/ad/union/sdk/get_ads/",
                "{\"message\":\"" + message + "\",\"cypher\":3}", "Content-Type", "application/json");
    }

    /** The same request from SDK 3 (and GroMore): {@code {"message": <cypher 2 message>, "cypher": 2, …}}. */
    static Exchange pangleGetAdsCypher2(String json, String keyHex) {
        String message = pangleCypher2Message(json, keyHex).replace("\n", "\\n");
        return post("https://is.snssdk.com/api/ad/union/sdk/get_ads/",
                "{\"message\":\"" + message + "\",\"cypher\":2,\"ad_sdk_version\":\"3.4.5.5\"}",
                "Content-Type", "application/json; charset=utf-8");
    }

    /** A signature as {@code Envelope.genSignature} makes it (32 bytes) and {@code DataHelper.toHexString} writes it. */
    static final String UMENG_SIGNATURE = "3c07e1a9d25b4f86a0c3e7d91b2f5a48c6e0d3b7a19f4c2e8d5b0a7f3e6c1d94";

    /**
     * Umeng's own wire format (umeng-common 9.x, {@code UMEnvelope} written with {@code TCompactProtocol}):
     * fields 1 version, 2 appkey, 3 signature, 4 serial_num, 5 ts_secs, 6 length, 7 entity (the JSON log,
     * zlib-deflated by {@code DeflaterHelper}, then AES-encrypted when codex is 1), 8 guid, 9 checksum, 10 codex.
     * Header names from the SDK's header builder: device_id, idmd5 (its MD5 as {@code HelperUtils.getUmengMD5} writes
     * it: no leading zeros), mc, oaid.
     */
    static Exchange umengEnvelope(String deviceId, String mac) {
        return umengEnvelope(deviceId, mac, "5B7DA3B4A5B9E6F00A01E0A1D0FFB3C4", null);
    }

    /**
     * {@link #umengEnvelope} as the SDK sends it with encryption on ({@code UMConfigure.setEncryptEnabled}):
     * codex 1, the signature a 32-byte {@code genGuid} in lower hex, the deflated log AES-encrypted with bytes
     * 1 to 16 of the signature ({@code keySignature}: the one sent, unless a row tampers with it).
     */
    static Exchange umengEnvelope(String deviceId, String mac, String signature, String keySignature) {
        String json = "{\"header\":{\"appkey\":\"5f8a1b2c3d4e5f6a7b8c9d0e\",\"device_id\":\"" + deviceId + "\","
                + "\"idmd5\":\"" + umengMd5(deviceId) + "\",\"mc\":\"" + mac + "\",\"oaid\":\"" + OAID + "\","
                + "\"device_model\":\"MI 9\",\"os\":\"Android\",\"os_version\":\"13\",\"sdk_version\":\"9.6.1\","
                + "\"mccmnc\":\"46000\",\"timezone\":8},\"content\":{\"analytics\":{\"sessions\":["
                + "{\"id\":\"2C7E1F0A3B9D4E5F\",\"start_time\":1763883662123}]}}}";
        byte[] log = utf8(json);
        return post("https://ulogs.umeng.com/unify_logs", umengEnvelopeBody(log, signature, keySignature),
                "Content-Type", "envelope/json", "Msg-Type", "envelope/json", "X-Umeng-UTC", "1763883662123");
    }

    /** An encrypted envelope around any log, as a fuzzing layer. */
    static byte[] umengEncryptedEnvelope(byte[] log) {
        return umengEnvelopeBody(log, UMENG_SIGNATURE, UMENG_SIGNATURE);
    }

    private static byte[] umengEnvelopeBody(byte[] log, String signature, String keySignature) {
        byte[] entity = keySignature == null ? deflate(log, true) : umengEncrypt(deflate(log, true), keySignature);
        return new Payloads.Thrift(true).string(1, "1.0").string(2, "5f8a1b2c3d4e5f6a7b8c9d0e")
                .string(3, signature).i32(4, 17).i32(5, 1_763_883_662).i32(6, log.length)
                .binary(7, entity).string(8, "0AB1C2D3E4F5061728394A5B6C7D8E9F0A1B2C3D4E5F6071")
                .string(9, "D41D8CD98F00B204E9800998ECF8427E").i32(10, keySignature == null ? 0 : 1).build();
    }

    /**
     * The Umeng header's {@code id_tracking}: base64 of an {@code IdTracking} struct (TCompactProtocol: 1
     * snapshots, a map from the identifier's name to {@code IdSnapshot{1 identity, 2 ts, 3 version}}; 2
     * journals; 3 checksum), inside the envelope's zlib JSON. Struct layout from the SDK's
     * {@code com.umeng.commonsdk.statistics.proto.c} ("IdTracking") and its snapshot class.
     */
    static Exchange umengIdTracking(String imei, String mac, String androidId) {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        ids.put("imei", imei);
        ids.put("mac", mac);
        ids.put("android_id", androidId);
        byte[] tracking = new Payloads.Thrift(true).raw(t -> {
            t.writeFieldBegin(new org.apache.thrift.protocol.TField("snapshots", org.apache.thrift.protocol.TType.MAP, (short) 1));
            t.writeMapBegin(new org.apache.thrift.protocol.TMap(org.apache.thrift.protocol.TType.STRING,
                    org.apache.thrift.protocol.TType.STRUCT, ids.size()));
            for (Map.Entry<String, String> e : ids.entrySet()) {
                t.writeString(e.getKey());
                t.writeStructBegin(new org.apache.thrift.protocol.TStruct("IdSnapshot"));
                t.writeFieldBegin(new org.apache.thrift.protocol.TField("identity", org.apache.thrift.protocol.TType.STRING, (short) 1));
                t.writeString(e.getValue());
                t.writeFieldEnd();
                t.writeFieldBegin(new org.apache.thrift.protocol.TField("ts", org.apache.thrift.protocol.TType.I64, (short) 2));
                t.writeI64(1_514_279_863_905L);
                t.writeFieldEnd();
                t.writeFieldBegin(new org.apache.thrift.protocol.TField("version", org.apache.thrift.protocol.TType.I32, (short) 3));
                t.writeI32(1);
                t.writeFieldEnd();
                t.writeFieldStop();
                t.writeStructEnd();
            }
            t.writeMapEnd();
            t.writeFieldEnd();
        }).string(3, "b8a2c6e1f0d94e7a").build();
        byte[] log = utf8("{\"header\":{\"appkey\":\"5f8a1b2c3d4e5f6a7b8c9d0e\",\"id_tracking\":\"" + base64(tracking)
                + "\",\"sdk_version\":\"9.6.1\"},\"content\":{}}");
        byte[] body = new Payloads.Thrift(true).string(1, "1.0").string(2, "5f8a1b2c3d4e5f6a7b8c9d0e")
                .i32(6, log.length).binary(7, deflate(log, true)).i32(10, 0).build();
        return post("https://ulogs.umeng.com/unify_logs", body, "Content-Type", "envelope/json", "Msg-Type", "envelope/json");
    }

    /**
     * A Thrift RPC call over HTTP ({@code THttpClient}, binary protocol): a message header, then the call's
     * arguments: a device struct with a map of named ids, and a location struct of two doubles.
     */
    private static Exchange thriftRpc() {
        byte[] body = new Payloads.Thrift(false).raw(t -> {
            t.writeMessageBegin(new org.apache.thrift.protocol.TMessage("report", org.apache.thrift.protocol.TMessageType.CALL, 1));
            t.writeStructBegin(new org.apache.thrift.protocol.TStruct("report_args"));
        }).struct(1, d -> d.stringMap(1, new java.util.LinkedHashMap<>(java.util.Map.of("imei", IMEI)))
                .string(2, "MI 9").struct(3, g -> g.dbl(1, 39.9051).dbl(2, 116.4089))).build();
        return post("https://rpc.example-shop.com/device", body, "Content-Type", "application/x-thrift");
    }

    /** GrowingIO-style protobuf event list (growingio-sdk-android-autotracker: EventV3List of EventV3Dto). */
    private static Exchange growingio() {
        Proto event = new Proto().string(1, "c1d5e7f2-9a8b-4c3d-b2e1-f0a9b8c7d6e5").int64(3, 1_763_883_662_123L)
                .string(21, ANDROID_ID).string(22, IMEI).dbl(24, 39.9051).dbl(25, 116.4089).string(36, OAID);
        byte[] body = new Proto().message(1, event).build();
        return post("https://napi.growingio.com/v3/projects/91eaf9b283361032/collect?stm=1763883662123", body,
                "Content-Type", "application/protobuf");
    }

    /**
     * Google Analytics for Firebase ({@code app-measurement.com/a}): a gzip'd protobuf batch of bundles (field
     * 1); in a bundle, 2 events, 8 the OS, 9 its version, 10 the model, 14 the package, 16 the app version, 19
     * the advertising ID, 21 the app instance ID, 27 the App Set ID (field numbers as TrackHAR's google
     * adapter reads them: tweaselORG/TrackHAR src/adapters/google.ts).
     */
    private static Exchange firebaseMeasurement(String gaid) {
        Proto event = new Proto().message(2, new Proto().string(1, "_o").string(2, "auto"))
                .int64(3, 1_763_883_662_123L).string(4, "_s");
        Proto bundle = new Proto().int64(1, 1).message(2, event).string(8, "android").string(9, "13")
                .string(10, "M2012K11AC").string(14, "com.example.shop").string(16, "1.4.2").string(19, gaid)
                .int64(20, 0).string(21, "e3b0c44298fc1c149afbf4c8996fb924")
                .string(27, "7d4f9e2a-5b1c-4e8d-9f3a-6c2b1e0d9a8f");
        return post("https://app-measurement.com/a", gzip(new Proto().message(1, bundle).build()),
                "Content-Type", "application/x-www-form-urlencoded", "Content-Encoding", "gzip");
    }

    /**
     * Mintegral's ad request, Chinese build ({@code com.mbridge.msdk}, decompiled {@code CommonRequestParamsForAdd}
     * and the banner/reward request classes): a form POST to {@code net.rayjump.com/openapi/ad/v3} whose
     * {@code dvi} is the device JSON and {@code gaid2} the advertising ID, both in the SDK's swapped base64
     * alphabet ({@code SameBase64Tool}); the plain {@code gaid} is sent empty.
     */
    private static Exchange mintegralAdRequest(String imei) {
        String dvi = "{\"imei\":\"" + imei + "\",\"mac\":\"" + MAC.toLowerCase(java.util.Locale.ROOT) + "\",\"imsi\":\""
                + IMSI + "\",\"oaid\":\"" + OAID + "\",\"android_id\":\"" + ANDROID_ID + "\",\"dmt\":\"7626\","
                + "\"dmf\":\"2710\",\"ct\":\"[1,2]\"}";
        String body = "app_id=118692&unit_id=1530173&sign=" + md5("118692-key") + "&platform=1&os_version=13"
                + "&package_name=com.example.shop&gaid=&gaid2=" + url(mintegralBase64(utf8(GAID))) + "&dvi="
                + url(mintegralBase64(utf8(dvi))) + "&ad_num=1&ping_mode=1";
        return post("https://net.rayjump.com/openapi/ad/v3", body, "Content-Type", "application/x-www-form-urlencoded");
    }

    /**
     * Mintegral's older report GET ({@code com.mintegral} SDKs): {@code dvi} appended to the URL as it is, its
     * {@code '+'} characters not percent-encoded (so URL decoding reads them as spaces).
     */
    private static Exchange mintegralReport(String imei) {
        String dvi = "{\"imei\":\"" + imei + "\",\"mac\":\"" + MAC.toLowerCase(java.util.Locale.ROOT) + "\",\"oaid\":\""
                + OAID + "\",\"android_id\":\"" + ANDROID_ID + "\",\"dmt\":\"7626\"}";
        String raw = mintegralBase64(utf8(dvi));
        assertThat(raw).as("the row needs a '+' in its base64").contains("+");
        return get("https://analytics.rayjump.com/?key=2000054&app_id=118692&platform=1&dvi=" + raw + "&ts=1763883662");
    }

    /** A hand-built report URL with standard base64 JSON in {@code data}, its {@code '+'} not percent-encoded. */
    private static Exchange handBuiltBase64Query(String imei) {
        String json = "{\"did\":\"" + imei + "\",\"aid\":\"" + ANDROID_ID + "\",\"ev\":\"launch>>\"}";
        String raw = base64(utf8(json));
        assertThat(raw).as("the row needs a '+' in its base64").contains("+");
        return get("https://report.example-sdk.cn/v1/r?appid=3301&data=" + raw);
    }

    /**
     * Kuaishou's ad request ({@code com.kwad.sdk}, {@code Ks-Encoding: 2}): the request JSON (device, network
     * and geo info) gzipped, AES-encrypted with the SDK's constant key and base64-encoded in {@code message}.
     */
    static Exchange kuaishouAdRequest(String imei, String androidId, String oaid) {
        String json = "{\"protocolVersion\":\"2.0\",\"SDKVersion\":\"3.3.55.2\",\"appInfo\":{\"appId\":\"1091400011\","
                + "\"packageName\":\"com.example.shop\"},\"deviceInfo\":{\"imei\":\"" + imei + "\",\"oaid\":\"" + oaid
                + "\",\"androidId\":\"" + androidId + "\",\"deviceId\":\"ANDROID_" + androidId + "\",\"osType\":1,"
                + "\"osVersion\":\"13\",\"deviceModel\":\"MI 9\",\"screenWidth\":1080,\"screenHeight\":2340},"
                + "\"networkInfo\":{\"connectionType\":100,\"operatorType\":1},\"impInfo\":[{\"posId\":7788001,"
                + "\"adNum\":1,\"adStyle\":2}],\"timestamp\":\"1763883662123\"}";
        return post("https://open.e.kuaishou.com/rest/e/v3/open/univ", "{\"version\":\"3.3.55.2\",\"appVersion\":\"2.7.2\","
                + "\"appId\":\"1091400011\",\"message\":\"" + kuaishouMessage(json).replace("/", "\\/") + "\"}",
                "Content-Type", "application/json; charset=utf-8", "Ks-Encoding", "2");
    }

    /** {@link Payloads#kuaishouMessage} under a key that is not the SDK's. */
    private static String otherKeyMessage(String json) {
        return base64(aesEncrypt("AES/ECB/PKCS5Padding", utf8("k3Yn0tTh3SdKs0nE"), null, gzip(utf8(json))));
    }

    /**
     * A Tencent MTA session report ({@code com.tencent.stat}, event type 2): the fields every event carries
     * ({@code Event.encode}: ky, et, ui the IMEI, mc the MAC, ut, av, mid, idx, si, ts, dts, os, ov, md, jb, mf)
     * and the session's environment. Over 256 characters, so gzipped behind its length before RC4.
     */
    private static Exchange mtaSessionReport(String imei, String mac) {
        String json = "[{\"ky\":\"A4D1ZX8C2JPV\",\"et\":2,\"ui\":\"" + imei + "\",\"mc\":\"" + mac + "\",\"ut\":1,"
                + "\"av\":\"3.6.2\",\"mid\":\"0\",\"idx\":1,\"si\":1532468802,\"ts\":1763883662,\"dts\":0,\"os\":1,"
                + "\"ov\":\"29\",\"md\":\"MI 9\",\"jb\":0,\"mf\":\"Xiaomi\",\"ch\":\"xiaomi\",\"cfg\":{\"v\":0},"
                + "\"sr\":\"1080*2340\",\"lg\":\"zh\",\"tz\":\"Asia/Shanghai\",\"sv\":\"3.4.7\",\"apn\":\"wifi\"}]";
        return post("http://pingma.qq.com/mstat/report", mtaReport(json), "Content-Encoding", "rc4,gzip");
    }

    /** A short MTA custom event from the WeChat Open SDK's copy ({@code com.tencent.wxop.stat}): RC4 only. */
    private static Exchange wechatMtaEvent(String imei) {
        String json = "[{\"ky\":\"AWXOPwx8d3c5e1f2a4b6c7d\",\"et\":1000,\"ui\":\"" + imei + "\",\"ut\":1,\"mid\":\"0\","
                + "\"idx\":7,\"si\":88231,\"ts\":1763883662,\"dts\":0,\"ei\":\"wx_login\"}]";
        return post("http://pingma.qq.com/mstat/report", mtaReport(json), "Content-Encoding", "rc4");
    }

    /**
     * ByteDance AppLog's device registration ({@code com.bytedance.applog}, 火山引擎 DataFinder):
     * {@code {"magic_tag": "ss_app_log", "header": {…}, "_gen_time": …}} gzipped and encrypted by the native
     * {@code ttEncrypt}, posted with {@code ?tt_data=a} and {@code application/octet-stream;tt-data=a}. The
     * header's field names are the SDK's ({@code Api.KEY_*}, and the decompiled {@code bdtracker} header:
     * {@code udid} the IMEI, {@code openudid} the Android ID, {@code mc} the MAC, {@code sim_serial_number}).
     */
    private static Exchange appLogRegister(String imei, String androidId, String mac, String serial, String iccid) {
        String json = "{\"magic_tag\":\"ss_app_log\",\"header\":{\"aid\":\"1128\",\"app_version\":\"2.7.2\","
                + "\"version_code\":272,\"channel\":\"xiaomi\",\"package\":\"com.example.shop\",\"os\":\"Android\","
                + "\"os_version\":\"10\",\"os_api\":29,\"device_model\":\"MI 9\",\"device_brand\":\"Xiaomi\","
                + "\"openudid\":\"" + androidId + "\",\"clientudid\":\"5d7c3f0e-4a1b-4c2d-9e8f-7a6b5c4d3e2f\","
                + "\"udid\":\"" + imei + "\",\"mc\":\"" + mac + "\",\"serial_number\":\"" + serial + "\","
                + "\"sim_serial_number\":[{\"sim_serial_number\":\"" + iccid + "\"}],\"carrier\":\"中国联通\","
                + "\"mcc_mnc\":\"46001\",\"resolution\":\"2340*1080\",\"timezone\":8,\"access\":\"wifi\","
                + "\"sdk_version\":\"6.14.3\",\"install_id\":\"\",\"device_id\":\"\"},\"_gen_time\":1763883662123}";
        return post("https://log.snssdk.com/service/2/device_register/?tt_data=a&aid=1128&device_platform=android",
                byteDanceTtData(gzip(utf8(json))), "Content-Type", "application/octet-stream;tt-data=a");
    }

    /**
     * Alibaba's UT upload ({@code com.alibaba.mtl.log} to {@code adashx.m.taobao.com/rest/sur}): a log line of
     * the 34 {@code ||}-separated {@code LogField} values (IMEI, IMSI, brand, model, resolution, carrier, access,
     * access subtype, channel, app key, app version, nicks and user ids, language, OS, OS version, SDK version,
     * session start, UTDID, SDK type, reserves, record time, page, event id, arg1–3, args), RC4 over gzip, in
     * the multipart part of its event id.
     */
    static Exchange alibabaUtUpload(String imei, String imsi) {
        String[] f = new String[34];
        java.util.Arrays.fill(f, "");
        f[0] = imei;
        f[1] = imsi;
        f[2] = "Xiaomi";
        f[3] = "MI 9";
        f[4] = "1080*2340";
        f[5] = "中国联通";
        f[6] = "Wi-Fi";
        f[8] = "xiaomi";
        f[9] = "24571234";
        f[10] = "3.2.1";
        f[15] = "zh_CN";
        f[16] = "a";
        f[17] = "13";
        f[18] = "5.0.3";
        f[19] = "1763883600000";
        f[20] = "XhZ3kL1a2b3c4d5e6f7g8h9i";
        f[21] = "mini";
        f[27] = "1763883662123";
        f[28] = "Page_Home";
        f[29] = "2001";
        f[30] = "Page_Home";
        f[32] = "3000";
        f[33] = "_priority=5,_sls=yes";
        return post("https://adashx.m.taobao.com/rest/sur", Payloads.alibabaUtUpload("2001", String.join("||", f)),
                "Content-Type", "multipart/form-data; boundary=GJircTeP");
    }

    /**
     * Baidu Mobile Statistics' log ({@code com.baidu.mobstat}, {@code hmma.baidu.com/app.gif}): the header object
     * {@code he} with its one-letter keys ({@code Config}: k app key, i CUID, d device id, mc MAC, a/n version, c
     * channel, w/h screen), the device id, CUID and MAC each a "secret value" ({@link Payloads#baiduSecret}). The
     * CUID is Baidu's MD5 in upper case, a bar and the IMEI backwards; the MAC has no colons.
     */
    private static Exchange baiduMobstat(String imei, String mac, String key) {
        String cuid = md5(imei + ANDROID_ID).toUpperCase(java.util.Locale.ROOT) + "|" + new StringBuilder(imei).reverse();
        String he = "{\"o\":\"android\",\"s\":\"29\",\"k\":\"a1b2c3d4e5\",\"i\":\"" + baiduSecret(cuid, key)
                + "\",\"d\":\"" + baiduSecret(imei, key) + "\",\"mc\":\"" + baiduSecret(mac.replace(":", ""), key)
                + "\",\"a\":321,\"n\":\"3.2.1\",\"c\":\"xiaomi\",\"w\":1080,\"h\":2340,\"m\":\"MI 9\","
                + "\"sv\":\"3.4.1.1\"}";
        return post("https://hmma.baidu.com/app.gif", "{\"he\":" + he + ",\"pr\":[],\"ev\":[],\"ex\":[]}",
                "Content-Type", "application/json");
    }

    /** Branch-style install request (BranchMetrics SDK): hardware_id plus an apps_data list. */
    private static Exchange branch() {
        String json = "{\"hardware_id\":\"" + ANDROID_ID + "\",\"is_hardware_id_real\":true,\"brand\":\"Xiaomi\","
                + "\"os\":\"Android\",\"local_ip\":\"192.168.1.23\",\"apps_data\":{\"apps\":[\"com.tencent.mm\","
                + "\"com.eg.android.AlipayGphone\",\"com.taobao.taobao\",\"org.example.notinstalled\"]}}";
        return post("https://api2.branch.io/v1/install", json, "Content-Type", "application/json");
    }

    private static Exchange getuiReportApps(List<String> packages) {
        return post("http://sdk.open.phone.igexin.com/api.php", utf8(getuiReportAppsJson(packages)));
    }

    /** {@code ObjectOutputStream}'s bytes for a map: each string is TC_STRING ({@code 't'}), a length, the text. */
    static byte[] javaSerialized(Map<String, String> map) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.TreeMap<>(map));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Base64 wrapped as MIME and Android's {@code Base64.DEFAULT} wrap it: 76 characters a line. */
    static String wrap(String base64, String lineEnd) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < base64.length(); i += 76) {
            out.append(base64, i, Math.min(base64.length(), i + 76)).append(lineEnd);
        }
        return out.toString();
    }

    static String summary(Finding f) {
        return f.pii() + " " + f.match().wireName() + " " + f.where().wireName() + " " + f.path() + " " + f.encoding();
    }

    static Stream<Arguments> rows() {
        Profile p = profile();
        Profile none = Profile.EMPTY;
        // a 100 m radius: the GCJ-02 and BD-09 forms of the point lie outside it unless converted back
        Profile tight = new Profile(new com.consentlens.model.DeviceProfile("tight", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new com.consentlens.model.GeoPoint(39.9042, 116.4074, 100), List.of(), List.of(), List.of()), p.app());
        double[] gcj = com.consentlens.detectors.match.ChinaDatumsAccess.wgsToGcj(39.9042, 116.4074);
        double[] bd = com.consentlens.detectors.match.ChinaDatumsAccess.gcjToBd(gcj[0], gcj[1]);
        String multipart = "--XyZ\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n"
                + "{\"phone\":\"+86 138 1234 5678\",\"app\":\"shop\"}\r\n--XyZ\r\nContent-Disposition: form-data; "
                + "name=\"file\"; filename=\"radio.log\"\r\nContent-Type: text/plain\r\n\r\nradio: imsi=" + IMSI
                + " attached\r\n--XyZ--\r\n";
        String jwt = base64Url(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\"}")) + "."
                + base64Url(utf8("{\"sub\":\"u-1001\",\"did\":\"" + ANDROID_ID + "\",\"exp\":1763887262}")) + ".c2lnbmF0dXJl";
        return Stream.of(
                Arguments.of("sensors data_list base64 gzip json", p, sensors(), List.of(
                        "ANDROID_ID exact body form.data_list>$[0].distinct_id [form, base64, gzip, json]",
                        "ANDROID_ID exact body form.data_list>$[0].properties.$device_id [form, base64, gzip, json]",
                        "OAID exact body form.data_list>$[0].properties.$oaid [form, base64, gzip, json]",
                        "LOCATION near body form.data_list>$[0].properties.{$latitude,$longitude} [form, base64, gzip, json, e6]")),
                Arguments.of("adjust form fields", p, adjust(), List.of(
                        "GAID exact body form.gps_adid [form]",
                        "ANDROID_ID exact body form.android_id [form]",
                        "MAC exact body form.mac_sha1 [form, sha1]",
                        "MAC exact body form.mac_md5 [form, no-separators, lower, md5]",
                        "OAID exact body form.oaid [form]",
                        "IMEI exact body form.imei [form]")),
                Arguments.of("umeng envelope gzip md5", p, umeng(), List.of(
                        "IMEI exact body $.header.imei [gzip, json, md5]",
                        "MAC exact body $.header.mc [gzip, json]")),
                Arguments.of("umeng thrift envelope, zlib json entity", p, umengEnvelope(IMEI, MAC), List.of(
                        "IMEI exact body thrift.7>$.header.device_id [thrift, deflate, json]",
                        "IMEI exact body thrift.7>$.header.idmd5 [thrift, deflate, json, md5, unpadded-hex]",
                        "MAC exact body thrift.7>$.header.mc [thrift, deflate, json]",
                        "OAID exact body thrift.7>$.header.oaid [thrift, deflate, json]")),
                Arguments.of("umeng thrift envelope with encryption on (codex 1): the key is in the signature", p,
                        umengEnvelope(IMEI, MAC, UMENG_SIGNATURE, UMENG_SIGNATURE), List.of(
                        "IMEI exact body thrift.7>$.header.device_id [thrift, aes-umeng, deflate, json]",
                        "IMEI exact body thrift.7>$.header.idmd5 [thrift, aes-umeng, deflate, json, md5, unpadded-hex]",
                        "MAC exact body thrift.7>$.header.mc [thrift, aes-umeng, deflate, json]",
                        "OAID exact body thrift.7>$.header.oaid [thrift, aes-umeng, deflate, json]")),
                Arguments.of("pattern: encrypted umeng envelope without a profile", none,
                        umengEnvelope("356938035643809", MAC, UMENG_SIGNATURE.toUpperCase(java.util.Locale.ROOT),
                                UMENG_SIGNATURE), List.of(
                        "IMEI pattern body thrift.7>$.header.device_id [thrift, aes-umeng, deflate, json]",
                        "MAC pattern body thrift.7>$.header.mc [thrift, aes-umeng, deflate, json]",
                        "OAID pattern body thrift.7>$.header.oaid [thrift, aes-umeng, deflate, json]")),
                Arguments.of("negative: an encrypted umeng entity whose signature is not its key stays closed", p,
                        umengEnvelope(IMEI, MAC, UMENG_SIGNATURE, UMENG_SIGNATURE.replace('c', 'd')), List.of()),
                Arguments.of("pattern: umeng thrift envelope without a profile", none, umengEnvelope("356938035643809", MAC), List.of(
                        "IMEI pattern body thrift.7>$.header.device_id [thrift, deflate, json]",
                        "MAC pattern body thrift.7>$.header.mc [thrift, deflate, json]",
                        "OAID pattern body thrift.7>$.header.oaid [thrift, deflate, json]")),
                Arguments.of("umeng id_tracking: base64 thrift snapshots inside the envelope", p,
                        umengIdTracking(IMEI, MAC.toLowerCase(java.util.Locale.ROOT), ANDROID_ID), List.of(
                        "IMEI exact body thrift.7>$.header.id_tracking>thrift.1.imei.1 [thrift, deflate, json, base64, thrift]",
                        "MAC exact body thrift.7>$.header.id_tracking>thrift.1.mac.1 [thrift, deflate, json, base64, thrift, lower]",
                        "ANDROID_ID exact body thrift.7>$.header.id_tracking>thrift.1.android_id.1 [thrift, deflate, json, base64, thrift]")),
                Arguments.of("pattern: umeng id_tracking snapshots take their map key's name", none,
                        umengIdTracking("356938035643809", "f8:a9:d0:71:6d:07", ANDROID_ID), List.of(
                        "IMEI pattern body thrift.7>$.header.id_tracking>thrift.1.imei.1 [thrift, deflate, json, base64, thrift]",
                        "MAC pattern body thrift.7>$.header.id_tracking>thrift.1.mac.1 [thrift, deflate, json, base64, thrift]",
                        "ANDROID_ID pattern body thrift.7>$.header.id_tracking>thrift.1.android_id.1 [thrift, deflate, json, base64, thrift]")),
                Arguments.of("thrift rpc over http: nested structs, a named map, doubles", p, thriftRpc(), List.of(
                        "IMEI exact body thrift.1.1.imei [thrift]",
                        "LOCATION near body thrift.1.3.{1,2} [thrift]")),
                Arguments.of("undecoded binary: a java-serialized map, identifiers beside its string tags", p,
                        post("https://log.example.net/upload", javaSerialized(Map.of("imei", IMEI, "mac", MAC,
                                "imsi", IMSI)), "Content-Type", "application/octet-stream"), List.of(
                        "IMEI exact body  []", "MAC exact body  []", "IMSI exact body  []")),
                Arguments.of("pattern: undecoded binary, a java-serialized map", none,
                        post("https://log.example.net/upload", javaSerialized(Map.of("imei", "356938035643809",
                                "mac", "f8:a9:d0:71:6d:07", "imsi", IMSI)), "Content-Type", "application/octet-stream"),
                        List.of("IMEI pattern body  []", "MAC pattern body  []", "IMSI pattern body  []")),
                Arguments.of("negative pattern: in text, digits with a letter at the end are one token", none,
                        post("https://shop.example-shop.com/v1/orders", "{\"order\":\"356938035643809A\",\"sku\":\"B460011234567890\"}"),
                        List.of()),
                Arguments.of("a thrift struct behind base64 in a json field", p, post("https://log.example.net/tb",
                        "{\"v\":2,\"payload\":\"" + base64(new Payloads.Thrift(true).string(1, "android")
                                .string(2, OAID).i64(3, 1_763_883_662_123L).build()) + "\"}"),
                        List.of("OAID exact body $.payload>thrift.2 [json, base64, thrift]")),
                Arguments.of("growingio protobuf", p, growingio(), List.of(
                        "ANDROID_ID exact body pb.1.21 [protobuf]",
                        "IMEI exact body pb.1.22 [protobuf]",
                        "OAID exact body pb.1.36 [protobuf]",
                        "LOCATION near body pb.1.{24,25} [protobuf]")),
                Arguments.of("firebase analytics measurement batch: gzip protobuf", p, firebaseMeasurement(GAID),
                        List.of("GAID exact body pb.1.19 [gzip, protobuf]")),
                Arguments.of("negative pattern: firebase's app instance and app set ids are not the phone's", none,
                        firebaseMeasurement("0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f"), List.of()),
                Arguments.of("mintegral dvi and gaid2 in its swapped base64 alphabet", p, mintegralAdRequest(IMEI), List.of(
                        "GAID exact body form.gaid2 [form, base64-mintegral]",
                        "IMEI exact body form.dvi>$.imei [form, base64-mintegral, json]",
                        "MAC exact body form.dvi>$.mac [form, base64-mintegral, json, lower]",
                        "IMSI exact body form.dvi>$.imsi [form, base64-mintegral, json]",
                        "OAID exact body form.dvi>$.oaid [form, base64-mintegral, json]",
                        "ANDROID_ID exact body form.dvi>$.android_id [form, base64-mintegral, json]")),
                Arguments.of("mintegral report GET: dvi's '+' not percent-encoded reads as spaces", p, mintegralReport(IMEI), List.of(
                        "IMEI exact url query.dvi>$.imei [query, base64-mintegral, json]",
                        "MAC exact url query.dvi>$.mac [query, base64-mintegral, json, lower]",
                        "OAID exact url query.dvi>$.oaid [query, base64-mintegral, json]",
                        "ANDROID_ID exact url query.dvi>$.android_id [query, base64-mintegral, json]")),
                Arguments.of("pattern: a hand-built query with base64 json, its '+' not percent-encoded", none,
                        handBuiltBase64Query("490154203237518"), List.of(
                        "IMEI pattern url query.data>$.did [query, base64, json]")),
                Arguments.of("negative: form text with spaces is not base64 with its '+' lost", p,
                        post("https://api.example-shop.com/v1/review", "title=Super+Soft+Cotton+Tees&body=Fits+well+and+washes+nicely"
                                + "&tags=cotton+soft+blue+size", "Content-Type", "application/x-www-form-urlencoded"), List.of()),
                Arguments.of("kuaishou ad request: base64 of AES under the SDK's constant key, over gzip json", p,
                        kuaishouAdRequest(IMEI, ANDROID_ID, OAID), List.of(
                        "IMEI exact body $.message>$.deviceInfo.imei [json, base64, aes-kuaishou, gzip, json]",
                        "OAID exact body $.message>$.deviceInfo.oaid [json, base64, aes-kuaishou, gzip, json]",
                        "ANDROID_ID exact body $.message>$.deviceInfo.androidId [json, base64, aes-kuaishou, gzip, json]",
                        "ANDROID_ID exact body $.message>$.deviceInfo.deviceId [json, base64, aes-kuaishou, gzip, json]")),
                Arguments.of("negative: the same message under another key stays closed", p,
                        post("https://open.e.kuaishou.com/rest/e/v3/open/univ", "{\"appId\":\"1091400011\",\"message\":\""
                                + otherKeyMessage("{\"deviceInfo\":{\"imei\":\"" + IMEI + "\",\"oaid\":\"" + OAID + "\"}}") + "\"}",
                                "Content-Type", "application/json"), List.of()),
                Arguments.of("a binary body under the same key (ShuMeng's Java path): AES over gzip json", p,
                        post("https://api.example-shop.com/v1/du", java.util.Base64.getDecoder().decode(
                                kuaishouMessage("{\"imei\":\"" + IMEI + "\",\"oaid\":\"" + OAID + "\"}")),
                                "Content-Type", "application/octet-stream"), List.of(
                        "IMEI exact body $.imei [aes-kuaishou, gzip, json]",
                        "OAID exact body $.oaid [aes-kuaishou, gzip, json]")),
                Arguments.of("pattern: kuaishou ad request without a profile", none,
                        kuaishouAdRequest("490154203237518", "a1b2c3d4e5f60718", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"), List.of(
                        "IMEI pattern body $.message>$.deviceInfo.imei [json, base64, aes-kuaishou, gzip, json]",
                        "OAID pattern body $.message>$.deviceInfo.oaid [json, base64, aes-kuaishou, gzip, json]",
                        "ANDROID_ID pattern body $.message>$.deviceInfo.androidId [json, base64, aes-kuaishou, gzip, json]",
                        "ANDROID_ID pattern body $.message>$.deviceInfo.deviceId [json, base64, aes-kuaishou, gzip, json]")),
                Arguments.of("tencent mta report: RC4 under the SDK's constant key, gzip behind a length", p,
                        mtaSessionReport(IMEI, MAC.toLowerCase(java.util.Locale.ROOT)), List.of(
                        "IMEI exact body $[0].ui [rc4-mta, gzip, json]",
                        "MAC exact body $[0].mc [rc4-mta, gzip, json, lower]")),
                Arguments.of("a short mta event from the wechat open sdk's copy: RC4 only", p, wechatMtaEvent(IMEI),
                        List.of("IMEI exact body $[0].ui [rc4-mta, json]")),
                Arguments.of("an mta report through a carrier proxy: X-Content-Encoding, the bytes say it all the same", p,
                        wechatMtaEvent(IMEI).toBuilder().requestHeaders(com.consentlens.model.Headers.of(
                                "X-Content-Encoding", "rc4", "X-Online-Host", "pingma.qq.com")).build(),
                        List.of("IMEI exact body $[0].ui [rc4-mta, json]")),
                Arguments.of("pattern: tencent mta report without a profile", none,
                        mtaSessionReport("490154203237518", "f8:a9:d0:71:6d:07"), List.of(
                        "IMEI pattern body $[0].ui [rc4-mta, gzip, json]",
                        "MAC pattern body $[0].mc [rc4-mta, gzip, json]")),
                Arguments.of("negative: the same report under another RC4 key stays closed", p,
                        post("http://pingma.qq.com/mstat/report", rc4(utf8("[{\"ky\":\"A4D1ZX8C2JPV\",\"ui\":\"" + IMEI
                                + "\"}]"), "0123456789abcdef0123456789abcdef"), "Content-Encoding", "rc4"), List.of()),
                Arguments.of("alibaba ut upload: a multipart part of RC4 under the SDK's key over gzip log lines", p,
                        alibabaUtUpload(IMEI, IMSI), List.of(
                        "IMEI exact body multipart.2001 [multipart, rc4-alibaba, gzip]",
                        "IMSI exact body multipart.2001 [multipart, rc4-alibaba, gzip]")),
                Arguments.of("pattern: alibaba ut upload without a profile", none,
                        alibabaUtUpload("490154203237518", "460029876543210"), List.of(
                        "IMEI pattern body multipart.2001 [multipart, rc4-alibaba, gzip]",
                        "IMSI pattern body multipart.2001 [multipart, rc4-alibaba, gzip]")),
                Arguments.of("negative: a multipart part under another RC4 key stays closed", p,
                        post("https://adashx.m.taobao.com/rest/sur", Payloads.alibabaUtPart("2001", rc4(gzip(utf8(IMEI
                                + "||" + IMSI + "||Xiaomi")), "not-the-sdk-key")), "Content-Type",
                                "multipart/form-data; boundary=GJircTeP"), List.of()),
                Arguments.of("baidu mobstat header: device id, cuid and mac as base64 of AES under the SDK's key", p,
                        baiduMobstat(IMEI, MAC.toLowerCase(java.util.Locale.ROOT), "h9YLQoINGWyOBYYk"), List.of(
                        "IMEI exact body $.he.i [json, base64, aes-baidu, reversed]",
                        "IMEI exact body $.he.d [json, base64, aes-baidu]",
                        "MAC exact body $.he.mc [json, base64, aes-baidu, no-separators, lower]")),
                Arguments.of("baidu's common cuid key, as other builds use it", p,
                        baiduMobstat(IMEI, MAC.toLowerCase(java.util.Locale.ROOT), "30212102dicudiab"), List.of(
                        "IMEI exact body $.he.i [json, base64, aes-baidu, reversed]",
                        "IMEI exact body $.he.d [json, base64, aes-baidu]",
                        "MAC exact body $.he.mc [json, base64, aes-baidu, no-separators, lower]")),
                Arguments.of("pattern: baidu mobstat header without a profile", none,
                        baiduMobstat("490154203237518", "f8:a9:d0:71:6d:07", "h9YLQoINGWyOBYYk"), List.of(
                        "IMEI pattern body $.he.d [json, base64, aes-baidu]",
                        "MAC pattern body $.he.mc [json, base64, aes-baidu]")),
                Arguments.of("negative: the same header under another key stays closed", p,
                        baiduMobstat(IMEI, MAC, "0123456789abcdef"), List.of()),
                Arguments.of("bytedance applog device_register: tt-data, AES keyed from the message's own seed, over gzip json", p,
                        appLogRegister(IMEI, ANDROID_ID, MAC.toLowerCase(java.util.Locale.ROOT), SERIAL, ICCID), List.of(
                        "IMEI exact body $.header.udid [aes-bytedance, gzip, json]",
                        "ANDROID_ID exact body $.header.openudid [aes-bytedance, gzip, json]",
                        "MAC exact body $.header.mc [aes-bytedance, gzip, json, lower]",
                        "SERIAL exact body $.header.serial_number [aes-bytedance, gzip, json]",
                        "ICCID exact body $.header.sim_serial_number[0].sim_serial_number [aes-bytedance, gzip, json]")),
                Arguments.of("pattern: applog device_register without a profile", none,
                        appLogRegister("490154203237518", "a1b2c3d4e5f60718", "f8:a9:d0:71:6d:07", "R58N12345AB",
                                "89860112345678901234"), List.of(
                        "IMEI pattern body $.header.udid [aes-bytedance, gzip, json]",
                        "ANDROID_ID pattern body $.header.openudid [aes-bytedance, gzip, json]",
                        "MAC pattern body $.header.mc [aes-bytedance, gzip, json]",
                        "ICCID pattern body $.header.sim_serial_number[0].sim_serial_number [aes-bytedance, gzip, json]")),
                Arguments.of("applog's tt_info: the url's own query, base64url with line breaks of the same message", p,
                        get("https://log.snssdk.com/service/2/app_log/?aid=1128&tt_info=" + url(java.util.Base64.getMimeEncoder(76,
                                new byte[] {'\n'}).encodeToString(byteDanceTtData(gzip(utf8("device_platform=android&openudid="
                                + ANDROID_ID + "&udid=" + IMEI + "&os_api=29")))).replace('+', '-').replace('/', '_') + "\n")),
                        List.of("IMEI exact url query.tt_info>form.udid [query, base64url, aes-bytedance, gzip, form]",
                                "ANDROID_ID exact url query.tt_info>form.openudid [query, base64url, aes-bytedance, gzip, form]")),
                Arguments.of("bytedance's network layer moves the sensitive query into ss_queries: base64 of tt-data, no gzip", p,
                        get("https://is.snssdk.com/service/settings/v3/?aid=1128&ss_queries=" + url(base64(byteDanceTtData(
                                utf8("device_id=3612085744185687&ac=wifi&device_brand=Xiaomi&uuid=" + IMEI + "&openudid=" + ANDROID_ID))))),
                        List.of("IMEI exact url query.ss_queries>form.uuid [query, base64, aes-bytedance, form]",
                                "ANDROID_ID exact url query.ss_queries>form.openudid [query, base64, aes-bytedance, form]")),
                Arguments.of("the same in its X-SS-QUERIES header, url-encoded", p,
                        get("https://is.snssdk.com/service/settings/v3/?aid=1128", "X-SS-QUERIES", url(base64(byteDanceTtData(
                                utf8("device_id=3612085744185687&uuid=" + IMEI + "&openudid=" + ANDROID_ID))))),
                        List.of("IMEI exact header header.x-ss-queries>form.uuid [percent, base64, aes-bytedance, form]",
                                "ANDROID_ID exact header header.x-ss-queries>form.openudid [percent, base64, aes-bytedance, form]")),
                Arguments.of("applog's http layer says Content-Encoding: gzip for the gzip it then encrypts", p,
                        appLogRegister(IMEI, ANDROID_ID, MAC, SERIAL, ICCID).toBuilder().requestHeaders(com.consentlens.model.Headers.of(
                                "Content-Type", "application/octet-stream;tt-data=a", "Content-Encoding", "gzip")).build(), List.of(
                        "IMEI exact body $.header.udid [aes-bytedance, gzip, json]",
                        "ANDROID_ID exact body $.header.openudid [aes-bytedance, gzip, json]",
                        "MAC exact body $.header.mc [aes-bytedance, gzip, json]",
                        "SERIAL exact body $.header.serial_number [aes-bytedance, gzip, json]",
                        "ICCID exact body $.header.sim_serial_number[0].sim_serial_number [aes-bytedance, gzip, json]")),
                Arguments.of("negative: the same register body under another salt stays closed", p,
                        post("https://log.snssdk.com/service/2/device_register/?tt_data=a", byteDanceTtData(gzip(utf8(
                                "{\"header\":{\"udid\":\"" + IMEI + "\",\"openudid\":\"" + ANDROID_ID + "\"}}")), "11".repeat(64)),
                                "Content-Type", "application/octet-stream;tt-data=a"), List.of()),
                Arguments.of("pattern: mintegral dvi without a profile", none, mintegralAdRequest("490154203237518"), List.of(
                        "IMEI pattern body form.dvi>$.imei [form, base64-mintegral, json]",
                        "MAC pattern body form.dvi>$.mac [form, base64-mintegral, json]",
                        "IMSI pattern body form.dvi>$.imsi [form, base64-mintegral, json]",
                        "OAID pattern body form.dvi>$.oaid [form, base64-mintegral, json]",
                        "ANDROID_ID pattern body form.dvi>$.android_id [form, base64-mintegral, json]")),
                Arguments.of("getui reportApps: gzip between hex digits, as ISO-8859-1 characters in a json field", p,
                        getuiReportApps(List.of("com.tencent.mm", "com.eg.android.AlipayGphone", "com.taobao.taobao",
                                "org.example.notinstalled")),
                        List.of("APP_LIST exact body $.apps>$ [json, latin1, unwrap, gzip, json]")),
                Arguments.of("pattern: getui reportApps without a profile", none,
                        getuiReportApps(List.of("com.tencent.mm", "com.eg.android.AlipayGphone", "com.taobao.taobao",
                                "com.sina.weibo", "com.jingdong.app.mall", "com.UCMobile")),
                        List.of("APP_LIST pattern body $.apps>$ [json, latin1, unwrap, gzip, json]")),
                Arguments.of("negative: text with accented letters is not bytes carried as characters", p,
                        post("https://log.example.net/t", "{\"city\":\"Curaçao\",\"note\":\"café crème\"}"), List.of()),
                Arguments.of("branch apps_data app list", p, branch(), List.of(
                        "ANDROID_ID exact body $.hardware_id [json]",
                        "APP_LIST exact body $.apps_data.apps [json]")),
                Arguments.of("baidu microdegree location in query", p,
                        get("https://mobads.baidu.com/cpro/ui/mads.php?code2=-1&lat=39904200&lng=116407400&apid=7216953"),
                        List.of("LOCATION near url query.{lat,lng} [query, e6]")),
                // Baidu location's last fix: ll=lng,lat in micro-degrees, one string (BMapLocator's request builder)
                Arguments.of("baidu microdegree location as one lng,lat string", p,
                        post("https://loc.map.baidu.com/sdk.php", "bloc=" + url("&ll=116407400,39904200&ll_t=1763883662"
                                + "&pt=-116407400_-39904200"), "Content-Type", "application/x-www-form-urlencoded"),
                        List.of("LOCATION near body form.bloc>form.ll [form, form, lng-lat, e6]")),
                Arguments.of("negative: whole-number pairs that are not the phone's place", p,
                        post("https://log.example.net/p", "{\"ids\":\"1234567890,9876543210\",\"span\":\"39904200 116\","
                                + "\"far\":\"31230400,121473700\",\"t\":\"1763883662,1763883700\"}"),
                        List.of()),
                Arguments.of("baidu cuid: a digest, a bar and the imei backwards", p,
                        get("https://mobads.baidu.com/cpro/ui/mads.php?code2=-1&cuid=" + md5(IMEI + ANDROID_ID).toUpperCase()
                                + "%7C" + new StringBuilder(IMEI).reverse() + "&apid=7216953"),
                        List.of("IMEI exact url query.cuid [query, reversed]")),
                Arguments.of("imei in url path and md5 query", p,
                        get("https://api.example-shop.com/v1/device/" + IMEI + "/config?h=" + md5(IMEI).toUpperCase()),
                        List.of("IMEI exact url url-path[2] [url-path]", "IMEI exact url query.h [query, md5, upper]")),
                Arguments.of("header without dashes, cookie", p,
                        get("https://api.example-shop.com/home", "X-Device-Id", OAID.replace("-", "").toUpperCase(),
                                "Cookie", "uid=42; imei=" + IMEI + "; lang=zh"),
                        List.of("OAID exact header header.x-device-id [no-separators, upper]",
                                "IMEI exact cookie cookie.imei []")),
                Arguments.of("jwt payload", p, get("https://api.example-shop.com/me", "Authorization", "Bearer " + jwt),
                        List.of("ANDROID_ID exact header header.authorization>$.did [jwt, json]")),
                Arguments.of("multipart json and log", p,
                        post("https://upload.example-shop.com/logs", multipart, "Content-Type",
                                "multipart/form-data; boundary=XyZ"),
                        List.of("PHONE exact body multipart.meta>$.phone [multipart, json, country-code, spaces]",
                                "IMSI exact body multipart.file [multipart]")),
                Arguments.of("hex json body", p, post("https://log.example.net/h", hex(utf8("{\"os\":\"Android\",\"iccid\":\"" + ICCID + "\"}")),
                        "Content-Type", "text/plain"), List.of("ICCID exact body $.iccid [hex, json]")),
                Arguments.of("zstd body", p, post("https://log.example.net/z", zstd(utf8("{\"serial\":\"" + SERIAL + "\"}")),
                        "Content-Encoding", "zstd"), List.of("SERIAL exact body $.serial [zstd, json]")),
                Arguments.of("brotli body", p, post("https://log.example.net/b", brotli(utf8("{\"email\":\"" + EMAIL + "\"}")),
                        "Content-Encoding", "br"), List.of("EMAIL exact body $.email [br, json]")),
                Arguments.of("raw deflate body", p, post("https://log.example.net/d", deflate(utf8("{\"m\":\"" + sha256(PHONE)
                        + "\"}"), false), "Content-Encoding", "deflate"), List.of("PHONE exact body $.m [deflate, json, sha256]")),
                Arguments.of("declared gzip but already decompressed (HAR import)", p, post("https://log.example.net/har",
                        "{\"imei\":\"" + IMEI + "\"}", "Content-Encoding", "gzip"), List.of("IMEI exact body $.imei [json]")),
                Arguments.of("declared br but already decompressed (HAR import)", p, post("https://log.example.net/har",
                        "{\"imei\":\"" + IMEI + "\"}", "Content-Encoding", "br"), List.of("IMEI exact body $.imei [json]")),
                Arguments.of("zlib by magic in base64 field", p, post("https://log.example.net/zl",
                        "v=2&payload=" + url(base64(deflate(utf8("{\"wifi_mac\":\"ac-37-43-12-34-56\"}"), true))), FORM, FORM_TYPE),
                        List.of("MAC exact body form.payload>$.wifi_mac [form, base64, deflate, json, dashes, lower]")),
                Arguments.of("contacts hashed upload", p, post("https://api.example-shop.com/contacts",
                        "{\"contacts\":[{\"n\":\"张三\",\"p\":\"" + md5(CONTACT_PHONE) + "\",\"e\":\"" + CONTACT_EMAIL + "\"}]}"),
                        List.of("CONTACT exact body $.contacts[0].p [json, md5]", "CONTACT exact body $.contacts[0].e [json]")),
                Arguments.of("json inside json string", p, post("https://log.example.net/j",
                        "{\"data\":\"{\\\"imei\\\":\\\"" + IMEI + "\\\",\\\"no_cd\\\":\\\"" + IMEI.substring(0, 14) + "\\\"}\"}"),
                        List.of("IMEI exact body $.data>$.imei [json, json]",
                                "IMEI exact body $.data>$.no_cd [json, json, no-check-digit]")),
                Arguments.of("query string in a form field, encoded twice", p, post("https://log.example.net/q",
                        "v=1&ext=" + url(url("channel=xiaomi&imei=" + IMEI + "&mac=" + url(MAC))), FORM, FORM_TYPE),
                        List.of("IMEI exact body form.ext>form.imei [form, percent, form]",
                                "MAC exact body form.ext>form.mac [form, percent, form]")),
                Arguments.of("url-encoded query string in a json field", p, post("https://log.example.net/r",
                        "{\"referrer\":\"" + url("utm_source=ads&oaid=" + OAID) + "\",\"note\":\"50% off, 100%\"}"),
                        List.of("OAID exact body $.referrer>form.oaid [json, percent, form]")),
                Arguments.of("pattern: volcano applog device_register header", none, post(
                        "https://log.snssdk.com/service/2/device_register/?aid=1128&openudid=" + ANDROID_ID,
                        "{\"magic_tag\":\"ss_app_log\",\"header\":{\"aid\":1128,\"openudid\":\"" + ANDROID_ID
                                + "\",\"mc\":\"" + MAC + "\",\"oaid\":{\"id\":\"" + OAID + "\",\"req_id\":\"5d1c\","
                                + "\"is_track_limited\":false,\"take_ms\":12},\"udid_list\":[{\"id\":\"490154203237518\","
                                + "\"slot_index\":0,\"type\":\"imei\"},{}],\"sim_serial_number\":[{\"sim_serial_number\":\""
                                + ICCID + "\"}],\"clientudid\":\"0b5c6a3e-1111-4222-8333-444455556666\"},"
                                + "\"_gen_time\":1700000000000}"),
                        List.of("ANDROID_ID pattern url query.openudid [query]",
                                "ANDROID_ID pattern body $.header.openudid [json]",
                                "MAC pattern body $.header.mc [json]",
                                "OAID pattern body $.header.oaid.id [json]",
                                "IMEI pattern body $.header.udid_list[0].id [json]",
                                "ICCID pattern body $.header.sim_serial_number[0].sim_serial_number [json]")),
                Arguments.of("pattern: appsflyer advertiserId and oaid object", none, post(
                        "https://launches.appsflyer.com/api/v6.3/androidevent?app_id=com.example.shop",
                        "{\"advertiserId\":\"" + GAID + "\",\"advertiserIdEnabled\":\"true\",\"oaid\":{\"isManual\":false,"
                                + "\"val\":\"" + OAID + "\",\"isLat\":false},\"af_timestamp\":\"1700000000000\"}"),
                        List.of("GAID pattern body $.advertiserId [json]", "OAID pattern body $.oaid.val [json]")),
                Arguments.of("pattern: singular aifa/andi and openrtb ifa", none, post(
                        "https://sdk-api-v1.singular.net/api/v1/start?a=key&p=Android&aifa=" + GAID + "&andi=" + ANDROID_ID,
                        "{\"id\":\"r1\",\"device\":{\"ifa\":\"" + GAID + "\",\"os\":\"android\"}}"),
                        List.of("GAID pattern url query.aifa [query]", "ANDROID_ID pattern url query.andi [query]",
                                "GAID pattern body $.device.ifa [json]")),
                // field names from TrackHAR's adapters (tweaselORG/TrackHAR src/adapters: google, start-io,
                // yandex, kidoz): the advertising ID under each; the session UUID beside it is no identifier
                Arguments.of("pattern: ad SDKs' names for the advertising id", none, get(
                        "https://googleads.g.doubleclick.net/mads/gma?preqs=0&u_sd=2.75&msid=com.example.shop&rdid="
                                + GAID + "&idtype=adid&is_lat=false&adv_id=" + GAID + "&google_id=" + GAID,
                        "Cookie", "IDE=AHWqTUm1b2c3"),
                        List.of("GAID pattern url query.rdid [query]", "GAID pattern url query.adv_id [query]",
                                "GAID pattern url query.google_id [query]")),
                Arguments.of("pattern: start.io userAdvertisingId beside a session uuid", none, post(
                        "https://infoevent.startappservice.com/tracking/infoEvent", "{\"userAdvertisingId\":\"" + GAID
                                + "\",\"clientSessionId\":\"0b5c6a3e-1111-4222-8333-444455556666\",\"ispName\":\"CMCC\"}"),
                        List.of("GAID pattern body $.userAdvertisingId [json]")),
                Arguments.of("pattern: sensors channel device info joined by ##", none, post("https://sdk.example-sa.cn/sa",
                        "{\"properties\":{\"$channel_device_info\":\"android_id=" + ANDROID_ID
                                + "##imei=490154203237518##imei_old=##imei_slot1=##mac=" + MAC + "##oaid=" + OAID + "\"}}"),
                        List.of("ANDROID_ID pattern body $.properties.$channel_device_info>kv.android_id [json, kv]",
                                "IMEI pattern body $.properties.$channel_device_info>kv.imei [json, kv]",
                                "MAC pattern body $.properties.$channel_device_info>kv.mac [json, kv]",
                                "OAID pattern body $.properties.$channel_device_info>kv.oaid [json, kv]")),
                // Pangle's get_ads device object (openadsdk utils/i.java): the phone's mac beside the access
                // point's BSSID, which it sends as wifi_mac: a WIFI finding, never the phone's MAC
                Arguments.of("pattern: pangle device object, wifi_mac is the access point's BSSID", none, post(
                        "https://api-access.pangolin-sdk-toutiao.com/api/ad/union/sdk/get_ads/",
                        "{\"device\":{\"imei\":\"490154203237518\",\"android_id\":\"a1b2c3d4e5f60718\",\"uuid\":\"\","
                                + "\"ssid\":\"\\\"CMCC-5G\\\"\",\"wifi_mac\":\"a4:56:02:11:22:33\",\"imsi\":\"310260123456789\","
                                + "\"power_on_time\":\"86400123\",\"mac\":\"AC:37:43:AA:BB:CC\",\"oaid\":\"0f1e2d3c4b5a69788796a5b4c3d2e1f0\"}}"),
                        List.of("IMEI pattern body $.device.imei [json]", "ANDROID_ID pattern body $.device.android_id [json]",
                                "IMSI pattern body $.device.imsi [json]", "MAC pattern body $.device.mac [json]",
                                "OAID pattern body $.device.oaid [json]", "WIFI pattern body $.device.wifi_mac [json]")),
                Arguments.of("pangle get_ads with cypher 3: the key travels in the message", p,
                        pangleGetAds(PANGLE_DEVICE.formatted(IMEI, ANDROID_ID, MAC, OAID), PANGLE_KEY), List.of(
                        "IMEI exact body $.message>$.device.imei [json, aes-pangle, json]",
                        "ANDROID_ID exact body $.message>$.device.android_id [json, aes-pangle, json]",
                        "WIFI pattern body $.message>$.device.wifi_mac [json, aes-pangle, json]",
                        "MAC exact body $.message>$.device.mac [json, aes-pangle, json]",
                        "OAID exact body $.message>$.device.oaid [json, aes-pangle, json]")),
                Arguments.of("pattern: pangle get_ads with cypher 3", none,
                        pangleGetAds(PANGLE_DEVICE.formatted("490154203237518", "a1b2c3d4e5f60718", "AC:37:43:AA:BB:CC",
                                "0f1e2d3c4b5a69788796a5b4c3d2e1f0"), PANGLE_KEY.toUpperCase(java.util.Locale.ROOT)), List.of(
                        "IMEI pattern body $.message>$.device.imei [json, aes-pangle, json]",
                        "ANDROID_ID pattern body $.message>$.device.android_id [json, aes-pangle, json]",
                        "WIFI pattern body $.message>$.device.wifi_mac [json, aes-pangle, json]",
                        "MAC pattern body $.message>$.device.mac [json, aes-pangle, json]",
                        "OAID pattern body $.message>$.device.oaid [json, aes-pangle, json]")),
                Arguments.of("negative: a cypher 3 message whose key digits were changed stays closed", p,
                        post("https://api-access.pangolin-sdk-toutiao.com/api/ad/union/sdk/get_ads/",
                                "{\"message\":\"" + pangleMessage(PANGLE_DEVICE.formatted(IMEI, ANDROID_ID, MAC, OAID), PANGLE_KEY, PANGLE_IV)
                                        .replace(PANGLE_KEY, PANGLE_KEY.replace('e', 'f')).replace("\n", "\\n")
                                        + "\",\"cypher\":3}", "Content-Type", "application/json"), List.of()),
                Arguments.of("pangle get_ads with cypher 2 (sdk 3, gromore): the key travels in the message", p,
                        pangleGetAdsCypher2(PANGLE_DEVICE.formatted(IMEI, ANDROID_ID, MAC, OAID), "3fa85f6457174562"), List.of(
                        "IMEI exact body $.message>$.device.imei [json, aes-pangle, json]",
                        "ANDROID_ID exact body $.message>$.device.android_id [json, aes-pangle, json]",
                        "WIFI pattern body $.message>$.device.wifi_mac [json, aes-pangle, json]",
                        "MAC exact body $.message>$.device.mac [json, aes-pangle, json]",
                        "OAID exact body $.message>$.device.oaid [json, aes-pangle, json]")),
                Arguments.of("pattern: pangle get_ads with cypher 2", none,
                        pangleGetAdsCypher2(PANGLE_DEVICE.formatted("490154203237518", "a1b2c3d4e5f60718", "AC:37:43:AA:BB:CC",
                                "0f1e2d3c4b5a69788796a5b4c3d2e1f0"), "b3c1d2e4f5a60718"), List.of(
                        "IMEI pattern body $.message>$.device.imei [json, aes-pangle, json]",
                        "ANDROID_ID pattern body $.message>$.device.android_id [json, aes-pangle, json]",
                        "WIFI pattern body $.message>$.device.wifi_mac [json, aes-pangle, json]",
                        "MAC pattern body $.message>$.device.mac [json, aes-pangle, json]",
                        "OAID pattern body $.message>$.device.oaid [json, aes-pangle, json]")),
                Arguments.of("negative: a cypher 2 message whose key digits were changed stays closed", p,
                        post("https://is.snssdk.com/api/ad/union/sdk/get_ads/", "{\"message\":\""
                                + pangleCypher2Message(PANGLE_DEVICE.formatted(IMEI, ANDROID_ID, MAC, OAID), "3fa85f6457174562")
                                        .replace("3fa85f6457174562", "3fa85f6457174563").replace("\n", "\\n")
                                + "\",\"cypher\":2}", "Content-Type", "application/json"), List.of()),
                // Pangle's and AppLog's log header (openadsdk core/r.java, bdtracker w0.java): udid is the IMEI,
                // mc the MAC, build_serial the serial; device_id is the number the server assigned, not an ID
                Arguments.of("pattern: applog header udid, mc, build_serial; a server device_id is not an android id", none,
                        post("https://log-api.pangolin-sdk-toutiao.com/service/2/app_log/",
                        "{\"header\":{\"udid\":\"490154203237518\",\"openudid\":\"a1b2c3d4e5f60718\",\"mc\":\"ac3743aabbcc\","
                                + "\"build_serial\":\"R58N12345AB\",\"device_id\":\"6049434046331954\",\"install_id\":\"1860553398728451\","
                                + "\"sim_serial_number\":[{\"sim_serial_number\":\"8901260123456789012\"}]}}"),
                        List.of("IMEI pattern body $.header.udid [json]", "ANDROID_ID pattern body $.header.openudid [json]",
                                "MAC pattern body $.header.mc [json]", "SERIAL pattern body $.header.build_serial [json]",
                                "ICCID pattern body $.header.sim_serial_number[0].sim_serial_number [json]")),
                // Kuaishou's deviceId is "ANDROID_" + the Android ID (kwad sdk utils/bd.java); a short serial still counts
                Arguments.of("pattern: ANDROID_-prefixed device id, short build serial", none, post("https://open.e.kuaishou.com/rest/e/v3/open/univ",
                        "{\"deviceInfo\":{\"deviceId\":\"ANDROID_a1b2c3d4e5f60718\",\"buildSerial\":\"a1b2c3d4\"}}"),
                        List.of("ANDROID_ID pattern body $.deviceInfo.deviceId [json]",
                                "SERIAL pattern body $.deviceInfo.buildSerial [json]")),
                Arguments.of("negative pattern: payment serial numbers and placeholders are not the phone's serial", none,
                        post("https://api.example-shop.com/pay", "{\"serialNo\":\"P2023112300012\",\"serial_number\":\"SN88421\","
                                + "\"build_serial\":\"unknown\",\"device_id\":\"1234567890123456\"}"),
                        List.of()),
                // a location SDK's Wi-Fi scan: each access point is a WIFI finding, none is the phone's MAC
                Arguments.of("pattern: a wi-fi scan list's BSSIDs are access points, not the phone", none,
                        post("https://apilocate.example-map.cn/v1/wifi", "{\"wifi\":[{\"bssid\":\"a4:56:02:11:22:33\","
                                + "\"ssid\":\"CMCC\",\"rssi\":-60},{\"bssid\":\"70-3A-0E-44-55-66\"}],"
                                + "\"connected_bssid\":\"a4:56:02:11:22:33\",\"router_mac\":\"c8:3a:35:01:02:03\"}"),
                        List.of("WIFI pattern body $.wifi[0].bssid [json]", "WIFI pattern body $.wifi[1].bssid [json]",
                                "WIFI pattern body $.connected_bssid [json]", "WIFI pattern body $.router_mac [json]")),
                // the lab router's BSSID from the profile, in a scan list written "bssid,rssi;…" (lower case)
                Arguments.of("profile: the lab router in a wi-fi scan string, beside another access point", p,
                        post("https://apilocate.example-map.cn/v1/wifi", "{\"wifi_list\":\"" + BSSID.toLowerCase()
                                + ",-45;a4:56:02:11:22:33,-70\"}"),
                        List.of("WIFI exact body $.wifi_list [json, lower]", "WIFI pattern body $.wifi_list [json]")),
                Arguments.of("profile: the lab router's BSSID hashed, under a key that says nothing", p,
                        post("https://log.example.net/env", "{\"env\":{\"n1\":\""
                                + md5(BSSID.replace(":", "").toLowerCase()) + "\"}}"),
                        List.of("WIFI exact body $.env.n1 [json, no-separators, lower, md5]")),
                Arguments.of("pattern: a bssid written as 12 hex digits", none,
                        post("https://log.example.net/env", "{\"bssid\":\"5c0214a83b7f\",\"ssid\":\"Lab\"}"),
                        List.of("WIFI pattern body $.bssid [json]")),
                // Android answers 02:00:00:00:00:00 for a BSSID an app may not read; a gateway is an IP address
                Arguments.of("negative pattern: bssid placeholders, a gateway's IP, a 12-digit number", none,
                        post("https://log.example.net/env", "{\"bssid\":\"02:00:00:00:00:00\",\"wifi_mac\":"
                                + "\"00:00:00:00:00:00\",\"router_mac\":\"unknown\",\"gateway\":\"192.168.1.1\","
                                + "\"ap_mac\":\"202611231200\",\"wifi_scan\":[]}"),
                        List.of()),
                Arguments.of("profile: the phone's own MAC is found even beside access points", p,
                        post("https://apilocate.example-map.cn/v1/wifi", "{\"mac\":\"" + MAC + "\",\"wifi\":[{\"bssid\":"
                                + "\"a4:56:02:11:22:33\"}]}"),
                        List.of("MAC exact body $.mac [json]", "WIFI pattern body $.wifi[0].bssid [json]")),
                // Google's Geolocation API request (developers.google.com/maps/documentation/geolocation), which
                // Mozilla Location Service copied: cell towers and access points, each entry's MAC under macAddress
                Arguments.of("pattern: google geolocation request, cell towers and wi-fi access points", none,
                        post("https://www.googleapis.com/geolocation/v1/geolocate?key=AIzaSyA-test", "{\"homeMobileCountryCode\":460,"
                                + "\"homeMobileNetworkCode\":0,\"radioType\":\"lte\",\"considerIp\":false,\"cellTowers\":[{\"cellId\":"
                                + "22093311,\"locationAreaCode\":4513,\"mobileCountryCode\":460,\"mobileNetworkCode\":0,\"age\":0,"
                                + "\"signalStrength\":-60}],\"wifiAccessPoints\":[{\"macAddress\":\"a4:56:02:11:22:33\","
                                + "\"signalStrength\":-43},{\"macAddress\":\"70:3A:0E:44:55:66\",\"signalStrength\":-71}]}"),
                        List.of("CELL pattern body $.cellTowers[0].{locationAreaCode,cellId} [json]",
                                "WIFI pattern body $.wifiAccessPoints[0].macAddress [json]",
                                "WIFI pattern body $.wifiAccessPoints[1].macAddress [json]")),
                // Tencent's network location (lbs.qq.com webservice "location/v1/network"): cellinfo and wifiinfo lists
                Arguments.of("pattern: tencent network location, cellinfo and wifiinfo", none,
                        post("https://apis.map.qq.com/ws/location/v1/network", "{\"key\":\"OB4BZ-D4W3U\",\"device_id\":"
                                + "\"1234567890123456\",\"cellinfo\":[{\"mcc\":460,\"mnc\":1,\"lac\":\"4513\",\"cellid\":"
                                + "\"22093311\",\"rss\":-68}],\"wifiinfo\":[{\"mac\":\"a4:56:02:11:22:33\",\"rssi\":-50},"
                                + "{\"mac\":\"c83a35010203\",\"rssi\":-62}]}"),
                        List.of("CELL pattern body $.cellinfo[0].{lac,cellid} [json]",
                                "WIFI pattern body $.wifiinfo[0].mac [json]", "WIFI pattern body $.wifiinfo[1].mac [json]")),
                // AMap's hardware location (lbs.amap.com, 智能硬件定位): bts/nearbts "mcc,mnc,lac,cid,signal" joined
                // by "|"; mmac and macs "mac,signal,ssid": the signal strength marks them as scan results
                Arguments.of("pattern: amap hardware location query, bts, nearbts, mmac, macs", none,
                        get("https://apilocate.amap.com/position?accesstype=0&imei=490154203237518&cdma=0"
                                + "&bts=460,01,40977,2205409,-65&nearbts=460,01,40977,2205409,-65%7C460,01,40977,2205410,-60"
                                + "&mmac=c8:3a:35:12:34:56,-65,TP-LINK_1&macs=c8:3a:35:12:34:56,-65,TP-LINK_1%7C"
                                + "70:3a:0e:44:55:66,-80,CMCC&output=json&key=0123456789abcdef"),
                        List.of("IMEI pattern url query.imei [query]", "CELL pattern url query.bts [query]",
                                "CELL pattern url query.nearbts [query]", "CELL pattern url query.nearbts [query]",
                                "WIFI pattern url query.mmac [query]", "WIFI pattern url query.macs [query]",
                                "WIFI pattern url query.macs [query]")),
                // Baidu location's bloc before BMapDigester scrambles it (BMapLocator's request builder): the serving
                // cell, the Wi-Fi scan as "bssid;rssi;|…" in 12 hex digits, the IMEI
                Arguments.of("pattern: baidu location parameters, cell, wi-fi scan, imei", none,
                        post("https://loc.map.baidu.com/sdk.php", "bloc=" + url("&cl=460|1|4513|22093311&wf="
                                + "d4ee075a21c3;52;|5c63bfa07b11;71;|f4ec38d62a40;80;&addr=detail&im=490154203237518"),
                                "Content-Type", "application/x-www-form-urlencoded"),
                        List.of("CELL pattern body form.bloc>form.cl [form, form]",
                                "WIFI pattern body form.bloc>form.wf [form, form]", "WIFI pattern body form.bloc>form.wf [form, form]",
                                "WIFI pattern body form.bloc>form.wf [form, form]", "IMEI pattern body form.bloc>form.im [form, form]")),
                // what a device reports when it knows no cell, numbers that only look alike, and a cid that is a channel
                Arguments.of("negative pattern: unknown cells, a price list, a channel id", none,
                        post("https://log.example.net/env", "{\"cell\":{\"mcc\":460,\"mnc\":0,\"lac\":65535,"
                                + "\"cid\":2147483647},\"lte\":{\"tac\":4513,\"ci\":268435455},\"cdma\":{\"sid\":0,"
                                + "\"nid\":0,\"bid\":0},\"prices\":\"460,0,1200,800\",\"cid\":\"huawei_store\","
                                + "\"lac\":\"none\",\"cells\":\"460|0|0|0\",\"mac_list\":\"ac:37:43:12:34:56,8\"}"),
                        List.of("MAC pattern body $.mac_list [json]")),
                // JSON built by string concatenation: an unescaped quote in the model name ends the document
                // early; the leaves before it and the rest after it are both still matched
                Arguments.of("hand-built json broken by an unescaped quote", p, post("https://log.example.net/hb",
                        "{\"oaid\":\"" + OAID + "\",\"model\":\"Redmi \"Note\" 9\",\"imei\":\"" + IMEI
                                + "\",\"mac\":\"" + MAC + "\"}"),
                        List.of("OAID exact body $.oaid [json]", "IMEI exact body  []", "MAC exact body  []")),
                Arguments.of("pattern: a log of a json line, then a line of pairs", none,
                        post("https://log.example.net/tail", "{\"ts\":1763883662}\nimei=490154203237518&mac="
                                + MAC),
                        List.of("IMEI pattern body  []", "MAC pattern body  []")),
                // pretty-printed with tabs, as Gson's and org.json's indenting writers can, then base64
                Arguments.of("base64 of tab-indented json", p, post("https://log.example.net/pp", "data=" + url(base64(utf8(
                        "{\n\t\"device\": {\n\t\t\"ids\": {\n\t\t\t\"imei\": \"" + IMEI
                                + "\"\n\t\t}\n\t}\n}\n"))), FORM, "application/x-www-form-urlencoded"),
                        List.of("IMEI exact body form.data>$.device.ids.imei [form, base64, json]")),
                // native code encodes a C string with its terminator: base64 and hex of text ending in NULs
                Arguments.of("base64 and hex of a C string with its NUL terminator", p, post("https://log.example.net/n",
                        "{\"d\":\"" + base64(utf8("{\"imei\":\"" + IMEI + "\"}\u0000")) + "\",\"h\":\""
                                + hex(utf8("oaid=" + OAID + "\u0000\u0000\u0000")) + "\"}"),
                        List.of("IMEI exact body $.d>$.imei [json, base64, json]", "OAID exact body $.h [json, hex]")),
                // the hex of an IMEI's ASCII digits is itself all digits: 30 of them, not a number
                Arguments.of("hex of the imei's characters", p, post("https://log.example.net/hx", "{\"i\":\""
                        + hex(utf8(IMEI)) + "\",\"order\":\"202611231234567890123456\"}"),
                        List.of("IMEI exact body $.i [json, hex]")),
                Arguments.of("pattern: name:value pairs on one line", none, post("https://log.example.net/t",
                        "imei:490154203237518,mac:" + MAC + ",androidid:" + ANDROID_ID, "Content-Type", "text/plain"),
                        List.of("IMEI pattern body kv.imei [kv]", "MAC pattern body kv.mac [kv]",
                                "ANDROID_ID pattern body kv.androidid [kv]")),
                Arguments.of("pattern: an imei inside a percent-encoded header", none, get("https://log.example.net/h",
                        "X-Client-Info", url("os=android&imei=490154203237518")),
                        List.of("IMEI pattern header header.x-client-info>form.imei [percent, form]")),
                Arguments.of("android Base64.DEFAULT: lines of 76 in a json string, gzip inside", p,
                        post("https://log.example.net/w", "{\"data\":\"" + wrap(base64(gzip(utf8("{\"imei\":\"" + IMEI
                                + "\",\"oaid\":\"" + OAID + "\",\"pad\":\"" + "x".repeat(120) + "\"}"))), "\n")
                                .replace("\n", "\\n") + "\"}"),
                        List.of("IMEI exact body $.data>$.imei [json, base64, gzip, json]",
                                "OAID exact body $.data>$.oaid [json, base64, gzip, json]")),
                Arguments.of("mime base64 part of a multipart upload", p, post("https://crash.example.net/upload",
                        "--XyZ\r\nContent-Disposition: form-data; name=\"info\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                                + wrap(base64(utf8("{\"device\":{\"android_id\":\"" + ANDROID_ID + "\",\"model\":\"M2012K11AC\","
                                + "\"note\":\"" + "y".repeat(80) + "\"}}")), "\r\n") + "\r\n--XyZ--\r\n",
                                "Content-Type", "multipart/form-data; boundary=XyZ"),
                        List.of("ANDROID_ID exact body multipart.info>$.device.android_id [multipart, base64, json]")),
                Arguments.of("negative: lines of unequal length are text, not wrapped base64", p,
                        post("https://log.example.net/t", "{\"t\":\"QWxhZGRpbjpvcGVuIHNl\\n" + base64(utf8(IMEI))
                                + "QUFBQUFB\"}"), List.of()),
                Arguments.of("lng,lat string", p, post("https://apis.map.qq.com/ws/geocoder", "{\"loc\":\"116.407400,39.904200\"}"),
                        List.of("LOCATION near body $.loc [json, lng-lat]")),
                Arguments.of("same imei in three fields is three findings", p, post("https://log.example.net/3",
                        "{\"a\":\"" + IMEI + "\",\"b\":\"" + IMEI + "\",\"c\":{\"d\":\"" + IMEI + "\"}}"),
                        List.of("IMEI exact body $.a [json]", "IMEI exact body $.b [json]", "IMEI exact body $.c.d [json]")),
                Arguments.of("base64 of the value and its decoded view are one finding", p, post("https://log.example.net/b64",
                        "{\"i\":\"" + base64(utf8(IMEI)) + "\"}"), List.of("IMEI exact body $.i [json, base64]")),
                Arguments.of("gcj-02, bd-09 and e7 coordinates within a tight radius", tight, post("https://restapi.amap.com/v3/geo",
                        "{\"amap\":{\"lat\":" + gcj[0] + ",\"lng\":" + gcj[1] + "},\"bd\":\"" + bd[0] + "," + bd[1]
                                + "\",\"g\":{\"latE7\":399042000,\"lngE7\":1164074000}}"),
                        List.of("LOCATION near body $.amap.{lat,lng} [json, gcj-02]", "LOCATION near body $.bd [json, bd-09]",
                                "LOCATION near body $.g.{latE7,lngE7} [json, e7]")),
                Arguments.of("far location is not a finding", p, post("https://log.example.net/far",
                        "{\"lat\":31.2304,\"lng\":121.4737}"), List.of()),
                Arguments.of("pattern: imei imsi iccid phone", none, post("https://log.example.net/p",
                        "{\"imei\":\"490154203237518\",\"d\":\"356938035643809\",\"s\":\"460001234567890\","
                                + "\"sim\":\"89860012345678901234\",\"tel\":\"13912345678\",\"tel2\":\"+8615012345678\"}"),
                        List.of("IMEI pattern body $.imei [json]", "IMEI pattern body $.d [json]",
                                "IMSI pattern body $.s [json]", "ICCID pattern body $.sim [json]",
                                "PHONE pattern body $.tel [json]", "PHONE pattern body $.tel2 [json]")),
                Arguments.of("pattern: keyed identifiers and mac", none, post("https://log.example.net/k",
                        "androidId=a1b2c3d4e5f60718&oaid=0f1e2d3c4b5a69788796a5b4c3d2e1f0&gps_adid=" + GAID
                                + "&meid=A1000012345678&mac=ac37430a0b0c&wifi=AC:37:43:AA:BB:CC&$identity_android_id=b2c3d4e5f6071829",
                        FORM, FORM_TYPE),
                        List.of("ANDROID_ID pattern body form.androidId [form]", "OAID pattern body form.oaid [form]",
                                "GAID pattern body form.gps_adid [form]", "MEID pattern body form.meid [form]",
                                "MAC pattern body form.mac [form]", "MAC pattern body form.wifi [form]",
                                "ANDROID_ID pattern body form.$identity_android_id [form]")),
                Arguments.of("pattern: resident id", none, post("https://kyc.example.net/id", "{\"idcard\":\"11010519491231002X\"}"),
                        List.of("RESIDENT_ID pattern body $.idcard [json]")),
                Arguments.of("pattern: app list without profile", none, post("https://log.example.net/apps",
                        "{\"pkgs\":\"com.tencent.mm;com.eg.android.AlipayGphone;com.taobao.taobao;com.sina.weibo;com.jingdong.app.mall\"}"),
                        List.of("APP_LIST pattern body $.pkgs [json]")),
                Arguments.of("pattern: app list with capitalised package names", none, post("https://log.example.net/apps2",
                        "{\"apps\":[\"com.tencent.mm\",\"com.eg.android.AlipayGphone\",\"com.taobao.taobao\",\"com.sina.weibo\","
                                + "\"com.UCMobile\",\"com.jingdong.app.mall\"]}"),
                        List.of("APP_LIST pattern body $.apps [json]")),
                // App Center's managed error log (appcenter-sdk ErrorLog: exception.frames[].className) and a
                // Java stack trace string: framework classes and app classes, not installed apps
                Arguments.of("negative pattern: a crash report's stack frames are not an app list", none,
                        post("https://in.appcenter.ms/logs?api-version=1.0.0", "{\"logs\":[{\"type\":\"managedError\","
                                + "\"exception\":{\"type\":\"java.lang.NullPointerException\",\"frames\":["
                                + "{\"className\":\"com.example.shop.MainActivity\",\"methodName\":\"onCreate\",\"lineNumber\":42},"
                                + "{\"className\":\"com.example.shop.ui.HomeFragment\"},{\"className\":\"android.app.Activity\"},"
                                + "{\"className\":\"android.app.Instrumentation\"},{\"className\":\"android.os.Handler\"},"
                                + "{\"className\":\"com.android.internal.os.ZygoteInit\"}]},\"stackTrace\":\"java.lang.NullPointerException\\n"
                                + "\\tat com.example.shop.MainActivity.onCreate(MainActivity.java:42)\\n\\tat android.app.Activity.performCreate"
                                + "(Activity.java:8000)\\n\\tat android.os.Handler.dispatchMessage(Handler.java:106)\\n\\tat android.os.Looper"
                                + ".loop(Looper.java:223)\\n\\tat com.squareup.okhttp3.RealCall.execute(RealCall.java:9)\\n\\tat "
                                + "com.android.internal.os.ZygoteInit.main(ZygoteInit.java:947)\"}]}"),
                        List.of()),
                Arguments.of("negative pattern: granted permissions are not an app list", none, post("https://log.example.net/perm",
                        "{\"permissions\":[\"android.permission.INTERNET\",\"android.permission.READ_PHONE_STATE\","
                                + "\"android.permission.ACCESS_FINE_LOCATION\",\"android.permission.ACCESS_WIFI_STATE\","
                                + "\"com.google.android.c2dm.permission.RECEIVE\",\"com.example.shop.permission.C2D_MESSAGE\"]}"),
                        List.of()),
                Arguments.of("pattern: json after a byte order mark", none, post("https://log.example.net/bom",
                        "\uFEFF{\"androidId\":\"a1b2c3d4e5f60718\"}", "Content-Type", "application/json"),
                        List.of("ANDROID_ID pattern body $.androidId [json]")),
                Arguments.of("xml body: elements, attributes, repeated elements", p, post("https://ads.example.net/req",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><req v=\"2\"><device os=\"android\" mac=\"" + MAC
                                + "\"><imei>" + IMEI + "</imei><oaid><![CDATA[" + OAID + "]]></oaid></device>"
                                + "<app>x</app><app>" + md5(ANDROID_ID) + "</app></req>", "Content-Type", "text/xml"),
                        List.of("MAC exact body /req/device/@mac [xml]", "IMEI exact body /req/device/imei [xml]",
                                "OAID exact body /req/device/oaid [xml]", "ANDROID_ID exact body /req/app[2] [xml, md5]")),
                Arguments.of("xml location and app list", p, post("https://ads.example.net/geo",
                        "<r><loc><lat>39.9042</lat><lng>116.4074</lng></loc><gps lat=\"39.9043\" lon=\"116.4075\"/>"
                                + "<apps>" + APPS.stream().map(a -> "<app>" + a + "</app>").collect(java.util.stream.Collectors.joining())
                                + "</apps></r>", "Content-Type", "text/xml"),
                        List.of("LOCATION near body /r/loc.{lat,lng} [xml]", "LOCATION near body /r/gps.{lat,lon} [xml]",
                                "APP_LIST exact body /r/apps/app [xml]")),
                Arguments.of("pattern: xml keys name identifiers", none, post("https://ads.example.net/p",
                        "<r><androidId>a1b2c3d4e5f60718</androidId><n>1763883662123</n></r>", "Content-Type", "application/xml"),
                        List.of("ANDROID_ID pattern body /r/androidId [xml]")),
                Arguments.of("negative: xml with a doctype and an external entity is not expanded", none,
                        post("https://ads.example.net/x", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM "
                                + "\"file:///etc/hostname\">]><r><imei>&e;</imei></r>", "Content-Type", "text/xml"),
                        List.of()),
                // pako.deflateRaw (H5 SDKs) and new Deflater(level, true) (Android) write deflate without a header
                Arguments.of("raw deflate behind base64 in a json field, not declared", p, post("https://log.example.net/rd",
                        "{\"v\":2,\"d\":\"" + base64(deflate(utf8("{\"imei\":\"" + IMEI + "\",\"os\":\"android\"}"), false))
                                + "\"}"),
                        List.of("IMEI exact body $.d>$.imei [json, base64, deflate, json]")),
                Arguments.of("pattern: java Map.toString() sent in a json field", none, post("https://log.example.net/m",
                        "{\"deviceInfo\":\"{imei=490154203237518, androidId=a1b2c3d4e5f60718, "
                                + "oaid=0f1e2d3c4b5a69788796a5b4c3d2e1f0, model=M2012K11AC}\"}"),
                        List.of("IMEI pattern body $.deviceInfo>kv.imei [json, kv]",
                                "ANDROID_ID pattern body $.deviceInfo>kv.androidId [json, kv]",
                                "OAID pattern body $.deviceInfo>kv.oaid [json, kv]")),
                Arguments.of("pattern: a header of name=value pairs", none, get("https://log.example.net/hd",
                        "X-Device-Info", "os=android;imei=490154203237518;androidId=a1b2c3d4e5f60718;mac=AC:37:43:AA:BB:CC"),
                        List.of("IMEI pattern header header.x-device-info>kv.imei [kv]",
                                "ANDROID_ID pattern header header.x-device-info>kv.androidId [kv]",
                                "MAC pattern header header.x-device-info>kv.mac [kv]")),
                Arguments.of("pattern: name: value lines in a text body", none, post("https://log.example.net/txt",
                        "imei: 490154203237518\nandroid_id: a1b2c3d4e5f60718\nmodel: M2012K11AC\n", "Content-Type", "text/plain"),
                        List.of("IMEI pattern body kv.imei [kv]", "ANDROID_ID pattern body kv.android_id [kv]")),
                Arguments.of("Map.toString() with a location and the profile's oaid", p, post("https://log.example.net/mx",
                        "{\"ext\":\"{lat=39.9042, lng=116.4074, oaid=" + OAID + "}\"}"),
                        List.of("LOCATION near body $.ext>kv.{lat,lng} [json, kv]", "OAID exact body $.ext>kv.oaid [json, kv]")),
                // Ocean Engine (巨量引擎) monitoring links carry __IMEI__/__ANDROIDID__ as MD5 and __OAID__ raw
                Arguments.of("ad monitoring link with its macros filled, in a json field", p, post("https://api.example-shop.com/ad/click",
                        "{\"track_url\":\"https://ad.oceanengine.com/track/activate/?callback=B.x1&imei=" + md5(IMEI) + "&oaid=" + OAID
                                + "&androidid=" + md5(ANDROID_ID) + "&os=0\"}"),
                        List.of("IMEI exact body $.track_url>query.imei [json, query, md5]",
                                "OAID exact body $.track_url>query.oaid [json, query]",
                                "ANDROID_ID exact body $.track_url>query.androidid [json, query, md5]")),
                Arguments.of("pattern: a landing url with a query and a fragment, in a json field", none,
                        post("https://log.example.net/l", "{\"landing\":\"https://h5.example.net/page?android_id=a1b2c3d4e5f60718"
                                + "&from=push#/detail?imei=490154203237518\"}"),
                        List.of("ANDROID_ID pattern body $.landing>query.android_id [json, query]",
                                "IMEI pattern body $.landing>url-fragment [json, url-fragment]")),
                // App Center's event log: typedProperties [{type, name, value}] (appcenter-sdk MSEventLog)
                Arguments.of("pattern: name/value pair objects (App Center typedProperties)", none,
                        post("https://in.appcenter.ms/logs?api-version=1.0.0", "{\"logs\":[{\"type\":\"event\",\"name\":\"launch\","
                                + "\"typedProperties\":[{\"type\":\"string\",\"name\":\"oaid\",\"value\":\"0f1e2d3c4b5a69788796a5b4c3d2e1f0\"},"
                                + "{\"type\":\"string\",\"name\":\"sku\",\"value\":\"a1b2c3d4e5f60718\"}]}]}"),
                        List.of("OAID pattern body $.logs[0].typedProperties[0].value [json]")),
                // GA4 Measurement Protocol: "user_properties": {"NAME": {"value": …}}
                Arguments.of("pattern: a value object named by its member (GA4 user_properties)", none,
                        post("https://www.google-analytics.com/mp/collect?measurement_id=G-X", "{\"client_id\":\"1.2\","
                                + "\"user_properties\":{\"android_id\":{\"value\":\"a1b2c3d4e5f60718\"},"
                                + "\"tier\":{\"value\":\"b2c3d4e5f6071829\"}}}"),
                        List.of("ANDROID_ID pattern body $.user_properties.android_id.value [json]")),
                Arguments.of("pattern: short k/v pairs, a version is not an imei", none, post("https://log.example.net/kv",
                        "[{\"k\":\"imei\",\"v\":\"490154203237518\"},{\"k\":\"ver\",\"v\":\"356938035643809\"}]"),
                        List.of("IMEI pattern body $[0].v [json]")),
                // GeoJSON (RFC 7946) orders a position [longitude, latitude(, altitude)]
                Arguments.of("coordinate arrays: geojson [lng, lat, alt] and [lat, lng]", p, post("https://log.example.net/geo",
                        "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[116.4074,39.9042,43.5]},"
                                + "\"gps\":[39.9042,116.4074],\"sizes\":[39.9042,116.4074,1.5,2.5]}"),
                        List.of("LOCATION near body $.geometry.coordinates [json, lng-lat]", "LOCATION near body $.gps [json]")),
                Arguments.of("negative: timestamps, prices, orders, counters", none, post("https://log.example.net/n",
                        "{\"ts\":1763883662123,\"time\":\"1763883662\",\"t\":1763883662,\"order_id\":\"202611230741021234\","
                                + "\"price\":\"13800000.00\",\"seq\":\"100000000000009\",\"n\":12345678901,\"x\":\"100000000000009\","
                                + "\"trade_no\":\"4200001234202611231234567890\",\"hash\":\"5d41402abc4b2a76b9719d911017c592\"}"),
                        List.of()),
                Arguments.of("negative: placeholders", none, post("https://log.example.net/ph",
                        "{\"imei\":\"000000000000000\",\"mac\":\"02:00:00:00:00:00\",\"oaid\":\"00000000-0000-0000-0000-000000000000\","
                                + "\"androidId\":\"unknown\",\"gaid\":\"00000000-0000-0000-0000-000000000000\",\"meid\":\"null\"}"),
                        List.of()),
                Arguments.of("negative: random uuids and tokens in non-identifier keys", p, post("https://log.example.net/u",
                        "{\"request_id\":\"f47ac10b-58cc-4372-a567-0e02b2c3d479\",\"session\":\"Zx8kQ2pL9vN4mR7tY1wE5uI3oA6sD0fG\","
                                + "\"trace\":\"0af7651916cd43dd8448eb211c80319c\",\"token\":\"eyJhbGciOi\"}"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void detect_sdkWirePayload(String name, Profile profile, Exchange exchange, List<String> expected) {
        DetectionResult result = new DetectionEngine(profile, catalog()).detect(exchange);

        assertThat(result.findings()).extracting(DetectionEngineTest::summary).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.limitsHit()).isEmpty();
    }
}
