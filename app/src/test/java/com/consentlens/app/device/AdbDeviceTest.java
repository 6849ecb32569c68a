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
}
