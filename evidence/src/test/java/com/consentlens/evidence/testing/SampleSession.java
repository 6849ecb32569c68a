package com.consentlens.evidence.testing;

import com.consentlens.model.AppProfile;
import com.consentlens.model.Body;
import com.consentlens.model.Contact;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.Headers;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.MatchKind;
import com.consentlens.model.Party;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;
import com.consentlens.model.ProxyEvent;
import com.consentlens.model.Violation;
import com.consentlens.model.Where;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small session like the demo's: Umeng uploads before and after consent, JPush after consent, an undeclared
 * SDK whose server reflects a hostile payload, a blind spot, and two exchanges without findings.
 */
public final class SampleSession {
    public static final String XSS = "<script>alert('xss')</script>";

    private SampleSession() {
    }

    public static Profile profile() {
        return new Profile(new DeviceProfile("Lab phone A", List.of(Samples.IMEI), List.of(), List.of("460011234567890"),
                List.of(), List.of("6f0c1d2e-7a8b-4c5d-9e0f-112233445566"), List.of(), List.of("9774d56d682e549c"),
                List.of(), List.of(), List.of("13812345678"), List.of(), new GeoPoint(39.9042, 116.4074, 2000),
                List.of(new Contact("张三", List.of("13900001111"), List.of())), List.of("com.tencent.mm"), List.of()),
                new AppProfile("com.example.shop", List.of("*.example-shop.com"), List.of("umeng_analytics", "jpush")));
    }

    public static ListSource source() {
        long t = Samples.T0;
        List<Exchange> exchanges = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        exchanges.add(Samples.umengUpload("f-000001", t + 5_000));
        findings.add(Samples.finding(1, "f-000001", t + 5_000, Samples.UMENG, PiiType.IMEI, Phase.BEFORE_CONSENT,
                Violation.COLLECT_BEFORE_CONSENT, Violation.SHARE_BEFORE_CONSENT));
        exchanges.add(plain("f-000002", t + 8_000, "https://m.example-shop.com/home", "{}"));
        exchanges.add(Samples.umengUpload("f-000003", t + 20_000));
        findings.add(Samples.finding(2, "f-000003", t + 20_000, Samples.UMENG, PiiType.IMEI, Phase.BEFORE_CONSENT,
                Violation.COLLECT_BEFORE_CONSENT, Violation.SHARE_BEFORE_CONSENT, Violation.OVER_FREQUENCY));
        exchanges.add(plain("f-000004", t + 70_000, "https://api.jpush.cn/v3/report", "oaid=6f0c1d2e-7a8b-4c5d-9e0f-112233445566"));
        findings.add(new Finding(3, t + 70_000, "f-000004", "127.0.0.1", "POST", "https://api.jpush.cn/v3/report",
                "api.jpush.cn", Party.THIRD, Samples.JPUSH, PiiType.OAID, MatchKind.EXACT,
                "6f0c1d2e-7a8b-4c5d-9e0f-112233445566", Where.BODY, "oaid", List.of("form"),
                "6f0c1d2e-7a8b-4c5d-9e0f-112233445566", Phase.AFTER_CONSENT, List.of()));
        String hostileUrl = "https://evil.example.net/t?p=" + XSS + "&android_id=9774d56d682e549c";
        exchanges.add(plain("f-000005", t + 130_000, hostileUrl, "{\"x\":\"" + XSS + "\",\"aid\":\"9774d56d682e549c\"}"));
        findings.add(new Finding(4, t + 130_000, "f-000005", "127.0.0.1", "POST", hostileUrl, "evil.example.net",
                Party.THIRD, null, PiiType.ANDROID_ID, MatchKind.EXACT, "9774d56d682e549c", Where.BODY, "$.aid",
                List.of("json"), "9774d56d682e549c", Phase.AFTER_CONSENT,
                List.of(Violation.BACKGROUND_COLLECTION, Violation.UNDECLARED_SDK)));
        findings.add(new Finding(5, t + 130_000, "f-000005", "127.0.0.1", "POST", hostileUrl, "evil.example.net",
                Party.THIRD, null, PiiType.PHONE, MatchKind.PATTERN, "13812345678", Where.URL, "p",
                List.of("url", "md5"), "e10adc3949ba59abbe56e057f20f883e", Phase.AFTER_CONSENT, List.of()));
        exchanges.add(plain("f-000006", t + 140_000, "https://m.example-shop.com/cart", "{}"));
        List<Marker> markers = List.of(new Marker(1, MarkerType.CONSENT, t + 60_000, "accepted the policy"),
                new Marker(2, MarkerType.BACKGROUND, t + 120_000, ""),
                new Marker(3, MarkerType.NOTE, t + 125_000, "note " + XSS));
        List<ProxyEvent> events = List.of(new ProxyEvent(t + 30_000, ProxyEvent.Kind.BLIND_SPOT, "127.0.0.1",
                "pinned.example.net", "client rejected our certificate"));
        return new ListSource("case-42 " + XSS, t, t + 180_000, markers, profile(), findings, exchanges, events);
    }

    static Exchange plain(String flowId, long t, String url, String body) {
        return Exchange.builder().flowId(flowId).client("127.0.0.1").startMillis(t).endMillis(t + 30).method("POST")
                .url(url).requestHeaders(Headers.of("Content-Type", "application/json"))
                .requestBody(Body.of(body.getBytes(StandardCharsets.UTF_8))).status(200)
                .responseHeaders(Headers.of("Content-Type", "text/html"))
                .responseBody(Body.of(("<html>" + XSS + "</html>").getBytes(StandardCharsets.UTF_8))).build();
    }
}
