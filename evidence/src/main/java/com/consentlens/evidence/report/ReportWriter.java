package com.consentlens.evidence.report;

import com.consentlens.model.Finding;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.ProxyEvent;
import com.consentlens.model.Violation;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained file a regulator or developer reads without ConsentLens —
 * inline CSS and SVG, no scripts, fonts or images to fetch — in Chinese with English alongside, laid out to
 * print. Sections: session facts, summary (SDK × data type with before/after-consent counts, rules broken
 * with their citations), the timeline chart, proxy events, and the findings in full up to the detail limit
 * (the report says how many it shows; findings.jsonl has them all). Markup is XHTML-compatible so a strict
 * XML parser can check it, and every string from traffic is escaped ({@link Html}).
 *
 * <pre>{@code
 * ReportModel model = new ReportModel(context);
 * findings.forEach(model::add);  exchanges.forEach(model::addExcerpt);
 * ReportWriter.write(model, writer);
 * }</pre>
 */
public final class ReportWriter {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    private ReportWriter() {
    }

    public static void write(ReportModel m, Writer w) throws IOException {
        ReportContext c = m.context;
        w.write("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>"
                + "<meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width\"/><title>");
        w.write(Html.esc("ConsentLens 证据报告 Evidence report — " + c.sessionName()));
        w.write("</title><style>\n" + ReportStyle.CSS + "\n</style></head><body>\n");
        w.write("<h1>ConsentLens 个人信息合规证据报告 <span class=\"en\" lang=\"en\">Personal-data compliance evidence report</span></h1>\n");
        facts(m, w);
        summary(m, w);
        rules(m, w);
        w.write(TrafficSection.render(m.traffic));
        w.write("<section id=\"timeline\"><h2>时间线 <span class=\"en\" lang=\"en\">Timeline</span></h2>"
                + "<p class=\"legend\"><span class=\"before\">■ 同意前 before consent</span><span class=\"after\">"
                + "■ 同意后 after consent</span><span class=\"withdrawn\">■ 撤回后 after withdrawal</span>"
                + "<span class=\"unjudged\">■ 未判定 unjudged</span> 竖线为标记 vertical lines are markers</p>\n");
        w.write(TimelineSvg.render(m));
        w.write("</section>\n");
        events(c, w);
        findings(m, w);
        w.write("<footer><h2>核验 <span class=\"en\" lang=\"en\">Verification</span></h2><p>本报告属于一个证据包；"
                + "manifest.json 记录每个文件的 SHA-256、发现的哈希链和 Ed25519 签名。运行 <code>consentlens verify 包.zip</code> 核验，"
                + "并将签名公钥指纹与测试方公布的指纹比对：</p><p class=\"en\" lang=\"en\">This report is part of an evidence "
                + "package; manifest.json holds the SHA-256 of every file, a hash chain over the findings and an Ed25519 "
                + "signature. Run <code>consentlens verify package.zip</code> and compare the signing-key fingerprint with "
                + "the one the tester published:</p><pre>");
        w.write(Html.esc(c.signingKeyFingerprint()));
        w.write("</pre></footer>\n</body></html>\n");
    }

    private static void facts(ReportModel m, Writer w) throws IOException {
        ReportContext c = m.context;
        StringBuilder s = new StringBuilder("<section id=\"session\"><table class=\"kv\">");
        kv(s, "会话 Session", c.sessionName());
        kv(s, "开始 Start (UTC)", ISO.format(Instant.ofEpochMilli(c.startMillis())));
        kv(s, "结束 End (UTC)", ISO.format(Instant.ofEpochMilli(c.endMillis())));
        kv(s, "工具版本 Tool version", "ConsentLens " + c.toolVersion());
        kv(s, "CA 指纹 CA fingerprint", c.caFingerprint().isEmpty() ? "—" : c.caFingerprint());
        kv(s, "签名公钥指纹 Signing-key fingerprint", c.signingKeyFingerprint());
        kv(s, "数值显示 Values", c.unmask() ? "未遮蔽 unmasked" : "已遮蔽 masked");
        s.append("</table></section>\n");
        w.write(s.toString());
    }

