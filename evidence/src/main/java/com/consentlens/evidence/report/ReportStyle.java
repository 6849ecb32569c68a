package com.consentlens.evidence.report;

/** The report's inline stylesheet: no fonts or images to fetch, and a print layout for paper evidence. */
final class ReportStyle {
    // kept free of '<' and '&' so the <style> element is also well-formed XML
    static final String CSS = String.join("\n",
            "body{font-family:\"Noto Sans CJK SC\",\"PingFang SC\",\"Microsoft YaHei\",\"Source Han Sans SC\",sans-serif;"
                    + "margin:24px;color:#222;line-height:1.45}",
            "h1{font-size:22px}h2{font-size:18px;border-bottom:2px solid #444;padding-bottom:2px;margin-top:28px}",
            "h3{font-size:15px;margin:6px 0}",
            ".en{color:#555;font-weight:normal}",
            "table{border-collapse:collapse;margin:8px 0}",
            "th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top;font-size:13px}",
            "th{background:#eee}",
            "td.num{text-align:right;font-variant-numeric:tabular-nums}",
            "pre{white-space:pre-wrap;word-break:break-all;background:#f6f6f6;padding:6px;font-size:12px;margin:4px 0}",
            "mark{background:#ffe066;color:#000;font-weight:bold}",
            ".before{color:#c62828}.after{color:#1565c0}.withdrawn{color:#6a1b9a}.unjudged{color:#666}",
            ".note{color:#666;font-size:12px}",
            ".finding{border-top:1px solid #ccc;padding-top:8px;margin-top:12px}",
            "svg.timeline{max-width:100%;height:auto;font-size:11px}",
            "svg .lane{fill:#f4f4f4}svg .lbl,svg .axis,svg .mklbl{fill:#333}",
            "svg .m.before{fill:#d62728}svg .m.after{fill:#1f77b4}svg .m.withdrawn{fill:#9467bd}svg .m.unjudged{fill:#888}",
            "svg .tick{stroke:#333}svg .mk{stroke-width:1.5}svg .mk.consent{stroke:#2e7d32}",
            "svg .mk.withdraw{stroke:#ef6c00}svg .mk.background,svg .mk.foreground{stroke:#777;stroke-dasharray:4 3}",
            "svg .mk.note{stroke:#bbb}",
            ".legend span{margin-right:14px}",
            "@media print{body{margin:0;font-size:10.5pt}.finding{break-inside:avoid;page-break-inside:avoid}"
                    + "h2,h3{break-after:avoid;page-break-after:avoid}pre{background:none;border:1px solid #ddd}"
                    + "table{page-break-inside:auto}tr{break-inside:avoid}mark{outline:1px solid #000}}");

    private ReportStyle() {
    }
}
