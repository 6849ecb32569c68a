package com.consentlens.evidence.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consentlens.evidence.har.HarReader;
import com.consentlens.evidence.pkg.VerifyReport.Kind;
import com.consentlens.evidence.pkg.VerifyReport.Problem;
import com.consentlens.evidence.testing.SampleSession;
import com.consentlens.evidence.testing.Samples;
import com.consentlens.evidence.testing.ZipFiles;
import com.consentlens.model.Exchange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidencePackageTest {
    static final String[] ALL_FILES = {"manifest.json", "findings.jsonl", "findings.chain", "flows.har",
            "timeline.json", "profile.json", "report.html"};

    @TempDir
    Path dir;
    SigningKey key;
    Path zip;
    ExportResult result;

    @BeforeEach
    void export() throws Exception {
        key = SigningKey.loadOrCreate(dir.resolve("keys"));
        zip = dir.resolve("case-42.zip");
        result = EvidenceExporter.export(SampleSession.source(), zip, new ExportOptions(false, false, key),
                ExportProgress.NONE);
    }

    @Test
    void verify_untouchedPackage_isOkAndPrintsTheKeyFingerprint() {
        VerifyReport report = EvidenceVerifier.verify(zip);
        assertThat(report.problems()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.keyFingerprint()).isEqualTo(key.fingerprint()).hasSize(64);
        assertThat(report.findings()).isEqualTo(5);
        assertThat(result.findings()).isEqualTo(5);
        assertThat(result.exchanges()).isEqualTo(4);
    }

    @Test
    void export_writesEveryFileAndOnlyFlowsWithFindings() throws Exception {
        Map<String, byte[]> files = ZipFiles.read(zip);
        assertThat(files.keySet()).containsExactlyInAnyOrder(ALL_FILES);
        assertThat(new String(files.get("findings.jsonl"), StandardCharsets.UTF_8).lines()).hasSize(5);
        assertThat(flowIds(zip)).containsExactly("f-000001", "f-000003", "f-000004", "f-000005");
        JsonNode signed = new ObjectMapper().readTree(files.get("manifest.json")).get("signed");
        assertThat(signed.get("profileDigest").asText())
                .isEqualTo(Digests.hex(Digests.sha256(files.get("profile.json"))));
        assertThat(signed.get("markers")).hasSize(3);
        assertThat(signed.get("caFingerprint").asText()).isEqualTo("AB:CD:EF:01");
        assertThat(signed.get("findings").get("chainHead").asText()).isEqualTo(result.chainHead());
    }

    @Test
    void export_allFlowsAndUnmask_includeEveryExchangeAndRawValues() throws Exception {
        Path all = dir.resolve("all.zip");
        EvidenceExporter.export(SampleSession.source(), all, new ExportOptions(true, true, key), ExportProgress.NONE);
        assertThat(flowIds(all)).hasSize(6);
        Map<String, byte[]> files = ZipFiles.read(all);
        assertThat(new String(files.get("profile.json"), StandardCharsets.UTF_8)).contains(Samples.IMEI);
        assertThat(new String(files.get("findings.jsonl"), StandardCharsets.UTF_8)).contains(Samples.IMEI);
        assertThat(EvidenceVerifier.verify(all).ok()).isTrue();
    }

    @Test
    void export_masked_keepsPersonalValuesOutOfProfileAndFindings() throws Exception {
        Map<String, byte[]> files = ZipFiles.read(zip);
        String profile = new String(files.get("profile.json"), StandardCharsets.UTF_8);
        assertThat(profile).doesNotContain(Samples.IMEI).doesNotContain("13812345678").doesNotContain("张三")
                .contains("8675********674").contains("com.tencent.mm");
        assertThat(new String(files.get("findings.jsonl"), StandardCharsets.UTF_8)).doesNotContain(Samples.IMEI);
        // the raw request bytes are the evidence and stay exact in flows.har
        try (Stream<Exchange> s = HarReader.read(extract(zip, "flows.har"))) {
            assertThat(s.findFirst().orElseThrow().requestBody())
                    .isEqualTo(Samples.umengUpload("f-000001", 0).requestBody());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest.json", "findings.jsonl", "findings.chain", "flows.har", "timeline.json",
            "profile.json", "report.html"})
    void verify_oneByteChanged_namesThatFile(String name) throws Exception {
        Path tampered = ZipFiles.edit(zip, dir.resolve("t.zip"), files -> {
            byte[] b = files.get(name).clone();
            int at = b.length / 2;
            b[at] = (byte) (b[at] == '0' ? '1' : b[at] ^ 0x01);
            files.put(name, b);
            return files;
        });
        VerifyReport report = EvidenceVerifier.verify(tampered);
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).extracting(Problem::file).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest.json", "findings.jsonl", "findings.chain", "flows.har", "timeline.json",
            "profile.json", "report.html"})
    void verify_fileRemoved_namesItMissing(String name) throws Exception {
        Path tampered = ZipFiles.edit(zip, dir.resolve("t.zip"), files -> {
            files.remove(name);
            return files;
        });
        assertThat(EvidenceVerifier.verify(tampered).problems())
                .anySatisfy(p -> assertThat(p).extracting(Problem::kind, Problem::file).containsExactly(Kind.MISSING, name));
    }

    @Test
    void verify_fileAdded_namesIt() throws Exception {
        Path tampered = ZipFiles.edit(zip, dir.resolve("t.zip"), files -> {
            files.put("notes/extra.txt", "added later".getBytes(StandardCharsets.UTF_8));
            return files;
        });
        assertThat(EvidenceVerifier.verify(tampered).problems()).extracting(Problem::kind, Problem::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ADDED, "notes/extra.txt"));
    }

    @Test
    void verify_findingsReordered_namesFirstBrokenLineAndId() throws Exception {
        Path tampered = editFindings(lines -> {
            String second = lines.remove(1);
            lines.add(0, second);
        });
        Problem chain = chainProblem(EvidenceVerifier.verify(tampered));
        assertThat(chain.line()).isEqualTo(1);
        assertThat(chain.findingId()).isEqualTo(2);
    }

    @Test
    void verify_findingEdited_namesThatLine() throws Exception {
        Path tampered = editFindings(lines -> lines.set(2, lines.get(2).replace("after-consent", "before-consent")));
        VerifyReport report = EvidenceVerifier.verify(tampered);
        assertThat(chainProblem(report)).extracting(Problem::line, Problem::findingId).containsExactly(3L, 3L);
        assertThat(report.problems()).extracting(Problem::kind, Problem::file)
                .contains(org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, "findings.jsonl"));
    }

    @Test
    void verify_findingDeletedAndChainRebuilt_isCaughtBySignedHead() throws Exception {
        // a careful forger also rewrites findings.chain and its digest, but cannot re-sign the manifest
        Path tampered = ZipFiles.edit(zip, dir.resolve("t.zip"), files -> {
            List<String> lines = new ArrayList<>(new String(files.get("findings.jsonl"), StandardCharsets.UTF_8).lines().toList());
            lines.remove(4);
            FindingChain chain = new FindingChain();
            StringBuilder chainFile = new StringBuilder();
            lines.forEach(l -> chainFile.append(chain.add(l)).append('\n'));
            files.put("findings.jsonl", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            files.put("findings.chain", chainFile.toString().getBytes(StandardCharsets.UTF_8));
            return files;
        });
        VerifyReport report = EvidenceVerifier.verify(tampered);
        assertThat(chainProblem(report).detail()).contains("4 lines, manifest says 5");
    }

    @Test
    void verify_findingAppended_namesTheFirstLineAfterTheSignedOnes() throws Exception {
        Path tampered = editFindings(lines -> lines.add(lines.get(0)));
        assertThat(chainProblem(EvidenceVerifier.verify(tampered)).line()).isEqualTo(6);
    }

    @Test
    void verify_signatureChanged_reportsBadSignature() throws Exception {
        Path tampered = ZipFiles.edit(zip, dir.resolve("t.zip"), files -> {
            try {
                ObjectMapper mapper = new ObjectMapper();
                com.fasterxml.jackson.databind.node.ObjectNode m =
                        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(files.get("manifest.json"));
                byte[] sig = java.util.Base64.getDecoder().decode(m.get("signature").get("value").asText());
                sig[10] ^= 0x01;
                ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("signature"))
                        .put("value", java.util.Base64.getEncoder().encodeToString(sig));
                files.put("manifest.json", mapper.writeValueAsBytes(m));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return files;
        });
        assertThat(EvidenceVerifier.verify(tampered).problems()).extracting(Problem::kind, Problem::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.BAD_SIGNATURE, "manifest.json"));
    }

    @Test
    void verify_notAZip_reportsUnreadable() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.zip"), "not a zip");
        assertThat(EvidenceVerifier.verify(junk).problems()).extracting(Problem::kind).containsExactly(Kind.UNREADABLE);
    }

    @Test
    void export_cancelled_leavesNoFileBehind() throws Exception {
        Path target = dir.resolve("out").resolve("cancelled.zip");
        List<String> phases = new ArrayList<>();
        ExportProgress cancelAfterFindings = new ExportProgress() {
            @Override
            public void progress(long done, long total, String phase) {
                phases.add(phase);
            }

            @Override
            public boolean isCancelled() {
                return phases.contains("findings");
            }
        };
        assertThatThrownBy(() -> EvidenceExporter.export(SampleSession.source(), target,
                new ExportOptions(false, false, key), cancelAfterFindings)).isInstanceOf(CancellationException.class);
        try (Stream<Path> left = Files.list(target.getParent())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void loadOrCreate_secondLoad_returnsSameKeyFromOwnerOnlyFile() throws Exception {
        assertThat(SigningKey.loadOrCreate(dir.resolve("keys")).fingerprint()).isEqualTo(key.fingerprint());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys/evidence-signing.key"))))
                .isEqualTo("rw-------");
        assertThat(SigningKey.loadOrCreate(dir.resolve("other")).fingerprint()).isNotEqualTo(key.fingerprint());
    }

    private Path editFindings(java.util.function.Consumer<List<String>> edit) throws Exception {
        return ZipFiles.edit(zip, dir.resolve("t.zip"), files -> {
            List<String> lines = new ArrayList<>(new String(files.get("findings.jsonl"), StandardCharsets.UTF_8).lines().toList());
            edit.accept(lines);
            files.put("findings.jsonl", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            return new LinkedHashMap<>(files);
        });
    }

    private static Problem chainProblem(VerifyReport report) {
        return report.problems().stream().filter(p -> p.kind() == Kind.BROKEN_CHAIN).findFirst().orElseThrow();
    }

    private Path extract(Path from, String name) throws Exception {
        return Files.write(dir.resolve("x-" + name), ZipFiles.read(from).get(name));
    }

    private List<String> flowIds(Path from) throws Exception {
        try (Stream<Exchange> s = HarReader.read(extract(from, "flows.har"))) {
            return s.map(Exchange::flowId).collect(Collectors.toList());
        }
    }
}
