package com.consentlens.ui.model;

import static com.consentlens.ui.Fixtures.UMENG;
import static com.consentlens.ui.Fixtures.raw;
import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Headers;
import com.consentlens.model.MatchKind;
import com.consentlens.model.Party;
import com.consentlens.model.PiiType;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Where;
import com.consentlens.ui.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DetailContentTest {
    private static Finding finding(String matched, List<String> encoding) {
        return new Finding(1, 1, "f-1", "", "POST", "", "ulogs.umeng.com", Party.THIRD, SdkAttribution.of(UMENG),
                PiiType.IMEI, MatchKind.EXACT, Fixtures.IMEI, Where.BODY, "$.header.imei", encoding, matched,
                null, List.of());
    }

    @Test
    void of_gzipJsonBody_prettyAndHighlighted() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write("{\"header\":{\"imei\":\"867530012345674\"}}".getBytes(StandardCharsets.UTF_8));
        }
        Exchange e = Exchange.builder().flowId("f-1").method("POST").url("https://ulogs.umeng.com/unify_logs")
                .requestHeaders(Headers.of("Content-Encoding", "gzip")).requestBody(Body.of(gz.toByteArray()))
                .status(200).build();
        DetailContent c = DetailContent.of(e, finding(Fixtures.IMEI, List.of("gzip", "json")));
        assertThat(c.json()).isTrue();
        assertThat(c.highlighted()).isTrue();
        assertThat(c.request()).filteredOn(DetailContent.Segment::match).extracting(DetailContent.Segment::text)
                .containsExactly(Fixtures.IMEI);
        String all = c.request().stream().map(DetailContent.Segment::text).reduce("", String::concat);
        assertThat(all).startsWith("POST https://ulogs.umeng.com/unify_logs  → 200\nContent-Encoding: gzip\n")
                .contains("\"imei\": \"867530012345674\"");
        assertThat(c.hex()).startsWith("00000000  7b 22 68 65");
        assertThat(c.chain()).containsExactly("0. body (raw bytes)", "1. gzip", "2. json", "→ $.header.imei",
                "= 867530012345674  (IMEI 8675********674, exact)");
    }

    @Test
    void of_hashedValue_notLiteral_noHighlight() {
        Exchange e = Fixtures.exchange("f-1", "ulogs.umeng.com", "imei=" + "aGVsbG8=");
        DetailContent c = DetailContent.of(e, raw(1, UMENG, PiiType.IMEI, "ulogs.umeng.com", "f-1"));
        assertThat(c.highlighted()).isFalse();
        assertThat(c.json()).isFalse();
    }

    @Test
    void highlight_everyOccurrenceCaseInsensitive() {
        assertThat(DetailContent.highlight("aXbxc", "x")).extracting(DetailContent.Segment::text)
                .containsExactly("a", "X", "b", "x", "c");
        assertThat(DetailContent.highlight("abc", "")).hasSize(1);
    }
}
