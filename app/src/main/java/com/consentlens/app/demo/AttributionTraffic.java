package com.consentlens.app.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.consentlens.app.demo.DeviceIds.headers;
import static com.consentlens.app.demo.Wire.map;

/**
 * Mobile attribution SDKs: Adjust, AppsFlyer and Branch. They match an install to the ad click that caused
 * it, so their first request carries every advertising and hardware ID the app can read; Branch's older
 * SDKs also uploaded the list of installed apps.
 */
final class AttributionTraffic {
    private static final DateTimeFormatter ADJUST_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'Z").withZone(ZoneOffset.ofHours(8));

    private AttributionTraffic() {
    }

    /**
     * Adjust session: {@code POST https://app.adjust.com/session}, form-encoded. Parameter names from
     * adjust/android_sdk {@code PackageBuilder.getSessionParameters} ({@code android_uuid, gps_adid,
     * gps_adid_src, tracking_enabled, app_token, created_at, …}); {@code imei} and {@code oaid} come from the
     * adjust-android-imei and -oaid plugins that Chinese builds add.
     */
    static DemoRequest adjust(DeviceIds d, Stage stage) {
        String created = ADJUST_TIME.format(Instant.ofEpochMilli(d.now));
        Map<String, Object> p = map("android_uuid", "0b0f6c7e-3d55-4a8f-b6a2-1f9e8d7c6b5a", "gps_adid", d.gaid,
                "gps_adid_attempt", 1, "gps_adid_src", "service", "tracking_enabled", 1, "oaid", d.oaid,
                "imei", d.imei, "api_level", DeviceIds.API_LEVEL, "app_token", "2fm9gkqubvpc",
                "app_version", DeviceIds.APP_VERSION, "attribution_deeplink", 1, "connectivity_type", 1,
                "country", "CN", "cpu_type", "arm64-v8a", "created_at", created, "device_manufacturer", "Xiaomi",
                "device_name", DeviceIds.MODEL, "device_type", "phone", "display_height", 2400,
                "display_width", 1080, "environment", "production", "event_buffering_enabled", 0,
                "hardware_name", "TKQ1.220829.002", "language", "zh", "mcc", "460", "mnc", "01",
                "needs_response_details", 1, "os_name", "android", "os_version", DeviceIds.OS_VERSION,
                "package_name", DeviceIds.PACKAGE, "screen_density", "high", "screen_format", "long",
                "screen_size", "normal", "session_count", 1, "sent_at", created);
        return new DemoRequest("adjust", stage, "POST", "https://app.adjust.com/session",
                headers("Client-SDK", "android4.38.3", "Content-Type", "application/x-www-form-urlencoded",
                        "User-Agent", DeviceIds.DALVIK_UA),
                Wire.utf8(Wire.form(p)), "Adjust first session: GAID, OAID and IMEI as form fields");
    }

    /**
     * AppsFlyer launch: {@code POST https://launches.appsflyersdk.com/api/v6.12/androidevent?app_id=…}
     * (hosts from the catalog: AdGuard mobile filter), JSON with {@code advertiserId} (GAID),
     * {@code android_id}, {@code imei}, {@code oaid} and a {@code deviceData} block, as in the SDK's
     * documented "collect IMEI / Android ID / OAID" options.
     */
    static DemoRequest appsFlyer(DeviceIds d, Stage stage) {
        Map<String, Object> body = map("advertiserId", d.gaid, "advertiserIdEnabled", "true",
                "android_id", d.androidId, "imei", d.imei, "oaid", d.oaid, "isGaidWithGps", "true",
                "appsflyerKey", "Qe8Jp2mXfT4vLk9sR6wYbC", "uid", "1763890872345-4317289046512398711",
                "app_version_name", DeviceIds.APP_VERSION, "app_version_code", "321", "counter", "1",
                "iaecounter", "0", "timepassedsincelastlaunch", "-1", "af_timestamp", Long.toString(d.now),
                "lang", "中文", "lang_code", "zh", "country", "CN", "operator", "中国联通",
                "carrier", "中国联通",
                "network", "WIFI", "brand", DeviceIds.BRAND, "model", DeviceIds.MODEL, "sdk", "33",
                "platformextension", "android_native", "deviceType", "user",
                "deviceData", map("cpu_abi", "arm64-v8a", "build_display_id", "TKQ1.220829.002",
                        "arch", "aarch64", "dim", map("x_px", 1080, "y_px", 2400, "d_dpi", 440, "size", 2)));
        return new DemoRequest("appsflyer", stage, "POST",
                "https://launches.appsflyersdk.com/api/v6.12/androidevent?app_id=com.example.shop&buildnumber=6.12.2",
                headers("Content-Type", "application/json", "User-Agent", DeviceIds.DALVIK_UA),
                Wire.utf8(Wire.json(body)), "AppsFlyer launch: GAID, Android ID, IMEI, OAID in JSON");
    }

