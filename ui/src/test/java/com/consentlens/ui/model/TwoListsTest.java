package com.consentlens.ui.model;

import static com.consentlens.ui.Fixtures.BUGLY;
import static com.consentlens.ui.Fixtures.JPUSH;
import static com.consentlens.ui.Fixtures.UMENG;
import static com.consentlens.ui.Fixtures.judged;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.AppProfile;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TwoListsTest {
    @Test
    void of_declaredAgainstObserved() {
        AppProfile app = new AppProfile("com.example.shop", List.of(), List.of("jpush", "bugly", "not_in_catalog"));
        TwoLists lists = TwoLists.of(app, List.of(UMENG, JPUSH, BUGLY), List.of(
                judged(1, 1, UMENG, PiiType.IMEI, Phase.BEFORE_CONSENT),
                judged(2, 2, UMENG, PiiType.OAID, Phase.BEFORE_CONSENT),
                judged(3, 3, JPUSH, PiiType.OAID, Phase.AFTER_CONSENT),
                judged(4, 4, null, PiiType.MAC, Phase.AFTER_CONSENT)));
        assertThat(lists.entries()).extracting(TwoLists.Entry::id, TwoLists.Entry::declared, TwoLists.Entry::observed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("umeng_analytics", false, true),
                        org.assertj.core.groups.Tuple.tuple("jpush", true, true),
                        org.assertj.core.groups.Tuple.tuple("bugly", true, false),
                        org.assertj.core.groups.Tuple.tuple("not_in_catalog", true, false));
        assertThat(lists.entries().get(0).observedTypes()).containsExactly(PiiType.IMEI, PiiType.OAID);
        assertThat(lists.entries().get(3).sdk()).isNull();
        assertThat(lists.undeclaredCount()).isEqualTo(1);
        assertThat(lists.unattributedHosts()).isEqualTo(Set.of("tracker.example.net"));
    }
}
