package com.consentlens.detectors;

import com.consentlens.model.DecodedNode;
import com.consentlens.model.Exchange;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.consentlens.detectors.Fixtures.*;
import static com.consentlens.detectors.Payloads.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A request decoded as a tree: every wire part, and under each what the decoders made of it. */
class DecodedTreeTest {
    private static void flatten(List<DecodedNode> nodes, String indent, List<String> out) {
        for (DecodedNode n : nodes) {
            out.add(indent + n.step() + " " + n.path() + " " + (n.text() == null ? "(binary " + n.length() + " B)" : n.text()));
            flatten(n.children(), indent + "  ", out);
        }
    }

    @Test
    void sensorsForm_opensTheBase64GzipJsonBehindTheField() {
        String events = "[{\"distinct_id\":\"" + ANDROID_ID + "\",\"n\":1}]";
        Exchange e = post("https://sdk.datasink.sensorsdata.cn/sa?project=default",
                "gzip=1&data_list=" + url(base64(gzip(utf8(events)))), "Content-Type", "application/x-www-form-urlencoded");
        List<String> lines = new ArrayList<>();
        flatten(DecodedTree.of(e), "", lines);

        int gzipped = gzip(utf8(events)).length;
        assertThat(lines).containsSubsequence(
                "url  https://sdk.datasink.sensorsdata.cn/sa?project=default",
                "  query query.project default",
                "body  gzip=1&data_list=" + url(base64(gzip(utf8(events)))),
                "  form form.gzip 1",
                "  form form.data_list " + base64(gzip(utf8(events))),
                "    base64 form.data_list (binary " + gzipped + " B)",
                "      gzip form.data_list " + events,
                "        json form.data_list>$[0].distinct_id " + ANDROID_ID,
                "        json form.data_list>$[0].n 1");
    }

    @Test
    void getuiBusinessReport_opensTheGzipBetweenHexDigitsThenTheBase64Lines() {
        // GetuiExt's upload_BI: the JSON is framed (hex digits, gzip, hex digits) and posted as raw bytes
        String lines = "2025-11-23 15:41:02|2.3.0.0|8f2b7cd15e3a4e0f9c6d2a1b0e4f7a93|kG7wQ2pX9LaB3vN5mR8tY1|1|2|text|0";
        String json = "{\"action\":\"upload_BI\",\"BIType\":\"10\",\"cid\":\"8f2b7cd15e3a4e0f9c6d2a1b0e4f7a93\","
                + "\"BIData\":\"" + base64(utf8(lines)) + "\"}";
        Exchange e = post("http://sdk.open.phone.igexin.com/api.php?format=json&t=1", getuiFrame(utf8(json), 1763883662123L));
        List<String> lines0 = new ArrayList<>();
        flatten(DecodedTree.of(e), "", lines0);

        assertThat(lines0).containsSubsequence(
                "  unwrap  (binary " + gzip(utf8(json)).length + " B)",
                "    gzip  " + json,
                "      json $.BIData " + base64(utf8(lines)),
                "        base64 $.BIData " + lines);
    }

    @Test
    void getuiAppReport_readsTheCharactersBackAsBytesThenOpensTheFrame() {
        List<String> apps = List.of("com.tencent.mm", "com.taobao.taobao", "com.sina.weibo");
        Exchange e = post("http://sdk.open.phone.igexin.com/api.php", getuiReportAppsJson(apps));
        List<String> lines = new ArrayList<>();
        flatten(DecodedTree.of(e), "", lines);

        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("    latin1 $.apps (binary "))
                .anySatisfy(l -> assertThat(l).startsWith("      unwrap $.apps (binary "))
                .contains("          json $.apps>$[0].pkgname com.tencent.mm",
                        "          json $.apps>$[2].pkgname com.sina.weibo");
    }

    @Test
    void aHugeDocument_isCutAtTheNodeBoundAndSaysSo() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 12_000; i++) {
            json.append(i).append(',');
        }
        Exchange e = post("https://log.example.net/n", json.append("0]").toString(), "Content-Type", "application/json");
        List<String> lines = new ArrayList<>();
        flatten(DecodedTree.of(e), "", lines);

        assertThat(lines.size()).isLessThanOrEqualTo(DecodedTree.MAX_NODES + 2);
        assertThat(lines.get(lines.size() - 1)).contains("more decoded parts than a window shows");
    }
}