    private static void summary(ReportModel m, Writer w) throws IOException {
        StringBuilder s = new StringBuilder("<section id=\"summary\"><h2>摘要 <span class=\"en\" lang=\"en\">Summary</span></h2><p>");
        s.append("发现总数 Findings: <b>").append(m.findings).append("</b>");
        for (Phase p : Phase.values()) {
            s.append(" · <span class=\"").append(cls(p.ordinal())).append("\">").append(p.labelZh()).append(' ')
                    .append(p.labelEn()).append(": ").append(m.phaseTotals[p.ordinal()]).append("</span>");
        }
        s.append("</p><p class=\"note\">每格：同意前 / 同意后 / 撤回后 的发现数 — each cell: findings before consent / "
                + "after consent / after withdrawal</p><table class=\"matrix\"><tr><th>SDK</th>");
        for (PiiType t : m.piiSeen) {
            s.append("<th>").append(Html.esc(t.labelZh())).append("<br/><span class=\"en\">").append(Html.esc(t.labelEn()))
                    .append("</span></th>");
        }
        s.append("<th>合计 Total</th></tr>");
        List<ReportModel.SdkRow> rows = new ArrayList<>(m.rows.values());
        rows.sort(Comparator.comparingLong((ReportModel.SdkRow r) -> r.total).reversed());
        for (ReportModel.SdkRow r : rows) {
            s.append("<tr><th>").append(Html.esc(r.nameZh)).append("<br/><span class=\"en\">").append(Html.esc(r.name))
                    .append(r.id.isEmpty() ? "" : " (" + Html.esc(r.id) + ")").append("</span></th>");
            for (PiiType t : m.piiSeen) {
                long[] c = r.counts.get(t);
                s.append("<td class=\"num\">");
                if (c != null) {
                    s.append("<span class=\"before\">").append(c[0]).append("</span> / <span class=\"after\">").append(c[1])
                            .append("</span> / <span class=\"withdrawn\">").append(c[2]).append("</span>");
                    if (c[3] > 0) {
                        s.append(" (+").append(c[3]).append(" 未判定)");
                    }
                }
                s.append("</td>");
            }
            s.append("<td class=\"num\">").append(r.total).append("</td></tr>");
        }
        w.write(s.append("</table></section>\n").toString());
    }

    private static void rules(ReportModel m, Writer w) throws IOException {
        StringBuilder s = new StringBuilder("<section id=\"rules\"><h2>违反的规则 <span class=\"en\" lang=\"en\">Rules broken</span></h2>");
        if (m.violations.isEmpty()) {
            s.append("<p>未发现违规 / no violations found</p>");
        } else {
            s.append("<table><tr><th>问题 Problem</th><th>依据 Citation</th><th>次数 Count</th></tr>");
            for (Map.Entry<Violation, long[]> e : m.violations.entrySet()) {
                Violation v = e.getKey();
                s.append("<tr><td>").append(Html.esc(v.titleZh())).append("<br/><span class=\"en\">").append(Html.esc(v.titleEn()))
                        .append("</span></td><td>").append(Html.esc(v.citationZh())).append("<br/><span class=\"en\">")
                        .append(Html.esc(v.citationEn())).append("</span></td><td class=\"num\">").append(e.getValue()[0])
                        .append("</td></tr>");
            }
            s.append("</table>");
        }
        w.write(s.append("</section>\n").toString());
    }

    private static void events(ReportContext c, Writer w) throws IOException {
        Map<ProxyEvent.Kind, Long> counts = new EnumMap<>(ProxyEvent.Kind.class);
        Map<ProxyEvent.Kind, String> hosts = new EnumMap<>(ProxyEvent.Kind.class);
        for (ProxyEvent e : c.events()) {
            counts.merge(e.kind(), 1L, Long::sum);
            hosts.merge(e.kind(), e.host(), (a, b) -> a.length() > 200 || a.contains(b) ? a : a + ", " + b);
        }
        StringBuilder s = new StringBuilder("<section id=\"events\"><h2>代理事件 <span class=\"en\" lang=\"en\">Proxy events</span></h2>"
                + "<p class=\"note\">盲区（多为证书固定）等事件说明哪些流量不可见 / blind spots (mostly certificate pinning) and "
                + "other events explain traffic that could not be seen</p>");
        if (counts.isEmpty()) {
            s.append("<p>无 / none</p>");
        } else {
            s.append("<table><tr><th>类型 Kind</th><th>次数 Count</th><th>主机 Hosts</th></tr>");
            counts.forEach((k, n) -> s.append("<tr><td>").append(k.name()).append("</td><td class=\"num\">").append(n)
                    .append("</td><td>").append(Html.esc(hosts.get(k))).append("</td></tr>"));
            s.append("</table>");
        }
        w.write(s.append("</section>\n").toString());
    }

    private static void findings(ReportModel m, Writer w) throws IOException {
        w.write("<section id=\"findings\"><h2>发现详情 <span class=\"en\" lang=\"en\">Findings</span></h2><p class=\"note\">");
        w.write(m.details.size() < m.findings
                ? "本报告完整列出前 " + m.details.size() + " 条（共 " + m.findings + " 条）；全部发现见 findings.jsonl，上方表格统计全部发现。"
                + " / This report shows the first " + m.details.size() + " of " + m.findings + " findings in full; all are in"
                + " findings.jsonl and counted in the tables above."
                : "共 " + m.findings + " 条，全部列出 / all " + m.findings + " findings are shown.");
        w.write("</p>\n");
        for (Finding f : m.details) {
            w.write(FindingSection.render(f, m.excerpts.get(f.flowId()), m.decoded.get(f), m.context.unmask()));
        }
        w.write("</section>\n");
    }

    private static void kv(StringBuilder s, String k, String v) {
        s.append("<tr><th>").append(Html.esc(k)).append("</th><td>").append(Html.esc(v)).append("</td></tr>");
    }

    /** The style class of a phase index ({@link ReportModel#phaseIndex}): before, after, withdrawn, unjudged. */
    static String cls(int phaseIndex) {
        return new String[] {"before", "after", "withdrawn", "unjudged"}[phaseIndex];
    }
}
