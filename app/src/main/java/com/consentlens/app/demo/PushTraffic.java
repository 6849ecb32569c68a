package com.consentlens.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    private static final String GETUI_CID = "8f2b7cd15e3a4e0f9c6d2a1b0e4f7a93";
    private static final String GETUI_APPID = "kG7wQ2pX9LaB3vN5mR8tY1";

    private PushTraffic() {
    }

    /**
     * JPush statistics report: {@code POST https://stats.jpush.cn/v3/report} with {@code x-app-key} and
     * {@code authorization: Basic …} headers and a compressed binary body, answered {@code {"code":200,
     * "desc":"success"}} (a public API capture of a JPush app; host under the catalog's {@code *.jpush.cn}).
     * The demo's body is gzip JSON with Basic authorisation over {@code uid:md5(…)}. The content array
     * mixes report types; field names
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
        return new DemoRequest("jpush", stage, "POST", "https://stats.jpush.cn/v3/report",
                headers("Content-Type", "application/json", "Content-Encoding", "gzip", "Charset", "UTF-8",
                        "X-App-Key", JPUSH_APPKEY, "Authorization", "Basic " + auth,
                        "User-Agent", DeviceIds.DALVIK_UA),
                Wire.gzip(Wire.utf8(Wire.json(report))), background
                        ? "JPush LBS report from the background: GPS fix and nearby Wi-Fi"
                        : "JPush registers the device at Application.onCreate: IMEI, IMSI, MAC, serial");
    }

    /**
     * Getui device registration: {@code {"action":"addphoneinfo","id":…,"info":{model, sim, imei, mac, version,
     * channelid, type, app, deviceid: "ANDROID-…", system_version, cell}}}, the field list of the SDK's
     * {@code com.igexin.push.core.bean.a} (decompiled in public app sources), to a {@code *.getui.com}
     * gateway (catalog: v2fly data/getui, docs.getui.com). Getui encrypts this on the wire; the demo
     * base64-wraps it instead, and carries the SIM block ({@code cell}) as a base64 string inside: a nested
     * base64 the detector must peel twice. {@code deviceid} is SHA-1 of the Android ID.
     */
    static DemoRequest getui(DeviceIds d, Stage stage) {
        String cell = Wire.base64(Wire.json(map("imsi", d.imsi, "iccid", d.iccid, "operator", "46001")));
        Map<String, Object> info = map("model", DeviceIds.MODEL, "sim", d.imsi, "imei", d.imei, "mac", d.mac,
                "version", "3.3.5.0", "channelid", "open:xiaomi", "type", "ANDROID", "app", "MDP",
                "deviceid", "ANDROID-" + Wire.sha1(d.androidId), "system_version", "android" + DeviceIds.OS_VERSION,
                "cell", cell);
        Map<String, Object> body = map("action", "addphoneinfo", "id", Long.toString(d.now), "info", info);
        return new DemoRequest("getui_push", stage, "POST",
                "https://sdk-open-phone.getui.com/api.php?format=json&t=1",
                headers("Content-Type", "application/octet-stream", "User-Agent", DeviceIds.DALVIK_UA),
                Wire.utf8(Wire.base64(Wire.json(body))),
                "Getui addphoneinfo: base64(JSON) with IMEI, MAC, IMSI and a nested base64 SIM block (ICCID)");
    }

    /**
     * GetuiExt's installed-app report ({@code action: reportApps}), as the decompiled {@code com.igexin.getuiext}
     * builds it: every non-system app's package, version code and APK checksum as a JSON array, gzipped,
     * framed between the first and last 8 hex digits of an MD5 of the time, turned into a string one
     * character per byte ({@code new String(bytes, "ISO-8859-1")}) and put into the JSON it posts to
     * {@code sdk.open.phone.igexin.com/api.php}. Sent once the push client id is known, at start-up.
     */
    static DemoRequest getuiAppReport(DeviceIds d, Stage stage) {
        List<Map<String, Object>> apps = new ArrayList<>();
        for (String pkg : d.profile.installedApps()) {
            apps.add(map("pkgname", pkg, "versionCode", Integer.toString(1000 + pkg.length() * 37),
                    "checksum", Wire.upper(Wire.md5(pkg + d.androidId))));
        }
        String time = Wire.md5(Long.toString(d.now));
        byte[] gzip = Wire.gzip(Wire.utf8(Wire.json(apps)));
        byte[] frame = java.nio.ByteBuffer.allocate(gzip.length + 16).put(Wire.utf8(time.substring(0, 8))).put(gzip)
                .put(Wire.utf8(time.substring(24, 32))).array();
        Map<String, Object> body = map("action", "reportApps", "cid", GETUI_CID, "app_id", GETUI_APPID,
                "selfpkg", DeviceIds.PACKAGE, "apps", new String(frame, StandardCharsets.ISO_8859_1));
        return new DemoRequest("getui_push", stage, "POST", "https://sdk.open.phone.igexin.com/api.php",
                headers("User-Agent", DeviceIds.DALVIK_UA), Wire.utf8(Wire.json(body)),
                "GetuiExt reportApps: the installed-app list, gzip framed by hex digits, as characters in JSON");
    }
}
