package com.consentlens.app.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.consentlens.app.demo.DeviceIds.headers;
import static com.consentlens.app.demo.Wire.map;

/**
 * Chinese analytics SDKs: Umeng (友盟), Tencent MTA (腾讯移动分析, inside the WeChat SDK), ByteDance AppLog
 * (火山引擎 DataFinder), Sensors Analytics (神策) and GrowingIO. These start with the app and batch device
 * facts with every session, which is why they top MIIT's lists of 私自收集 findings.
 */
final class AnalyticsTraffic {
    private AnalyticsTraffic() {
    }

    /**
     * Umeng common SDK session log. URL from the SDK's {@code UMServerURL.DEFAULT_URL}
     * ({@code https://ulogs.umeng.com/unify_logs}, decompiled in lack21115/blued-7.20.6-src, cited by the
     * catalog). The body is an "envelope": {@code UMSLEnvelopeBuild} (smali in Kiwironic/FIILEng) deflates the
     * JSON and, when the app turned encryption on, encrypts it ({@code codex} 1: AES keyed with bytes 1–16 of the
     * envelope's own signature, see {@link Wire#umengEncrypt}); the demo's first session goes unencrypted
     * ({@code codex} 0) and its background session encrypted, zlib-deflated, in the {@code UMEnvelope} Thrift struct the SDK's
     * {@code Envelope.toBinary} writes with {@code TCompactProtocol} (umeng-common 9.3.8 smali in
     * kisence-mian/SDKLibrary@3770f48: 1 version, 2 appkey, 3 signature, 4 serial_num, 5 ts_secs, 6 length,
     * 7 entity, 8 guid, 9 checksum, 10 codex). HTTP headers {@code X-Umeng-UTC, X-Umeng-Sdk,
     * Msg-Type: envelope/json, X-Umeng-Pro-Ver, SM-IMP} as the SDK's uploader sets them (decompiled
     * {@code com.umeng.commonsdk.statistics.internal} in several public app dumps). The JSON header carries
     * {@code idmd5}: MD5 of the IMEI as the SDK's {@code HelperUtils.getUmengMD5} writes it (lower case, each
     * byte without its leading zero).
     */
    /**
     * The header's {@code id_tracking}: Umeng's {@code IdTracking} Thrift struct (compact protocol; 1 snapshots,
     * a map from the identifier's name to {@code IdSnapshot{1 identity, 2 ts, 3 version}}; 3 checksum; layout
     * from the SDK's {@code com.umeng.commonsdk.statistics.proto.c}), in base64 as Android's
     * {@code Base64.encodeToString(bytes, DEFAULT)} writes it: a line break every 76 characters.
     */
    static String idTracking(DeviceIds d) {
        Map<String, ThriftCompactWriter> snapshots = new java.util.LinkedHashMap<>();
        snapshots.put("imei", new ThriftCompactWriter().string(1, d.imei).i64(2, d.now - 86_400_000L).i32(3, 1));
        snapshots.put("mac", new ThriftCompactWriter().string(1, d.mac.toLowerCase(java.util.Locale.ROOT))
                .i64(2, d.now - 86_400_000L).i32(3, 1));
        snapshots.put("android_id", new ThriftCompactWriter().string(1, d.androidId).i64(2, d.now - 86_400_000L).i32(3, 1));
        byte[] tracking = new ThriftCompactWriter().structMap(1, snapshots).string(3, "5d41402abc4b2a76b9719d911017c592")
                .build();
        return java.util.Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(tracking) + "\n";
    }

    /** A signature as the SDK's {@code Envelope.genSignature} makes it (32 bytes) and writes it (lower hex). */
    static final String UMENG_SIGNATURE = "3c07e1a9d25b4f86a0c3e7d91b2f5a48c6e0d3b7a19f4c2e8d5b0a7f3e6c1d94";

