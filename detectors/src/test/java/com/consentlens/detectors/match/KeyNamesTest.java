package com.consentlens.detectors.match;

import com.consentlens.model.PiiType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What SDK field names announce, as the SDKs use them (sources in {@link KeyNames}): {@code -} for a name that
 * announces nothing, and whether the name is a Wi-Fi access point's address (its BSSID, a scan list).
 */
class KeyNamesTest {
    @ParameterizedTest(name = "{0} -> {1}, access point {2}")
    @CsvSource({
            "imei,                 IMEI,       false",
            "imei_md5,             IMEI,       false",
            "udid,                 IMEI,       false",   // ByteDance AppLog and Pangle log headers
            "udid_list,            -,          false",   // a list of {id, type} pairs, read by NameValuePairs
            "$oaid,                OAID,       false",
            "imsi,                 IMSI,       false",
            "imsi_2,               IMSI,       false",
            "sim_imsi,             IMSI,       false",
            "claimsInfo,           -,          false",
            "sim_serial_number,    ICCID,      false",   // AppLog
            "iccid,                ICCID,      false",
            "gps_adid,             GAID,       false",
            "openudid,             ANDROID_ID, false",
            "$identity_android_id, ANDROID_ID, false",
            "mac,                  MAC,        false",
            "mc,                   MAC,        false",   // Umeng, Pangle, AppLog
            "local_wifi_mac,       MAC,        false",
            "wifi_mac,             -,          true",    // Pangle: the connected access point's BSSID
            "bssid,                -,          true",
            "router_mac,           -,          true",
            "wifi_list,            -,          true",    // a Wi-Fi scan list
            "wifiScanResults,      -,          true",
            "nearby_wifi,          -,          true",
            "wifi,                 -,          false",   // as often the phone's own Wi-Fi interface
            "wf,                   -,          true",    // Baidu location's scan: "bssid;rssi;|…"
            "wifi_ssid,            -,          false",   // a network's name, not an address
            "build_serial,         SERIAL,     false",   // Pangle, AppLog
            "serial_no,            -,          false",   // a payment flow number (流水号) as often as not
            "serial_number,        -,          false",
            "order_id,             -,          false",
    })
    void announces(String name, String type, boolean accessPoint) {
        PiiType expected = type.equals("-") ? null : PiiType.valueOf(type);

        assertThat(KeyNames.announced(name)).isEqualTo(expected);
        assertThat(KeyNames.namesAccessPointNormalized(KeyNames.normalize(name))).isEqualTo(accessPoint);
    }

    @ParameterizedTest(name = "{0} -> a list of access points: {1}")
    @CsvSource({
            "wifiAccessPoints, true",    // Google's and Mozilla's geolocation requests
            "wifiinfo,         true",    // Tencent's network location
            "scanResults,      true",    // Android's WifiManager.getScanResults, serialised
            "wlan_list,        true",
            "aps,              true",
            "cellTowers,       false",
            "events,           false",
            "apps,             false",
            "devices,          false",
    })
    void namesAListOfAccessPoints(String name, boolean list) {
        assertThat(KeyNames.namesAccessPointListNormalized(KeyNames.normalize(name))).isEqualTo(list);
    }
}
