package com.consentlens.app.demo;

import com.consentlens.model.DeviceProfile;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.Header;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulated phone's identifiers as SDK code reads them from Android APIs: the first value of each
 * profile list, or an empty string where the phone has none (Android 10+ returns nothing for IMEI to
 * ordinary apps; the demo phone is an older, permissive one). Also the fixed hardware facts every SDK
 * reports alongside (model, OS version, screen), so the requests read like one phone.
 */
final class DeviceIds {
    static final String MODEL = "2201123C";
    static final String BRAND = "Xiaomi";
    static final String OS_VERSION = "13";
    static final int API_LEVEL = 33;
    static final String APP_VERSION = "3.2.1";
    static final String PACKAGE = "com.example.shop";
    static final String DALVIK_UA = "Dalvik/2.1.0 (Linux; U; Android 13; 2201123C Build/TKQ1.220829.002)";
    static final String OKHTTP_UA = "okhttp/4.10.0";

    final String imei;
    final String meid;
    final String imsi;
    final String iccid;
    final String oaid;
    final String gaid;
    final String androidId;
    final String mac;
    final String serial;
    final String phone;
    final String email;
    /** The lab router the phone is on (the profile's first {@code bssid}), as {@code AC:37:…}. */
    final String bssid;
    final GeoPoint location;
    final DeviceProfile profile;
    /** Capture time of the script; SDK timestamps derive from it so a replay reads in order. */
    final long now;

    DeviceIds(DeviceProfile device, long now) {
        this.profile = device;
        this.imei = first(device.imei());
        this.meid = first(device.meid());
        this.imsi = first(device.imsi());
        this.iccid = first(device.iccid());
        this.oaid = first(device.oaid());
        this.gaid = first(device.gaid());
        this.androidId = first(device.androidId());
        this.mac = first(device.mac());
        this.serial = first(device.serial());
        this.phone = first(device.phone());
        this.email = first(device.email());
        this.bssid = first(device.bssid()).isEmpty() ? DemoProfile.LAB_ROUTER_BSSID : first(device.bssid());
        this.location = device.location() != null ? device.location() : new GeoPoint(39.9042, 116.4074, 2000);
        this.now = now;
    }

    /** Microdegrees (degrees × 10⁶, as a long), the unit Sensors and several Chinese SDKs store. */
    static long micro(double degrees) {
        return Math.round(degrees * 1_000_000);
    }

    static List<Header> headers(String... namesAndValues) {
        List<Header> list = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.add(new Header(namesAndValues[i], namesAndValues[i + 1]));
        }
        return list;
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? "" : values.get(0);
    }
}
