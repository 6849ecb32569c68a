package com.consentlens.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.consentlens.evidence.har.HarFormatException;
import com.consentlens.evidence.har.HarReader;
import com.consentlens.evidence.pkg.EvidenceExporter;
import com.consentlens.evidence.pkg.EvidenceVerifier;
import com.consentlens.evidence.pkg.ExportOptions;
import com.consentlens.evidence.pkg.ExportProgress;
import com.consentlens.evidence.pkg.SigningKey;
import com.consentlens.evidence.pkg.VerifyReport;
import com.consentlens.evidence.profile.ProfileException;
import com.consentlens.evidence.profile.ProfileJson;
import com.consentlens.evidence.testing.SampleSession;
import com.consentlens.evidence.testing.ZipFiles;
import com.consentlens.model.Exchange;
import com.consentlens.model.Profile;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing (Jazzer) of the files ConsentLens reads from outside: a profile a tester typed, a
 * HAR another tool exported, an evidence package someone hands a regulator. Whatever the bytes, the answer
 * is the documented one: a profile or a {@link ProfileException} naming the problem; exchanges or a
 * {@link HarFormatException}; a {@link VerifyReport}, which for any change to a genuine package's files
 * is not ok. Nothing else may escape (a stack trace is not a message a tester can act on).
 *
 * <p>{@code mvn verify} replays the seeds under {@code UntrustedInputFuzzTestInputs/} (regression mode); to
 * fuzz one target for real: {@code JAZZER_FUZZ=1 mvn -pl model,evidence test -Dtest='UntrustedInputFuzzTest#harFile'
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class UntrustedInputFuzzTest {
    private static final Path SCRATCH = scratch();
    private static final Map<String, byte[]> GENUINE_PACKAGE = genuinePackage();

    @FuzzTest(maxDuration = "5m")
    void profileText(byte[] input) {
        Profile profile;
        try {
            profile = ProfileJson.parse(new String(input, StandardCharsets.UTF_8));
        } catch (ProfileException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        // what was accepted is written back and read again unchanged, with the same digest
        String written = ProfileJson.write(profile, false);
        Profile again;
        try {
            again = ProfileJson.parse(written);
        } catch (ProfileException e) {
            throw new AssertionError("an accepted profile, written back, is refused: " + e.getMessage(), e);
        }
        assertThat(again).isEqualTo(profile);
        assertThat(ProfileJson.digest(again)).isEqualTo(ProfileJson.digest(profile));
    }

    @FuzzTest(maxDuration = "5m")
    void harFile(byte[] input) throws IOException {
        Path har = SCRATCH.resolve("fuzz.har");
        Files.write(har, input);
        try (HarReader reader = HarReader.open(har)) {
            for (Iterator<Exchange> it = reader; it.hasNext(); ) {
                Exchange exchange = it.next();
                assertThat(exchange.url()).isNotNull();
            }
        } catch (HarFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    /**
     * A genuine package with one file replaced by the input (the first byte picks the file): verify reports
     * the change, and never throws.
     */
    @FuzzTest(maxDuration = "5m")
    void tamperedPackage(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        List<String> names = List.copyOf(GENUINE_PACKAGE.keySet());
        String name = names.get((input[0] & 0xff) % names.size());
        byte[] content = Arrays.copyOfRange(input, 1, input.length);
        Map<String, byte[]> files = new LinkedHashMap<>(GENUINE_PACKAGE);
        files.put(name, content);
        Path zip = ZipFiles.write(SCRATCH.resolve("fuzz.zip"), files);

        VerifyReport report = EvidenceVerifier.verify(zip);

        boolean changed = !Arrays.equals(content, GENUINE_PACKAGE.get(name));
        if (name.equals("manifest.json") && changed) {
            // the signature covers the manifest's content, not its layout: ok only if it says the same thing
            assertThat(!report.ok() || sameJson(content, GENUINE_PACKAGE.get(name))).as("verify of an edited manifest")
                    .isTrue();
            return;
        }
        assertThat(report.ok()).as("verify of a package whose %s was %s", name, changed ? "changed" : "kept")
                .isEqualTo(!changed);
    }

    private static boolean sameJson(byte[] a, byte[] b) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            return mapper.readTree(a).equals(mapper.readTree(b));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path scratch() {
        try {
            Path dir = Files.createTempDirectory("consentlens-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> genuinePackage() {
        try {
            Path zip = SCRATCH.resolve("genuine.zip");
            SigningKey key = SigningKey.loadOrCreate(SCRATCH.resolve("keys"));
            EvidenceExporter.export(SampleSession.source(), zip, new ExportOptions(false, false, key), ExportProgress.NONE);
            return ZipFiles.read(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
