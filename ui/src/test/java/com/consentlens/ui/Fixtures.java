package com.consentlens.ui;

import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Headers;
import com.consentlens.model.MatchKind;
import com.consentlens.model.Party;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.Sdk;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;
import com.consentlens.model.Where;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Factories for test findings, SDKs and exchanges (like mitmproxy's tflow). */
public final class Fixtures {
    public static final String IMEI = "867530012345674";
    public static final Sdk UMENG = new Sdk("umeng_analytics", "Umeng Analytics", "友盟统计", "Umeng",
            List.of("analytics"), List.of("*.umeng.com"), List.of("imei"), List.of("https://www.umeng.com"), "");
    public static final Sdk JPUSH = new Sdk("jpush", "JPush", "极光推送", "Aurora Mobile", List.of("push"),
            List.of("*.jpush.cn"), List.of(), List.of("https://www.jiguang.cn"), "");
    public static final Sdk BUGLY = new Sdk("bugly", "Bugly", "腾讯 Bugly", "Tencent", List.of("crash"),
            List.of("*.bugly.qq.com"), List.of(), List.of("https://bugly.qq.com"), "");

    private Fixtures() {
    }

    /** An unjudged finding (no id, no phase) as a detector would produce it. */
    public static Finding raw(long time, Sdk sdk, PiiType pii, String host, String flowId) {
        return new Finding(0, time, flowId, "127.0.0.1", "POST", "https://" + host + "/log", host,
                Party.THIRD, sdk == null ? null : SdkAttribution.of(sdk), pii,
                MatchKind.EXACT, IMEI, Where.BODY, "$.header.imei", List.of("gzip", "json", "md5"),
                "c2f0b1c0c0a1d8a1e3b6f2f0e0a9c9f1", null, List.of());
    }

    /** A judged finding with an id. */
    public static Finding judged(long id, long time, Sdk sdk, PiiType pii, Phase phase, Violation... violations) {
        String host = sdk == null ? "tracker.example.net" : sdk.hostPatterns().get(0).replace("*.", "api.");
        return raw(time, sdk, pii, host, "f-" + id).withId(id).withVerdict(phase, List.of(violations));
    }

    public static Exchange exchange(String flowId, String host, String body) {
        return Exchange.builder().flowId(flowId).client("127.0.0.1").startMillis(1_000).endMillis(1_050)
                .method("POST").url("https://" + host + "/log").host(host)
                .requestHeaders(Headers.of("Content-Type", "application/json", "User-Agent", "okhttp/4"))
                .requestBody(Body.of(body.getBytes(StandardCharsets.UTF_8))).status(200).build();
    }
}
