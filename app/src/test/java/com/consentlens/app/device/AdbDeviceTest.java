package com.consentlens.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The last known fix in {@code dumpsys location} as Android versions print it. */
class AdbDeviceTest {
    static Stream<Arguments> dumps() {
        return Stream.of(
                Arguments.of("Android 10", "  gps: last location=Location[gps 39.904200,116.407400 hAcc=10 et=+1h2m3s alt=50.0]",
                        new double[] {39.9042, 116.4074}),
                Arguments.of("Android 12+", "  Last Known Locations:\n    fused: Location[fused 31.230400,121.473700 hAcc=12.0 et=+2d]",
                        new double[] {31.2304, 121.4737}),
                Arguments.of("southern and western", "    network: Location[network -33.868800,-151.209300 hAcc=30]",
                        new double[] {-33.8688, -151.2093}),
                Arguments.of("a zero fix is skipped", "gps: Location[gps 0.000000,0.000000 hAcc=0]\n"
                        + "network: Location[network 22.543100,114.057900 hAcc=40]", new double[] {22.5431, 114.0579}),
                Arguments.of("no fix", "  gps: last location=null\n  Last Known Locations:\n", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dumps")
    void lastKnownLocation_readsTheFirstRealFix(String name, String dumpsys, double[] expected) {
        assertThat(AdbDevice.lastKnownLocation(dumpsys)).isEqualTo(expected);
    }

    static Stream<Arguments> parcels() {
        return Stream.of(
                Arguments.of("Android 9: the IMEI in the text columns", "Result: Parcel(\n"
                        + "  0x00000000: 00000000 0000000f 00390034 00310030 '........4.9.0.1.'\n"
                        + "  0x00000010: 00340035 00300032 00320033 00370033 '5.4.2.0.3.2.3.7.'\n"
                        + "  0x00000020: 00310035 00000038                   '5.1.8...        ')", "490154203237518"),
                Arguments.of("Android 10+: a security exception", "Result: Parcel(\n"
                        + "  0x00000000: ffffffff 00000048 00650047 00440074 '....H...G.e.t.D.'\n"
                        + "  0x00000010: 00760065 00630069 00490065 003a0064 'e.v.i.c.e.I.d.:.'\n"
                        + "  0x00000020: 00550020 00640069 00310020 00300030 ' .U.i.d. .1.0.0.'\n"
                        + "  0x00000030: 00200030 006f0064 00730065 006e0020 '0. .d.o.e.s. .n.')", ""),
                Arguments.of("not Luhn-valid", "Result: Parcel(\n  0x00000000: 00000000 0000000f '8.6.7.5.3.0.0.1.2.3.4.5.6.7.4.')", ""),
                Arguments.of("no parcel", "service: Service iphonesubinfo does not exist", ""));
    }

    static Stream<Arguments> wifiDumps() {
        return Stream.of(
                Arguments.of("Android 10-14: the connected network", "Wi-Fi is enabled\n"
                        + "mWifiInfo SSID: \"Lab-5G\", BSSID: 5c:02:14:a8:3b:7f, MAC: 02:00:00:00:00:00, Supplicant "
                        + "state: COMPLETED, Wi-Fi standard: 11ac, RSSI: -45\n"
                        + "Latest scan results:\n  a4:56:02:11:22:33  2437  -70  [WPA2-PSK-CCMP][ESS]  CMCC",
                        "5C:02:14:A8:3B:7F"),
                Arguments.of("cmd wifi status wording", "Wifi is connected to \"Lab\"\nWifiInfo: SSID: \"Lab\", "
                        + "BSSID: d4:ee:07:5a:21:c3, MAC: 02:00:00:00:00:00", "D4:EE:07:5A:21:C3"),
                Arguments.of("not connected: the placeholder", "mWifiInfo SSID: <unknown ssid>, BSSID: 02:00:00:00:00:00, "
                        + "MAC: 02:00:00:00:00:00, Supplicant state: DISCONNECTED", ""),
                Arguments.of("Wi-Fi off: only a scan list", "Wi-Fi is disabled\nLatest scan results:\n"
                        + "  a4:56:02:11:22:33  2437  -70  [ESS]  CMCC", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wifiDumps")
    void connectedBssid_readsOnlyTheConnectedNetwork(String name, String dumpsys, String bssid) {
        assertThat(AdbDevice.connectedBssid(dumpsys)).isEqualTo(bssid);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parcels")
    void imeiFromParcel_keepsOnlyAValidImei(String name, String reply, String imei) {
        assertThat(AdbDevice.imeiFromParcel(reply)).isEqualTo(imei);
    }
}