    static DemoRequest umeng(DeviceIds d, Stage stage, boolean sessionEnd) {
        Map<String, Object> header = map("appkey", "65f1a2b3c4d5e6f708192a3b", "channel", "xiaomi",
                "app_version", DeviceIds.APP_VERSION, "version_code", "321", "sdk_type", "Android",
                "sdk_version", "9.6.8", "os", "Android", "os_version", DeviceIds.OS_VERSION,
                "device_model", DeviceIds.MODEL, "device_brand", DeviceIds.BRAND, "resolution", "2400*1080",
                "mc", d.mac, "device_id", d.androidId, "idmd5", Wire.umengMd5(d.imei), "oaid", d.oaid,
                "carrier", "中国联通", "mccmnc", "46001", "access", "Wi-Fi", "country", "CN", "language", "zh",
                "timezone", 8, "package_name", DeviceIds.PACKAGE, "id_tracking", idTracking(d));
        Map<String, Object> session = map("id", "5BBD0A0E7C3C4E08A1F3" + (sessionEnd ? "2" : "1"),
                "start_time", d.now - 60_000, "end_time", d.now, "duration", 60_000,
                "pages", List.of(map("page_name", "MainActivity", "duration", 42_000)));
        byte[] json = Wire.utf8(Wire.json(map("header", header, "analytics", map("sessions", List.of(session)))));
        // The background session's envelope goes out encrypted, as when the app calls setEncryptEnabled(true).
        String signature = sessionEnd ? UMENG_SIGNATURE : "7F1C2A9B4E0D3865A1B2C3D4E5F60718";
        byte[] entity = sessionEnd ? Wire.umengEncrypt(Wire.zlib(json), signature) : Wire.zlib(json);
        byte[] envelope = new ThriftCompactWriter().string(1, "1.0").string(2, "65f1a2b3c4d5e6f708192a3b")
                .string(3, signature).i32(4, sessionEnd ? 2 : 1).i32(5, (int) (d.now / 1000))
                .i32(6, json.length).binary(7, entity)
                .string(8, "1A0B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F6071")
                .string(9, "8C1F3E5A7B9D0F2E4A6C8E0B2D4F6A8C").i32(10, sessionEnd ? 1 : 0).build();
        return new DemoRequest("umeng_analytics", stage, "POST", "https://ulogs.umeng.com/unify_logs",
                headers("Content-Type", "envelope/json", "Msg-Type", "envelope/json",
                        "X-Umeng-UTC", Long.toString(d.now),
                        "X-Umeng-Sdk", "Android/9.6.8 2201123C/13 (com.example.shop)",
                        "X-Umeng-Pro-Ver", "1.0.0", "SM-IMP", "1",
                        "User-Agent", DeviceIds.DALVIK_UA),
                envelope, sessionEnd
                        ? "Umeng closes the session when the app goes to the background, in an encrypted envelope (MAC, Android ID, md5(IMEI); the IMEI in id_tracking)"
                        : "Umeng pre-init sends the first session before the privacy dialog is answered");
    }

    /**
     * Tencent MTA as the WeChat Open SDK embeds it ({@code com.tencent.wxop.stat}): {@code registerApp} in
     * {@code Application.onCreate} starts it ({@code WXApiImplV10.initMta}: app key {@code "AWXOP" + appId},
     * channel {@code Wechat_Sdk}, version 2.0.3), and its session event goes to {@code pingma.qq.com/mstat/report}
     * as RC4 under MTA's constant key over the gzipped JSON list ({@link Wire#mtaReport}). The fields are those
     * of the SDK's {@code Event.encode}: ky, et, ui (the IMEI), mc (the Wi-Fi MAC, lower case), ut, av, ch, mid,
     * idx, si, ts, dts, os, ov, md, jb, mf. The SDK's default URL is plain HTTP on port 80; the demo's upstream
     * speaks only HTTPS, and ConsentLens reads both the same way.
     */
    static DemoRequest wechatMta(DeviceIds d, Stage stage) {
        Map<String, Object> event = map("ky", "AWXOPwx8d3c5e1f2a4b6c7d", "et", 2, "ui", d.imei,
                "mc", d.mac.toLowerCase(java.util.Locale.ROOT), "ut", 1, "av", "2.0.3", "ch", "Wechat_Sdk",
                "mid", "0", "idx", 1, "si", (int) (d.now / 1000 % 1_000_000_000), "ts", d.now / 1000, "dts", 0,
                "os", 1, "ov", Integer.toString(DeviceIds.API_LEVEL), "md", DeviceIds.MODEL, "jb", 0,
                "mf", DeviceIds.BRAND, "cfg", map("v", 0), "sr", "1080*2400", "lg", "zh", "tz", "Asia/Shanghai",
                "apn", "wifi");
        return new DemoRequest("tencent_mta", stage, "POST", "https://pingma.qq.com/mstat/report",
                headers("Content-Encoding", "rc4,gzip", "Accept-Encoding", "gzip", "User-Agent", DeviceIds.DALVIK_UA),
                Wire.mtaReport(Wire.json(List.of(event))),
                "WeChat SDK's embedded MTA at registerApp, RC4 under MTA's constant key: IMEI, MAC");
    }

