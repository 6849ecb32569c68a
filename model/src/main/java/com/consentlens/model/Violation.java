package com.consentlens.model;

/**
 * The MIIT app-rights problems a finding can evidence, each with the rule it comes from, in Chinese and
 * English. The citations are data so that the UI, the JSONL and the report show the same words.
 *
 * <ul>
 *   <li>工信部信管函〔2019〕337号 lists eight problem classes; (一) 私自收集个人信息, (二) 超范围收集个人信息
 *       (which MIIT enforcement applies to over-frequent collection and to reading the installed-app list) and
 *       (三) 私自共享给第三方 are the ones traffic can show.</li>
 *   <li>工信部信管〔2020〕164号 extends the campaign to SDKs and to collection while the app is in the
 *       background.</li>
 *   <li>The 2021 双清单 (已收集个人信息清单, 与第三方共享个人信息清单) and 工信部信管〔2023〕26号 require every
 *       third-party SDK and what it collects to be disclosed.</li>
 * </ul>
 */
public enum Violation {
    COLLECT_BEFORE_CONSENT(
            "同意隐私政策前收集个人信息", "Personal data collected before consent",
            "工信部信管函〔2019〕337号 (一) 私自收集个人信息",
            "MIIT Letter [2019] No. 337, class 1: collecting personal information without consent"),
    SHARE_BEFORE_CONSENT(
            "同意隐私政策前向第三方共享个人信息", "Personal data shared with a third party before consent",
            "工信部信管函〔2019〕337号 (三) 私自共享给第三方",
            "MIIT Letter [2019] No. 337, class 3: sharing personal information with third parties without consent"),
    COLLECT_AFTER_WITHDRAWAL(
            "撤回同意后继续收集个人信息", "Personal data collected after consent was withdrawn",
            "工信部信管函〔2019〕337号 (一) 私自收集个人信息; 工信部信管〔2020〕164号 一、1 违规收集个人信息",
            "MIIT Letter [2019] No. 337, class 1; MIIT Notice [2020] No. 164, 1.1: collection without valid consent"),
    BACKGROUND_COLLECTION(
            "应用在后台时收集个人信息", "Personal data collected while the app was in the background",
            "工信部信管〔2020〕164号 一、1 违规收集个人信息 (APP、SDK 后台收集)",
            "MIIT Notice [2020] No. 164, 1.1: APP and SDK collection in the background"),
    OVER_FREQUENCY(
            "超频次收集个人信息", "Personal data collected more often than needed",
            "工信部信管函〔2019〕337号 (二) 超范围收集个人信息 (超频次); 工信部信管〔2020〕164号 一、1",
            "MIIT Letter [2019] No. 337, class 2: over-scope collection, including excessive frequency"),
    UNDECLARED_SDK(
            "未在第三方共享清单中声明的 SDK 收集个人信息", "Personal data sent to an SDK the app does not declare",
            "2021 双清单 (与第三方共享个人信息清单); 工信部信管〔2023〕26号 (SDK 信息明示)",
            "2021 two-lists requirement (third-party sharing list); MIIT Notice [2023] No. 26: SDK disclosure"),
    APP_LIST_COLLECTION(
            "读取已安装应用列表", "Installed-app list collected",
            "工信部信管函〔2019〕337号 (二) 超范围收集个人信息 (读取应用列表)",
            "MIIT Letter [2019] No. 337, class 2: over-scope collection (reading the installed-app list)");

    private final String titleZh;
    private final String titleEn;
    private final String citationZh;
    private final String citationEn;

    Violation(String titleZh, String titleEn, String citationZh, String citationEn) {
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.citationZh = citationZh;
        this.citationEn = citationEn;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public String citationZh() {
        return citationZh;
    }

    public String citationEn() {
        return citationEn;
    }
}
