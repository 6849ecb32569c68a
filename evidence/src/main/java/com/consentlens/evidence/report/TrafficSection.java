package com.consentlens.evidence.report;

import com.consentlens.model.Phase;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The report's table of third-party traffic per SDK and phase ({@link ThirdPartyTraffic}). */
final class TrafficSection {
    private TrafficSection() {
    }

    static String render(ThirdPartyTraffic traffic) {
        StringBuilder s = new StringBuilder("<section id=\"traffic\"><h2>第三方通信 <span class=\"en\" lang=\"en\">"
                + "Third-party traffic</span></h2><p class=\"note\">发往第三方（非 App 自有主机）的全部请求，包括未读出个人信息"
                + "（多为加密）的请求。未经同意即与 SDK 通信，是 SDK 在用户同意隐私政策前初始化并传输数据的线索，需人工复核。"
                + " / Every request to a third party (a host that is not the app's own), including those in which no "
                + "personal data could be read (mostly encrypted payloads). Contact without consent points to an SDK that "
                + "starts and transmits before the privacy policy is accepted: review it by hand.</p>");
        if (traffic.isEmpty()) {
            return s.append("<p>无 / none</p></section>\n").toString();
        }
        s.append("<table><tr><th>SDK</th><th>主机 Hosts</th>");
        for (Phase p : Phase.values()) {
            s.append("<th class=\"").append(ReportWriter.cls(p.ordinal())).append("\">").append(Html.esc(p.labelZh())).append("<br/><span class=\"en\">")
                    .append(Html.esc(p.labelEn())).append("</span><br/>请求 (字节) requests (bytes)</th>");
        }
        s.append("<th>未经同意且未读出个人信息 <span class=\"en\">Without consent, no personal data read</span></th>"
                + "<th>首次未经同意 <span class=\"en\">First without consent</span> (UTC)</th></tr>");
        List<ThirdPartyTraffic.Row> rows = new ArrayList<>(traffic.rows());
        rows.sort(Comparator.comparingLong(ThirdPartyTraffic.Row::withoutConsent).reversed()
                .thenComparing(r -> r.key));
        for (ThirdPartyTraffic.Row r : rows) {
            s.append("<tr><th>").append(name(r)).append("</th><td>").append(Html.esc(r.hostList())).append("</td>");
            for (Phase p : Phase.values()) {
                long n = r.requests[p.ordinal()];
                s.append("<td class=\"num").append(n > 0 && p != Phase.AFTER_CONSENT ? " " + ReportWriter.cls(p.ordinal()) : "").append("\">")
                        .append(n == 0 ? "0" : n + " (" + r.bytes[p.ordinal()] + ")").append("</td>");
            }
            s.append("<td class=\"num\">").append(r.unreadWithoutConsent).append("</td><td>")
                    .append(r.firstWithoutConsent == Long.MAX_VALUE ? "—"
                            : DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(r.firstWithoutConsent)))
                    .append("</td></tr>");
        }
        return s.append("</table></section>\n").toString();
    }

    private static String name(ThirdPartyTraffic.Row r) {
        if (r.sdk != null) {
            String zh = r.sdk.nameZh() == null || r.sdk.nameZh().isBlank() ? r.sdk.name() : r.sdk.nameZh();
            return Html.esc(zh) + "<br/><span class=\"en\">" + Html.esc(r.sdk.name()) + " (" + Html.esc(r.sdk.id())
                    + ")</span>";
        }
        return r.key.equals(ThirdPartyTraffic.OTHER_HOSTS) ? "其他主机<br/><span class=\"en\">Other hosts</span>"
                : "未识别 SDK<br/><span class=\"en\">No SDK identified</span>";
    }
}
