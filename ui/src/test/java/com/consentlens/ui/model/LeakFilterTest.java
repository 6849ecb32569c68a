package com.consentlens.ui.model;

import static com.consentlens.ui.Fixtures.JPUSH;
import static com.consentlens.ui.Fixtures.UMENG;
import static com.consentlens.ui.Fixtures.judged;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Finding;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.Violation;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LeakFilterTest {
    private static final Finding UMENG_BEFORE = judged(1, 1000, UMENG, PiiType.IMEI, Phase.BEFORE_CONSENT,
            Violation.COLLECT_BEFORE_CONSENT, Violation.SHARE_BEFORE_CONSENT);
    private static final Finding JPUSH_AFTER = judged(2, 2000, JPUSH, PiiType.OAID, Phase.AFTER_CONSENT);
    private static final Finding UNKNOWN_SDK = judged(3, 3000, null, PiiType.ANDROID_ID, Phase.AFTER_WITHDRAWAL,
            Violation.COLLECT_AFTER_WITHDRAWAL);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(LeakFilter.ALL, true, true, true),
                Arguments.of(new LeakFilter(Phase.BEFORE_CONSENT, null, null, null, ""), true, false, false),
                Arguments.of(new LeakFilter(null, "jpush", null, null, ""), false, true, false),
                Arguments.of(new LeakFilter(null, LeakFilter.UNKNOWN_SDK, null, null, ""), false, false, true),
                Arguments.of(new LeakFilter(null, null, PiiType.OAID, null, ""), false, true, false),
                Arguments.of(new LeakFilter(null, null, null, Violation.SHARE_BEFORE_CONSENT, ""), true, false, false),
                Arguments.of(new LeakFilter(null, null, null, null, "  UMENG "), true, false, false),
                Arguments.of(new LeakFilter(null, null, null, null, "友盟"), true, false, false),
                Arguments.of(new LeakFilter(null, null, null, null, "tracker.example"), false, false, true),
                Arguments.of(new LeakFilter(null, null, null, null, "md5"), true, true, true),
                Arguments.of(new LeakFilter(Phase.AFTER_CONSENT, "umeng_analytics", null, null, ""), false, false, false));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void test_eachDimension(LeakFilter filter, boolean umeng, boolean jpush, boolean unknown) {
        assertThat(filter.test(UMENG_BEFORE)).isEqualTo(umeng);
        assertThat(filter.test(JPUSH_AFTER)).isEqualTo(jpush);
        assertThat(filter.test(UNKNOWN_SDK)).isEqualTo(unknown);
    }
}
