package com.consentlens.evidence.testing;

import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Headers;
import com.consentlens.model.MatchKind;
import com.consentlens.model.Party;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;
import com.consentlens.model.Where;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Factories for findings and exchanges shaped like real SDK traffic (after mitmproxy's tflow). */
public final class Samples {
    public static final long T0 = Instant.parse("2026-11-23T07:40:00Z").toEpochMilli();
    public static final String IMEI = "867530012345674";
    public static final SdkAttribution UMENG =
            new SdkAttribution("umeng_analytics", "Umeng Analytics", "友盟统计", "Umeng", false);
    public static final SdkAttribution JPUSH = new SdkAttribution("jpush", "JPush", "极光推送", "Aurora", false);

    private Samples() {
    }

    public static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A gzip-compressed JSON upload to Umeng carrying the IMEI, as the Umeng SDK sends it. */
    public static Exchange umengUpload(String flowId, long start) {
        return Exchange.builder().flowId(flowId).client("127.0.0.1").startMillis(start).endMillis(start + 87)
                .method("POST").url("https://ulogs.umeng.com/unify_logs?ak=5f1a2b&sdk=android")
                .requestHeaders(Headers.of("Content-Type", "application/json", "Content-Encoding", "gzip",
                        "Cookie", "cna=abc; sid=42"))
                .requestBody(Body.of(gzip("{\"header\":{\"imei\":\"" + IMEI + "\",\"os\":\"Android\"}}")))
                .status(200).responseHeaders(Headers.of("Content-Type", "application/json", "Content-Encoding", "gzip"))
                .responseBody(Body.of(gzip("{\"ok\":true}"))).build();
    }

    public static Finding finding(long id, String flowId, long time, SdkAttribution sdk, PiiType pii, Phase phase,
                                  Violation... violations) {
        String value = pii == PiiType.IMEI ? IMEI : pii == PiiType.OAID ? "6f0c1d2e-7a8b-4c5d-9e0f-112233445566" : "13812345678";
        return new Finding(id, time, flowId, "127.0.0.1", "POST", "https://ulogs.umeng.com/unify_logs",
                "ulogs.umeng.com", Party.THIRD, sdk, pii, MatchKind.EXACT, value, Where.BODY, "$.header.imei",
                List.of("gzip", "json"), value, phase, List.of(violations));
    }
}