    /**
     * ByteDance AppLog (火山引擎 DataFinder, {@code com.bytedance.applog}) registering the device from
     * {@code Application.onCreate}: {@code POST /service/2/device_register/?tt_data=a} with
     * {@code Content-Type: application/octet-stream;tt-data=a}, the body the native {@code ttEncrypt} of the
     * SDK's gzip of {@code {"magic_tag": "ss_app_log", "header": {…}, "_gen_time": …}} ({@link Wire#byteDanceTtData}).
     * Header names are the SDK's ({@code Api.KEY_*} in volcengine/datarangers-sdk-android; {@code udid} the IMEI,
     * {@code openudid} the Android ID, {@code mc} the MAC, {@code serial_number} and {@code sim_serial_number}
     * as the decompiled {@code bdtracker} header fills them). {@code device_id} is empty: the server assigns it
     * in its answer.
     */
    static DemoRequest appLog(DeviceIds d, Stage stage) {
        Map<String, Object> header = map("aid", "1128", "app_version", DeviceIds.APP_VERSION, "version_code", 321,
                "channel", "xiaomi", "package", DeviceIds.PACKAGE, "os", "Android", "os_version", DeviceIds.OS_VERSION,
                "os_api", DeviceIds.API_LEVEL, "device_model", DeviceIds.MODEL, "device_brand", DeviceIds.BRAND,
                "openudid", d.androidId, "clientudid", UUID.nameUUIDFromBytes(Wire.utf8(d.androidId)).toString(),
                "udid", d.imei, "mc", d.mac.toLowerCase(java.util.Locale.ROOT), "serial_number", d.serial,
                "sim_serial_number", List.of(map("sim_serial_number", d.iccid)), "carrier", "中国移动",
                "mcc_mnc", "46000", "access", "wifi", "timezone", 8, "sdk_version", "6.14.3", "device_id", "");
        String json = Wire.json(map("magic_tag", "ss_app_log", "header", header, "_gen_time", d.now));
        return new DemoRequest("bytedance_applog", stage, "POST",
                "https://log.snssdk.com/service/2/device_register/?tt_data=a&aid=1128&device_platform=android",
                headers("Content-Type", "application/octet-stream;tt-data=a", "User-Agent", DeviceIds.OKHTTP_UA),
                Wire.byteDanceTtData(Wire.gzip(Wire.utf8(json))),
                "ByteDance AppLog registers the device at start-up, tt-data encrypted: IMEI, Android ID, MAC, serial, ICCID");
    }

