package com.consentlens.detectors.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.consentlens.model.GeoPoint;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The datum conversions against the reference values published with wandergis/coordtransform
 * (test/app.js: the point lng 116.404, lat 39.915 through each conversion), and their use as circles.
 */
class ChinaDatumsTest {
    static Stream<Arguments> reference() {
        return Stream.of(
                Arguments.of("wgs84 → gcj02", ChinaDatums.wgsToGcj(39.915, 116.404), 39.91640428150164, 116.41024449916938),
                Arguments.of("gcj02 → wgs84", ChinaDatums.gcjToWgs(39.915, 116.404), 39.91359571849836, 116.39775550083061),
                Arguments.of("gcj02 → bd09", ChinaDatums.gcjToBd(39.915, 116.404), 39.92133699351021, 116.41036949371029),
                Arguments.of("bd09 → gcj02", ChinaDatums.bdToGcj(39.915, 116.404), 39.90865673957631, 116.39762729119315),
                Arguments.of("outside China nothing moves", ChinaDatums.wgsToGcj(48.8584, 2.2945), 48.8584, 2.2945));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reference")
    void conversions_matchThePublishedValues(String name, double[] latLng, double lat, double lng) {
        assertThat(latLng[0]).isCloseTo(lat, within(1e-9));
        assertThat(latLng[1]).isCloseTo(lng, within(1e-9));
    }

    @Test
    void homes_areThePointAndItsShiftsInOrder() {
        GeoPoint home = new GeoPoint(39.9042, 116.4074, 100);
        List<ChinaDatums.Home> homes = ChinaDatums.homes(home);
        assertThat(homes).extracting(ChinaDatums.Home::datum).containsExactly("", "gcj-02", "bd-09", "wgs-84");
        assertThat(homes.get(0).circle()).isEqualTo(home);
        // GCJ-02 moves Beijing by several hundred metres, BD-09 by about a kilometre more: beyond a 100 m radius
        assertThat(home.distanceMeters(homes.get(1).circle().lat(), homes.get(1).circle().lng())).isBetween(300.0, 900.0);
        assertThat(home.distanceMeters(homes.get(2).circle().lat(), homes.get(2).circle().lng())).isBetween(900.0, 2000.0);
        assertThat(homes).allSatisfy(h -> assertThat(h.circle().radiusMeters()).isEqualTo(100.0));
    }
}
