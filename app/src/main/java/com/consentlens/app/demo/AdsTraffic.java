package com.consentlens.app.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.consentlens.app.demo.DeviceIds.headers;
import static com.consentlens.app.demo.Wire.map;

/**
 * Ad SDKs: Pangle (穿山甲, ByteDance) and Tencent GDT (优量汇/广点通). Ad networks need a stable device key
 * to frequency-cap and attribute, so they send hardware IDs (GDT hashes the IMEI into its {@code muid}).
 */
final class AdsTraffic {
    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.ofHours(8));

    private AdsTraffic() {
    }

    /**
     * Pangle's AppLog: {@code POST https://log-api.pangolin-sdk-toutiao.com/service/2/app_log/} (host from
     * the catalog: AWAvenue-Ads-Rule). Pangle embeds ByteDance's AppLog, whose header keys ({@code openudid,
     * clientudid, udid, mc, oaid, serial_number, sim_serial_number, mcc_mnc}) are those of
     * volcengine/datarangers-sdk-android (Api.java, ApiParamsTest, cited in the catalog's id_fields).
     * Sent gzip-compressed as {@code Content-Encoding: gzip}.
     */
    static DemoRequest pangle(DeviceIds d, Stage stage) {
        Map<String, Object> header = map("aid", "5001121", "app_name", "example_shop", "package", DeviceIds.PACKAGE,
                "app_version", DeviceIds.APP_VERSION, "version_code", 321, "sdk_version", "5.6.0.4",
                "os", "Android", "os_version", DeviceIds.OS_VERSION, "os_api", DeviceIds.API_LEVEL,
                "device_model", DeviceIds.MODEL, "device_brand", DeviceIds.BRAND, "device_manufacturer", "Xiaomi",
                "openudid", d.androidId, "clientudid", "1c5e8d62-0b4a-4f7e-9a31-6d2f8c0e4b75", "udid", d.imei,
                "mc", d.mac, "oaid", d.oaid, "serial_number", d.serial, "sim_serial_number", d.iccid,
                "carrier", "中国联通", "mcc_mnc", "46001", "access", "wifi", "resolution", "2400*1080",
                "display_density", "xxhdpi", "density_dpi", 440, "language", "zh", "region", "CN",
                "tz_name", "Asia/Shanghai", "timezone", 8);
        Map<String, Object> log = map("magic_tag", "ss_app_log", "header", header,
                "launch", List.of(map("datetime", LOCAL_TIME.format(Instant.ofEpochMilli(d.now)),
                        "session_id", "b7a1e0c4-3f2d",
                        "local_time_ms", d.now)),
                "event_v3", List.of(map("event", "load_ad", "params", Wire.json(map("rit", "948317652",
                        "ad_slot_type", 5, "req_id", "7e1d4f8a2c")), "local_time_ms", d.now + 300)),
                "_gen_time", d.now + 500);
        return new DemoRequest("pangle_cn", stage, "POST",
                "https://log-api.pangolin-sdk-toutiao.com/service/2/app_log/?aid=5001121&device_platform=android",
                headers("Content-Type", "application/json; charset=utf-8", "Content-Encoding", "gzip",
                        "User-Agent", DeviceIds.OKHTTP_UA),
                Wire.gzip(Wire.utf8(Wire.json(log))),
                "Pangle AppLog launch + load_ad: IMEI (udid), Android ID (openudid), MAC, ICCID, serial");
    }

    /**
     * Pangle's ad request: {@code POST https://api-access.pangolin-sdk-toutiao.com/api/ad/union/sdk/get_ads/}
     * with {@code {"message": …, "cypher": 3}}. The SDK's {@code com.bytedance.sdk.component.utils} helper
     * (decompiled in several public app dumps) encrypts the request JSON with a fresh random key that it sends
     * in the message itself ({@link Wire#pangleCypher3}); the device object's keys ({@code imei, android_id,
     * mac, oaid}, the connected access point's {@code wifi_mac}: the lab router) are those of openadsdk's
     * {@code utils/i.java}.
     */
    static DemoRequest pangleGetAds(DeviceIds d, Stage stage) {
        Map<String, Object> device = map("imei", d.imei, "android_id", d.androidId, "oaid", d.oaid, "mac", d.mac,
                "wifi_mac", d.bssid.toLowerCase(Locale.ROOT), "uuid", "", "os", 1, "os_version", DeviceIds.OS_VERSION,
                "model", DeviceIds.MODEL, "vendor", DeviceIds.BRAND, "conn_type", 1, "screen_width", 1080,
                "screen_height", 2400, "language", "zh", "timezone", 8);
        Map<String, Object> request = map("request_id", "8f3b2a1c-6d4e-4b7a-9c0d-2e5f7a1b3c4d",
                "ad_sdk_version", "5.6.0.4", "source_type", "app",
                "app", map("appid", "5001121", "name", "example_shop", "package_name", DeviceIds.PACKAGE,
                        "version", DeviceIds.APP_VERSION),
                "device", device, "adslots", List.of(map("id", "948317652", "adtype", 5, "ad_count", 1)),
                "ts", d.now / 1000);
        byte[] body = Wire.utf8(Wire.json(map("message", Wire.pangleCypher3(Wire.json(request)), "cypher", 3)));
        return new DemoRequest("pangle_cn", stage, "POST",
                "https://api-access.pangolin-sdk-toutiao.com/api/ad/union/sdk/get_ads/",
                headers("Content-Type", "application/json; charset=utf-8", "User-Agent", DeviceIds.OKHTTP_UA), body,
                "Pangle ad request, encrypted with a key sent in the message: IMEI, Android ID, MAC, OAID");
    }

    /**
     * Kuaishou's ad request ({@code com.kwad.sdk}): {@code POST https://open.e.kuaishou.com/rest/e/v3/open/univ}
     * with {@code Ks-Encoding: 2} and {@code {"version", "appId", "message"}}, the message being base64 of the
     * request JSON gzipped and AES-128-ECB-encrypted under the SDK's constant key ({@link Wire#kuaishouMessage});
     * {@code deviceInfo.deviceId} is {@code "ANDROID_" +} the Android ID (kwad {@code utils/bd.java}).
     */
    static DemoRequest kuaishou(DeviceIds d, Stage stage) {
        Map<String, Object> request = map("protocolVersion", "2.0", "SDKVersion", "3.3.55.2",
                "appInfo", map("appId", "1091400011", "packageName", DeviceIds.PACKAGE, "version", DeviceIds.APP_VERSION),
                "deviceInfo", map("imei", d.imei, "oaid", d.oaid, "androidId", d.androidId,
                        "deviceId", "ANDROID_" + d.androidId, "osType", 1, "osVersion", DeviceIds.OS_VERSION,
                        "deviceModel", DeviceIds.MODEL, "screenWidth", 1080, "screenHeight", 2400),
                "networkInfo", map("connectionType", 100, "operatorType", 2),
                "impInfo", List.of(map("posId", 7788001, "adNum", 1, "adStyle", 2)),
                "timestamp", Long.toString(d.now));
        byte[] body = Wire.utf8(Wire.json(map("version", "3.3.55.2", "appVersion", DeviceIds.APP_VERSION,
                "appId", "1091400011", "message", Wire.kuaishouMessage(Wire.json(request)))));
        return new DemoRequest("kuaishou_ads", stage, "POST", "https://open.e.kuaishou.com/rest/e/v3/open/univ",
                headers("Content-Type", "application/json; charset=utf-8", "Ks-Encoding", "2",
                        "User-Agent", DeviceIds.OKHTTP_UA + "-ksad-android-3.3.55.2"), body,
                "Kuaishou ad request, AES under the SDK's constant key: IMEI, OAID, Android ID");
    }

    /**
     * GDT ad request: {@code GET https://mi.gdt.qq.com/gdt_mview.fcg?…&ext=…} (host from the catalog: AdGuard,
     * AWAvenue). The {@code ext} parameter is URL-encoded JSON whose {@code req} object carries
     * {@code muid}, the lower-case MD5 of the IMEI with {@code muidtype: 1} (GDT's and Tencent Ads'
     * documented device-ID convention: md5 of IMEI, lower case), and the Android ID as upper-case MD5.
     */
    static DemoRequest gdt(DeviceIds d, Stage stage) {
        Map<String, Object> req = map("muidtype", 1, "muid", Wire.md5(d.imei),
                "c_hl", "zh", "c_os", "android", "c_osver", DeviceIds.OS_VERSION, "c_device", DeviceIds.MODEL,
                "c_mf", DeviceIds.BRAND, "c_pkgname", DeviceIds.PACKAGE, "c_ori", 0, "conn", 1, "carrier", 2,
                "md5_android_id", Wire.upper(Wire.md5(d.androidId)), "oaid", d.oaid,
                "sdk_st", 1, "sdkver", "4.542.1412", "scs", "0001" + d.now % 100_000);
        String ext = Wire.json(map("req", req));
        String url = "https://mi.gdt.qq.com/gdt_mview.fcg?adposcount=1&count=1&posid=7051627384950617"
                + "&posw=1080&posh=1920&charset=utf8&datatype=2&support_https=1&ext=" + Wire.urlEncode(ext);
        return new DemoRequest("tencent_gdt", stage, "GET", url,
                headers("User-Agent", DeviceIds.DALVIK_UA, "Accept-Encoding", "gzip"), null,
                "GDT splash ad request: muid = md5(IMEI), MD5(Android ID) upper case, OAID");
    }
}
