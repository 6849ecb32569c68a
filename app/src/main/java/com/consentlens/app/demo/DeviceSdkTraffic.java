package com.consentlens.app.demo;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static com.consentlens.app.demo.DeviceIds.headers;
import static com.consentlens.app.demo.Wire.map;

/**
 * SDKs that read the device itself: Tencent Bugly (crash reporting, uploads a device profile at start-up)
 * and Baidu location (positions the phone from cell, Wi-Fi and GPS, and keeps doing it in the background).
 */
final class DeviceSdkTraffic {
    private DeviceSdkTraffic() {
    }

    /**
     * Bugly start-up upload: {@code POST https://android.bugly.qq.com/rqd/async?aid=…} (StrategyBean's
     * default URL in many decompiled apps). Headers {@code tls, prodId, bundleId, appVer, cmd, platformId,
     * sdkVer, strategylastUpdateTime} exactly as the SDK's upload task puts them; the body is JCE (Tars)
     * bytes "zipped" with type 2 (gzip). Bugly can also AES-encrypt; this build does not. The request
     * package's field order is modelled on Bugly's RequestPackage (platformId, prodId, bundleId, version,
     * cmd, sBuffer, model, osVer, reserved, sessionId, strategylastUpdateTime, deviceId), not byte-verified.
     */
    static DemoRequest bugly(DeviceIds d, Stage stage) {
        byte[] userInfo = new JceWriter().string(0, d.androidId).string(1, DeviceIds.MODEL)
                .integer(2, d.now).string(3, d.imei).string(4, d.mac).string(5, d.imsi).toByteArray();
        Map<String, String> reserved = new TreeMap<>(Map.of("A26", "arm64-v8a", "F10", "0", "G12", d.serial));
        byte[] pkg = new JceWriter().integer(0, 1).string(1, "4d6e7f8a90").string(2, DeviceIds.PACKAGE)
                .string(3, DeviceIds.APP_VERSION).integer(4, 840).bytes(5, userInfo).string(6, DeviceIds.MODEL)
                .string(7, DeviceIds.OS_VERSION).map(8, reserved).string(9, "s-" + d.now)
                .integer(10, 0).string(11, d.androidId).toByteArray();
        return new DemoRequest("tencent_bugly", stage, "POST",
                "https://android.bugly.qq.com/rqd/async?aid=" + UUID.nameUUIDFromBytes(Wire.utf8(d.serial)),
                headers("tls", "1", "prodId", "4d6e7f8a90", "bundleId", DeviceIds.PACKAGE,
                        "appVer", DeviceIds.APP_VERSION, "cmd", "840", "platformId", "1", "sdkVer", "4.1.9.3",
                        "strategylastUpdateTime", "0", "Content-Type", "application/octet-stream",
                        "User-Agent", DeviceIds.DALVIK_UA),
                Wire.gzip(pkg), "Bugly start-up report: gzip(JCE) with Android ID, IMEI, MAC, IMSI, serial");
    }

    /**
     * Baidu location request: {@code POST https://loc.map.baidu.com/sdk.php} with one form field
     * {@code bloc}, whose parameters ({@code &cl=mcc|mnc|lac|cid&wf=bssid;rssi;|…&addr=detail&coor=gcj02
     * &os=android&prod=…&im=<IMEI>}) follow the BMapLocator request builder decompiled in Dianping's app.
     * The real SDK scrambles the string (BMapDigester); the demo sends it plain. The last GPS fix is in
     * GCJ-02 microdegrees ({@code ll=lng,lat}), the form every China map SDK works in. The Wi-Fi scan
     * ({@code wf}, BSSIDs as 12 hex digits) starts with the lab router the phone is on.
     */
    static DemoRequest baiduLocation(DeviceIds d, Stage stage) {
        double[] gcj = ChinaCoordinates.toGcj02(d.location.lat(), d.location.lng());
        String bloc = "&cl=460|1|4513|22093311&clt=460|1|4513|22093311|1;10"
                + "&wf=" + d.bssid.replace(":", "").toLowerCase(Locale.ROOT) + ";52;|5c63bfa07b11;71;|f4ec38d62a40;80;"
                + "&addr=detail&coor=gcj02&os=android&prod=" + DeviceIds.PACKAGE + ":" + DeviceIds.APP_VERSION
                + "&im=" + d.imei + "&mb=" + DeviceIds.MODEL + "&sv=9.3.5"
                + "&ll=" + DeviceIds.micro(gcj[1]) + "," + DeviceIds.micro(gcj[0]) + "&ll_t=" + d.now / 1000;
        return new DemoRequest("baidu_lbs", stage, "POST", "https://loc.map.baidu.com/sdk.php",
                headers("Content-Type", "application/x-www-form-urlencoded", "User-Agent", DeviceIds.DALVIK_UA),
                Wire.utf8(Wire.form(map("bloc", bloc, "trtm", d.now / 1000))),
                "Baidu location: cell + Wi-Fi scan + GCJ-02 GPS fix in microdegrees, with the IMEI");
    }
}