    /**
     * Sensors Analytics batch upload: {@code POST /sa?project=…} with the form
     * {@code crc=<String.hashCode of the base64>&gzip=1&data_list=<urlencoded base64(gzip(JSON array))>}, as
     * in sensorsdata/sa-sdk-android's AnalyticsMessages and its C++ sibling's {@code EncodeToRequestBody}.
     * Property names ({@code $device_id}, {@code $oaid}, {@code $latitude}/{@code $longitude} in microdegrees
     * as longs) from SAPresetPropertyPlugin and SensorsDataGPSLocation (cited in the catalog's id_fields).
     */
    static DemoRequest sensors(DeviceIds d, Stage stage) {
        Map<String, Object> props = map("$lib", "Android", "$lib_version", "6.8.0", "$os", "Android",
                "$os_version", DeviceIds.OS_VERSION, "$model", DeviceIds.MODEL, "$manufacturer", DeviceIds.BRAND,
                "$app_version", DeviceIds.APP_VERSION, "$app_id", DeviceIds.PACKAGE, "$carrier", "中国联通",
                "$network_type", "WIFI", "$wifi", true, "$screen_width", 1080, "$screen_height", 2400,
                "$device_id", d.androidId, "$oaid", d.oaid, "$timezone_offset", -480,
                "$latitude", DeviceIds.micro(d.location.lat()), "$longitude", DeviceIds.micro(d.location.lng()),
                "$is_first_day", true, "$resume_from_background", false);
        Map<String, Object> event = map("_track_id", 1_284_667_401, "time", d.now, "type", "track",
                "distinct_id", d.androidId, "anonymous_id", d.androidId,
                "identities", map("$identity_android_id", d.androidId, "$identity_oaid", d.oaid),
                "event", "$AppStart", "properties", props, "_flush_time", d.now + 15_000);
        String dataList = Wire.base64(Wire.gzip(Wire.utf8(Wire.json(List.of(event)))));
        String form = "crc=" + dataList.hashCode() + "&gzip=1&data_list=" + Wire.urlEncode(dataList);
        return new DemoRequest("sensorsdata", stage, "POST",
                "https://example-shop.datasink.sensorsdata.cn/sa?project=production",
                headers("Content-Type", "application/x-www-form-urlencoded", "User-Agent", DeviceIds.DALVIK_UA),
                Wire.utf8(form), "Sensors $AppStart batch: data_list = base64(gzip(JSON)), with GPS in microdegrees");
    }

    /**
     * GrowingIO v3/v4 collect: {@code POST /v3/projects/{accountId}/collect?stm=…} with an
     * {@code EventV3List} protobuf, field numbers from growingio-sdk-android-autotracker's
     * {@code growingio-data/protobuf/src/main/proto/event_v3.proto} (imei = 46, android_id = 47, oaid = 48,
     * google_advertising_id = 49, latitude = 44, longitude = 45). The SDK can also snappy-compress and
     * XOR-encrypt (headers X-Compress-Codec / X-Crypt-Codec); this app left both off.
     */
    static DemoRequest growingIo(DeviceIds d, Stage stage) {
        String deviceId = UUID.nameUUIDFromBytes(Wire.utf8(d.androidId)).toString();
        String session = "9d2b6f0e-5b8c-4d3a-8e71-2c4f0a6b9e13";
        ProtoWriter visit = common(d, deviceId, session, 1)
                .string(33, "WIFI").string(34, "xiaomi").string(36, DeviceIds.OS_VERSION)
                .string(37, DeviceIds.BRAND).string(38, DeviceIds.MODEL).string(39, "PHONE").string(40, "Android")
                .string(42, "示例商城").doubleValue(44, d.location.lat()).doubleValue(45, d.location.lng())
                .string(46, d.imei).string(47, d.androidId).string(48, d.oaid).string(49, d.gaid);
        ProtoWriter custom = common(d, deviceId, session, 2).int64(6, 1).string(22, "add_to_cart")
                .map(24, map2("sku_id", "100023456789", "price", "59.90"));
        byte[] list = new ProtoWriter().message(1, visit).message(1, custom).toByteArray();
        return new DemoRequest("growingio", stage, "POST",
                "https://napi.growingio.com/v3/projects/9f3a51c2e8b04d7a/collect?stm=" + d.now,
                headers("Content-Type", "application/protobuf", "User-Agent", DeviceIds.OKHTTP_UA),
                list, "GrowingIO VISIT + CUSTOM events as an EventV3List protobuf (IMEI, OAID, GAID, GPS)");
    }

    private static ProtoWriter common(DeviceIds d, String deviceId, String session, int sequence) {
        return new ProtoWriter().string(1, deviceId).string(4, session).string(5, "9f3a51c2e8b04d7a")
                .string(7, "Android").int64(8, d.now + sequence).string(9, DeviceIds.PACKAGE)
                .int64(14, sequence).int64(15, sequence).int64(16, 2400).int64(17, 1080).string(18, "zh_CN")
                .string(19, "4.0.0").string(20, DeviceIds.APP_VERSION).int64(54, d.now + 5_000);
    }

    private static Map<String, String> map2(String k1, String v1, String k2, String v2) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