    /**
     * Branch install: {@code POST https://api2.branch.io/v1/install}; keys ({@code hardware_id,
     * is_hardware_id_real, advertising_ids.aaid, google_advertising_id, lat_val, …}) from
     * BranchMetrics/android-branch-deep-linking-attribution's {@code Defines.Jsonkey}.
     */
    static DemoRequest branchInstall(DeviceIds d, Stage stage) {
        Map<String, Object> body = map("hardware_id", d.androidId, "is_hardware_id_real", true,
                "brand", DeviceIds.BRAND, "model", DeviceIds.MODEL, "screen_dpi", 440, "screen_height", 2400,
                "screen_width", 1080, "wifi", true, "ui_mode", "UI_MODE_TYPE_NORMAL", "os", "Android",
                "os_version", DeviceIds.API_LEVEL, "country", "CN", "language", "zh", "local_ip", "192.168.31.87",
                "advertising_ids", map("aaid", d.gaid), "google_advertising_id", d.gaid, "lat_val", 0,
                "app_version", DeviceIds.APP_VERSION, "first_install_time", d.now - 120_000,
                "latest_install_time", d.now - 120_000, "is_referrable", 1, "debug", false, "update", 0,
                "metadata", map(), "branch_key", "key_live_hcnegAumkH7Kv18M8AOHhfgiohpXq5tB",
                "sdk", "android5.9.0", "retryNumber", 0);
        return new DemoRequest("branch", stage, "POST", "https://api2.branch.io/v1/install",
                headers("Content-Type", "application/json", "User-Agent", DeviceIds.DALVIK_UA),
                Wire.utf8(Wire.json(body)), "Branch install: Android ID as hardware_id, GAID");
    }

    /**
     * Branch app-list upload ({@code apps_data}): Branch 1.x SDKs posted the installed packages, with
     * install dates, to {@code /v1/applist} for cross-app "content discovery". An app list is personal data
     * under 337号 (APP_LIST_COLLECTION): it reveals banking, health and dating apps.
     */
    static DemoRequest branchAppList(DeviceIds d, Stage stage) {
        List<Map<String, Object>> apps = new ArrayList<>();
        long installed = d.now - 86_400_000L * 200;
        for (String pkg : d.profile.installedApps()) {
            apps.add(map("app_identifier", pkg, "public_source_dir", "/data/app/" + pkg + "-1/base.apk",
                    "install_date", installed, "last_update_date", installed + 86_400_000L * 30,
                    "is_system", false));
            installed += 86_400_000L * 11;
        }
        Map<String, Object> body = map("apps_data", apps, "hardware_id", d.androidId, "os", "Android",
                "device_fingerprint_id", "1184233512345678901",
                "branch_key", "key_live_hcnegAumkH7Kv18M8AOHhfgiohpXq5tB",
                "sdk", "android1.14.5");
        return new DemoRequest("branch", stage, "POST", "https://api.branch.io/v1/applist",
                headers("Content-Type", "application/json", "User-Agent", DeviceIds.DALVIK_UA),
                Wire.utf8(Wire.json(body)), "Branch apps_data: the installed-app list with install dates");
    }
}
