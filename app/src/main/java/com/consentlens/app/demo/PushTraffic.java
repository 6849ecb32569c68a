package com.consentlens.app.demo;

import java.util.List;
import java.util.Map;

import static com.consentlens.app.demo.DeviceIds.headers;
import static com.consentlens.app.demo.Wire.map;

/**
 * Push SDKs: JPush (极光) and Getui (个推). Both register the device as soon as the Application starts, so
 * they send hardware identifiers before the user has seen the privacy policy unless the app delays their
 * init; both also keep running, and reporting, when the app is in the background.
 */
final class PushTraffic {
    private static final String JPUSH_APPKEY = "1b2c3d4e5f60718293a4b5c6";

    private PushTraffic() {
    }

    /**
     * JPush statistics report: {@code POST https://gd-stats.jpush.cn/v3/report} (host from the catalog:
     * v2fly data/jiguang, AdGuard mobile filter), JSON gzip-compressed with {@code Content-Encoding: gzip}
     * and Basic authorisation over {@code uid:md5(…)}. The content array mixes report types; field names
     * ({@code imei}, {@code android_id}, {@code mac}, {@code imsi}, {@code serial}) as JPush's
     * 收集个人信息 disclosure lists them. {@code background} sends the LBS report (Wi-Fi + GPS) that JPush
     * schedules while the app is not in front.
     */
    static DemoRequest jpush(DeviceIds d, Stage stage, boolean background) {
        long uid = 61_273_889_146L;
        Map<String, Object> item = background
                ? map("type", "loc_info", "itime", d.now / 1000, "network_type", "wifi",
                        "gps", List.of(map("lat", d.location.lat(), "lng", d.location.lng(), "alt", 52.0,
                                "bear", 0.0, "accuracy", 18.5, "itime", d.now / 1000)),
                        "wifi", List.of(map("ssid", "Lab-5G", "bssid", "8c:a6:df:1e:22:91", "rssi", -52)))
                : map("type", "device_info", "itime", d.now / 1000, "imei", d.imei, "android_id", d.androidId,
                        "mac", d.mac, "imsi", d.imsi, "serial", d.serial, "model", DeviceIds.MODEL,
                        "manufacturer", DeviceIds.BRAND, "os_version", DeviceIds.OS_VERSION,
                        "resolution", "1080*2400", "language", "zh_CN", "timezone", "+8");
        Map<String, Object> report = map("platform", "a", "uid", uid, "app_key", JPUSH_APPKEY,
                "sdk_ver", "5.2.0", "core_sdk_ver", "4.4.0", "channel", "developer-default",
                "content", List.of(item));
        String auth = Wire.base64(uid + ":" + Wire.md5(uid + Wire.md5("jpush-demo-secret") + d.now / 1000));
        return new DemoRequest("jpush", stage, "POST", "https://gd-stats.jpush.cn/v3/report",
                headers("Content-Type", "application/json", "Content-Encoding", "gzip", "Charset", "UTF-8",
                        "X-App-Key", JPUSH_APPKEY, "Authorization", "Basic " + auth,
                        "User-Agent", DeviceIds.DALVIK_UA),
                Wire.gzip(Wire.utf8(Wire.json(report))), background
                        ? "JPush LBS report from the background: GPS fix and nearby Wi-Fi"
                        : "JPush registers the device at Application.onCreate: IMEI, IMSI, MAC, serial");
    }

    /**
     * Getui device registration ({@code action: addphoneinfo}) to a {@code *.getui.com} gateway (catalog:
     * v2fly data/getui, docs.getui.com). Getui base64-wraps its JSON body, and the SIM details inside travel
     * base64-encoded again in {@code extra}: a nested base64 the detector must peel twice. {@code deviceid}
     * is SHA-1 of the Android ID.
     */
    static DemoRequest getui(DeviceIds d, Stage stage) {
        String extra = Wire.base64(Wire.json(map("imsi", d.imsi, "iccid", d.iccid, "oaid", d.oaid,
                "operator", "46001", "dual_sim", false)));
        Map<String, Object> info = map("action", "addphoneinfo", "id", "a8f3c2d1e0b94f5a6c7d8e9f0a1b2c3d",
                "appid", "Xk2pQ9rT7mWv3LsY8nBc4A", "info", "ANDROID", "type", "ANDROID",
                "system_version", "Android" + DeviceIds.OS_VERSION, "version", "3.3.5.0",
                "model", DeviceIds.MODEL, "brand", DeviceIds.BRAND, "imei", d.imei, "mac", d.mac,
                "deviceid", Wire.sha1(d.androidId), "extra", extra, "timestamp", d.now);
        return new DemoRequest("getui_push", stage, "POST",
                "https://sdk-open-phone.getui.com/api.php?format=json&t=1",
                headers("Content-Type", "application/octet-stream", "User-Agent", DeviceIds.DALVIK_UA),
                Wire.utf8(Wire.base64(Wire.json(info))),
                "Getui addphoneinfo: base64(JSON) with IMEI, MAC and a nested base64 block of IMSI/ICCID/OAID");
    }
}
