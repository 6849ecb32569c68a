package com.consentlens.ui.model;

import static com.consentlens.ui.Fixtures.JPUSH;
import static com.consentlens.ui.Fixtures.UMENG;
import static com.consentlens.ui.Fixtures.judged;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Finding;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimelineModelTest {
    private static final double W = TimelineModel.LABEL_WIDTH + 1000;
    private final TimelineModel geo = new TimelineModel();

    /** Marker lines (x), name widths, canvas width → where each name starts. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("labelRows")
    void markerLabels_rightOfTheirLinesUnlessTheyWouldMeet(String name, double[] lines, double[] widths, double canvas,
            double[] expected) {
        double[] xs = TimelineModel.markerLabelXs(lines, widths, canvas);

        assertThat(xs).containsExactly(expected, org.assertj.core.data.Offset.offset(0.001));
        for (int i = 1; i < xs.length; i++) {
            assertThat(xs[i]).as("no overlap").isGreaterThanOrEqualTo(xs[i - 1] + widths[i - 1]);
        }
    }

    static java.util.stream.Stream<Arguments> labelRows() {
        return java.util.stream.Stream.of(
                Arguments.of("far apart: each right of its line", new double[] {300, 700}, new double[] {60, 60}, 1140.0,
                        new double[] {303, 703}),
                Arguments.of("close: the second waits for the first", new double[] {300, 310}, new double[] {60, 60}, 1140.0,
                        new double[] {303, 367}),
                Arguments.of("at the right edge: left of the line", new double[] {1120}, new double[] {60}, 1140.0,
                        new double[] {1057}),
                Arguments.of("two at the right edge: the first moves left", new double[] {1098, 1100}, new double[] {60, 70},
                        1140.0, new double[] {1006, 1070}),
                Arguments.of("crowded at the left margin: never over the SDK names", new double[] {141, 142, 143},
                        new double[] {50, 50, 50}, 400.0, new double[] {144, 198, 252}),
                Arguments.of("none", new double[] {}, new double[] {}, 1140.0, new double[] {}));
    }

    @Test
    void xOf_timeAt_inverse() {
        geo.fit(0, 100_000);
        double x = geo.xOf(42_000, W);
        assertThat(geo.timeAt(x, W)).isEqualTo(42_000);
    }

    @Test
    void zoom_keepsTimeUnderPointer() {
        geo.fit(0, 100_000);
        double x = geo.xOf(30_000, W);
        geo.zoom(0.5, x, W);
        assertThat(geo.timeAt(x, W)).isBetween(29_990L, 30_010L);
        assertThat(geo.end() - geo.start()).isEqualTo(55_000);
        assertThat(geo.followLive()).isFalse();
    }

    @Test
    void pan_dragRight_showsEarlierTimes() {
        geo.fit(10_000, 20_000);
        long start = geo.start();
        geo.pan(100, W); // 100 of 1000 px = a tenth of the span
        assertThat(geo.start()).isEqualTo(start - 1_100);
    }

    @Test
    void hit_nearestMarkInRow() {
        List<Finding> fs = List.of(judged(1, 1_000, UMENG, PiiType.IMEI, Phase.BEFORE_CONSENT),
                judged(2, 5_000, JPUSH, PiiType.OAID, Phase.AFTER_CONSENT),
                judged(3, 5_200, UMENG, PiiType.OAID, Phase.AFTER_CONSENT));
        geo.fit(0, 10_000);
        Map<String, Integer> rows = TimelineModel.rows(fs);
        assertThat(rows).containsExactly(Map.entry("umeng_analytics", 0), Map.entry("jpush", 1));
        double y1 = TimelineModel.rowY(1);
        assertThat(geo.hit(fs, rows, geo.xOf(5_000, W) + 3, y1, W).id()).isEqualTo(2);
        assertThat(geo.hit(fs, rows, geo.xOf(5_200, W), TimelineModel.rowY(0), W).id()).isEqualTo(3);
        assertThat(geo.hit(fs, rows, geo.xOf(8_000, W), y1, W)).isNull();
    }

    @Test
    void ticks_withinWindowAndRound() {
        geo.fit(0, 60_000);
        List<Long> ticks = geo.ticks(W);
        assertThat(ticks).isNotEmpty().allMatch(t -> t > geo.start() && t < geo.end() && t % 1_000 == 0);
    }
}
