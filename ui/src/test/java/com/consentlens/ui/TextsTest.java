package com.consentlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bundles_sameKeysInBothLanguages() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        assertThat(en).hasSizeGreaterThan(100);
    }

    @Test
    void bundles_everyEventKindAndProfileFieldHasText() throws Exception {
        Properties en = load("messages.properties");
        for (com.consentlens.model.ProxyEvent.Kind k : com.consentlens.model.ProxyEvent.Kind.values()) {
            assertThat(en).containsKey("event." + k.name());
        }
        for (String field : com.consentlens.ui.model.ProfileModel.FIELDS) {
            assertThat(en).containsKey("profile." + field);
        }
    }

    @Test
    void get_chineseBundleReadAsUtf8() {
        Texts t = new Texts(Texts.CHINESE);
        assertThat(t.get("controls.consent")).isEqualTo("标记同意");
        assertThat(t.format("leaks.shown", 3, 10)).isEqualTo("显示 3 / 10 条泄露");
        assertThat(t.phase(Phase.BEFORE_CONSENT)).isEqualTo("同意前");
        assertThat(t.pii(PiiType.IMEI)).isEqualTo("国际移动设备识别码 (IMEI)");
        assertThat(t.citation(Violation.COLLECT_BEFORE_CONSENT)).startsWith("工信部信管函〔2019〕337号");
        assertThat(t.sdk(new SdkAttribution("umeng", "Umeng Analytics", "友盟统计", "Umeng", false)))
                .isEqualTo("友盟统计 · Umeng");
        assertThat(t.sdkName(new SdkAttribution("umeng", "Umeng Analytics", "友盟统计", "Umeng", false)))
                .isEqualTo("友盟统计");
        assertThat(new Texts(Texts.ENGLISH).sdkName(new SdkAttribution("umeng", "Umeng Analytics", "友盟统计",
                "Umeng", false))).isEqualTo("Umeng Analytics");
    }

    @Test
    void localeProperty_switchesWithoutNewInstance() {
        Texts t = new Texts(Texts.CHINESE);
        t.localeProperty().set(Texts.ENGLISH);
        assertThat(t.get("controls.consent")).isEqualTo("Mark consent");
        assertThat(t.violation(Violation.UNDECLARED_SDK)).isEqualTo("Personal data sent to an SDK the app does not declare");
        assertThat(t.sdk(null)).isEqualTo("(no known SDK)");
        assertThat(t.phase(null)).isEqualTo("pending");
        assertThat(t.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
