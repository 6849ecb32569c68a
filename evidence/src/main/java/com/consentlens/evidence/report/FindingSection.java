package com.consentlens.evidence.report;

import com.consentlens.model.Finding;
import com.consentlens.model.Header;
import com.consentlens.model.Violation;
import com.consentlens.model.ValueMasker;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * One finding in full: what was found, where, how it was encoded, what rules it breaks, and the request it
 * was in with the matched text marked. Under a masked export the marked text is shown masked too.
 */
final class FindingSection {
    private FindingSection() {
    }

    static String render(Finding f, RequestExcerpt ex, boolean unmask) {
        return render(f, ex, null, unmask);
    }

    /** With the payload as decoded ({@code decoded} may be null), shown when the value is not readable as sent. */
    static String render(Finding f, RequestExcerpt ex, DecodedExcerpt decoded, boolean unmask) {
        String needle = f.matchedText();
        String shown = unmask ? needle : ValueMasker.mask(f.pii(), needle);
        StringBuilder s = new StringBuilder(2048);
        s.append("<article class=\"finding\" id=\"finding-").append(f.id() > 0 ? f.id() : Html.esc(f.flowId()))
                .append("\"><h3>#").append(f.id()).append(" · ").append(Html.esc(f.pii().labelZh()))
                .append(" <span class=\"en\">").append(Html.esc(f.pii().labelEn())).append("</span> → ")
                .append(Html.esc(f.sdk() == null ? f.host() : f.sdk().nameZh() + " / " + f.sdk().name()))
                .append(" <span class=\"").append(phaseClass(f)).append("\">")
                .append(f.phase() == null ? "未判定 unjudged" : f.phase().labelZh() + " " + f.phase().labelEn())
                .append("</span></h3><table class=\"kv\">");
        row(s, "时间 Time", DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(f.timeMillis())));
        row(s, "流 Flow", f.flowId() + (f.client().isEmpty() ? "" : " · " + f.client()));
        row(s, "主机 Host", f.host() + " (" + f.party().wireName() + ")");
        row(s, "匹配 Match", f.match().wireName() + " · " + (unmask ? f.value() : f.maskedValue()));
        row(s, "位置 Where", f.where().wireName() + (f.path().isEmpty() ? "" : " · " + f.path()));
        row(s, "解码链 Decoding chain", f.encoding().isEmpty() ? "(raw)" : String.join(" → ", f.encoding()));
        StringBuilder rules = new StringBuilder();
        for (Violation v : f.violations()) {
            rules.append(rules.length() == 0 ? "" : "\n").append(v.titleZh()).append(" / ").append(v.titleEn())
                    .append(" — ").append(v.citationZh());
        }
        row(s, "违反规则 Rules", rules.length() == 0 ? "—" : rules.toString());
        s.append("</table>");
        request(s, f, ex, decoded, needle, shown);
        return s.append("</article>\n").toString();
    }

    private static void request(StringBuilder s, Finding f, RequestExcerpt ex, DecodedExcerpt decoded, String needle,
                                String shown) {
        if (ex == null) {
            s.append("<p class=\"note\">请求未保存在会话中 / the request is not stored in the session</p><pre>")
                    .append(Html.esc(f.method())).append(' ').append(Html.highlight(f.url(), needle, shown))
                    .append("</pre>");
            return;
        }
        StringBuilder headers = new StringBuilder();
        for (Header h : ex.headers()) {
            headers.append(h.name()).append(": ").append(h.value()).append('\n');
        }
        boolean seen = Html.contains(ex.url(), needle) || Html.contains(headers.toString(), needle)
                || Html.contains(ex.body(), needle);
        s.append("<pre class=\"req\"><b>").append(Html.esc(ex.method())).append("</b> ")
                .append(Html.highlight(ex.url(), needle, shown)).append('\n')
                .append(Html.highlight(headers.toString(), needle, shown));
        if (!ex.body().isEmpty()) {
            s.append('\n').append(Html.highlight(ex.body(), needle, shown));
        }
        s.append("</pre>");
        if (!ex.bodyNote().isEmpty()) {
            s.append("<p class=\"note\">正文 Body: ").append(Html.esc(ex.bodyNote())).append("</p>");
        }
        if (!seen && needle != null && !needle.isEmpty()) {
            s.append("<p class=\"note\">匹配文本在解码后出现 / the matched text appears after decoding (")
                    .append(Html.esc(String.join(" → ", f.encoding()))).append("): <mark>").append(Html.esc(shown))
                    .append("</mark></p>");
            if (decoded != null) {
                s.append("<p class=\"note\">解码后的载荷 / the payload as decoded: 第 ").append(decoded.layer())
                        .append(" / ").append(decoded.layers()).append(" 层 layer (").append(Html.esc(decoded.step()))
                        .append(", ").append(decoded.length()).append(" bytes)</p><pre class=\"req decoded\">")
                        .append(Html.highlight(decoded.text(), needle, shown)).append("</pre>");
            }
        }
    }

    private static void row(StringBuilder s, String label, String value) {
        s.append("<tr><th>").append(Html.esc(label)).append("</th><td>").append(Html.esc(value).replace("\n", "<br/>"))
                .append("</td></tr>");
    }

    static String phaseClass(Finding f) {
        return f.phase() == null ? "unjudged" : switch (f.phase()) {
            case BEFORE_CONSENT -> "before";
            case AFTER_CONSENT -> "after";
            case AFTER_WITHDRAWAL -> "withdrawn";
        };
    }
}
