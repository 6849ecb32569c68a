package com.consentlens.evidence.pkg;

import com.consentlens.evidence.pkg.VerifyReport.Kind;
import com.consentlens.evidence.pkg.VerifyReport.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Recomputes the findings hash chain and compares it, line by line, with {@code findings.chain} and at the
 * end with the signed head and count. The first line whose chain value differs is the first broken finding:
 * the one edited, moved, inserted or removed. Without a chain file only the head can be compared.
 */
final class ChainCheck {
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

    private final ZipFile zip;
    private final JsonNode findings;
    private final List<Problem> problems;

    ChainCheck(ZipFile zip, JsonNode findings, List<Problem> problems) {
        this.zip = zip;
        this.findings = findings;
        this.problems = problems;
    }

    void run() {
        ZipEntry lines = zip.getEntry(PackageLayout.FINDINGS);
        if (lines == null) {
            return; // already reported as missing
        }
        ZipEntry chainEntry = zip.getEntry(PackageLayout.CHAIN);
        FindingChain chain = new FindingChain();
        try (BufferedReader in = reader(lines); BufferedReader stored = chainEntry == null ? null : reader(chainEntry)) {
            boolean reported = false;
            for (String line; (line = in.readLine()) != null; ) {
                String head = chain.add(line);
                String expected = stored == null ? null : stored.readLine();
                if (!reported && expected != null && !expected.equals(head)) {
                    problems.add(new Problem(Kind.BROKEN_CHAIN, PackageLayout.FINDINGS, chain.count(), idOf(line),
                            "first finding whose hash chain breaks (edited, moved, inserted or removed)"));
                    reported = true;
                }
            }
            String signedHead = findings.path("chainHead").asText("");
            long signedCount = findings.path("count").asLong(-1);
            if (!reported && (!chain.head().equals(signedHead) || chain.count() != signedCount)) {
                // with the per-line chain, lines that all matched mean the file was cut or extended after them
                long line = stored == null ? 0 : Math.min(chain.count(), signedCount) + 1;
                problems.add(new Problem(Kind.BROKEN_CHAIN, PackageLayout.FINDINGS, line, 0,
                        "chain head or count differs from the manifest (" + chain.count() + " lines, manifest says "
                                + signedCount + ")" + (stored == null ? "; without findings.chain the first broken"
                                + " line cannot be located" : "")));
            }
        } catch (IOException e) {
            problems.add(new Problem(Kind.BROKEN_CHAIN, PackageLayout.FINDINGS, chain.count() + 1, 0,
                    "unreadable: " + e.getMessage()));
        }
    }

    private BufferedReader reader(ZipEntry e) throws IOException {
        return new BufferedReader(new InputStreamReader(zip.getInputStream(e), StandardCharsets.UTF_8));
    }

    private static long idOf(String line) {
        Matcher m = ID.matcher(line);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
