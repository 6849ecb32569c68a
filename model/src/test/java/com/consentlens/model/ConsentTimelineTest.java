package com.consentlens.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsentTimelineTest {

    /** Markers as "TYPE@time TYPE@time"; ids follow the written order. */
    private static ConsentTimeline timeline(String markers) {
        List<Marker> list = new ArrayList<>();
        if (!markers.isBlank()) {
            long id = 1;
            for (String m : markers.trim().split("\\s+")) {
                String[] p = m.split("@");
                list.add(new Marker(id++, MarkerType.valueOf(p[0]), Long.parseLong(p[1]), ""));
            }
        }
        return new ConsentTimeline(list);
    }

    @ParameterizedTest(name = "[{0}] at {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # markers                                  | t    | phase
                                                       | 500  | BEFORE_CONSENT
            CONSENT@1000                               | 999  | BEFORE_CONSENT
            CONSENT@1000                               | 1000 | AFTER_CONSENT
            CONSENT@1000                               | 1001 | AFTER_CONSENT
            CONSENT@1000 WITHDRAW@2000                 | 1999 | AFTER_CONSENT
            CONSENT@1000 WITHDRAW@2000                 | 2000 | AFTER_WITHDRAWAL
            CONSENT@1000 WITHDRAW@2000 CONSENT@3000    | 3500 | AFTER_CONSENT
            CONSENT@1000 WITHDRAW@2000 CONSENT@3000    | 2500 | AFTER_WITHDRAWAL
            WITHDRAW@2000 CONSENT@1000                 | 2500 | AFTER_WITHDRAWAL
            WITHDRAW@500                               | 600  | AFTER_WITHDRAWAL
            NOTE@100 BACKGROUND@200                    | 300  | BEFORE_CONSENT
            CONSENT@1000 WITHDRAW@1000                 | 1000 | AFTER_WITHDRAWAL
            WITHDRAW@1000 CONSENT@1000                 | 1000 | AFTER_CONSENT
            """)
    void phaseAt_markerTable(String markers, long t, Phase expected) {
        assertThat(timeline(markers == null ? "" : markers).phaseAt(t)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] at {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # markers                                      | t    | background
                                                           | 500  | false
            BACKGROUND@1000                                | 999  | false
            BACKGROUND@1000                                | 1000 | true
            BACKGROUND@1000 FOREGROUND@2000                | 1500 | true
            BACKGROUND@1000 FOREGROUND@2000                | 2000 | false
            BACKGROUND@1000 FOREGROUND@2000 BACKGROUND@3000| 3001 | true
            FOREGROUND@1000                                | 1500 | false
            BACKGROUND@1000 CONSENT@1200                   | 1500 | true
            """)
    void inBackgroundAt_markerTable(String markers, long t, boolean expected) {
        assertThat(timeline(markers == null ? "" : markers).inBackgroundAt(t)).isEqualTo(expected);
    }
}
