package com.consentlens.detectors;

import com.consentlens.model.Sdk;
import com.consentlens.model.SdkAttribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SdkCatalogTest {
    private final SdkCatalog catalog = Fixtures.catalog();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ulogs.umeng.com, umeng_analytics",
            "msg.umengcloud.com, umeng_push",            // specific host beats *.umengcloud.com
            "foo.umengcloud.com, umeng_analytics",
            "umeng.com, umeng_analytics",                // *.x.com covers x.com itself
            "deep.sub.ulogs.umeng.com, umeng_analytics",
            "app.adjust.com, adjust",
            "ULOGS.UMENG.COM., umeng_analytics",
            "an.facebook.com, facebook_audience_network",
            "sdk-test.datasink.sensorsdata.cn, sensorsdata",
            "nis42.10010.com, cucc_auth",                 // the one label glob
            "enrichgw.10010.com, cucc_auth",
            "tdcv3.talkingdata.net, talkingdata",         // TalkingData's older log host
            "in.appcenter.ms, ms_appcenter",
    })
    void attribute_longestMatch(String host, String sdkId) {
        assertThat(catalog.attribute(host)).get().extracting(SdkAttribution::id).isEqualTo(sdkId);
        assertThat(catalog.attribute(host).get().ambiguous()).isFalse();
    }

    @Test
    void attribute_sharedPatternIsVendorLevel() {
        SdkAttribution graph = catalog.attribute("graph.facebook.com").orElseThrow();
        SdkAttribution mob = catalog.attribute("www.mob.com").orElseThrow();

        assertThat(graph.ambiguous()).isTrue();
        assertThat(graph.id()).isEqualTo("vendor:Meta");
        assertThat(graph.name()).contains("Facebook");
        assertThat(mob.ambiguous()).isTrue();
        assertThat(mob.id()).startsWith("vendor:");
    }

    @ParameterizedTest
    @CsvSource({"example.org", "10010.com", "nis.10010.com", "notumeng.com", "''"})
    void attribute_noMatch(String host) {
        assertThat(catalog.attribute(host)).isEmpty();
    }

    @Test
    void loadDefault_keepsEveryRowWithItsSource() {
        assertThat(catalog.all()).hasSize(173);
        assertThat(catalog.all()).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
        assertThat(catalog.all().stream().mapToInt(s -> s.hostPatterns().size()).sum()).isEqualTo(680);
        assertThat(catalog.byId("jpush")).get().extracting(Sdk::nameZh).isEqualTo("极光推送");
        assertThat(catalog.byId("adjust").orElseThrow().idFields()).contains("gps_adid", "android_id");
        assertThat(catalog.byId("nope")).isEmpty();
    }

    @Test
    void load_rowWithoutSourceIsAnError() {
        String tsv = "sdk_id\tname_en\tname_zh\tvendor\tcategory\thost_patterns\tid_fields\tsource\tprivacy_url\n"
                + "x\tX\t\tV\tanalytics\tx.com\t\t\t\n";

        assertThatThrownBy(() -> SdkCatalog.load(new StringReader(tsv))).hasMessageContaining("without a source");
    }
}
