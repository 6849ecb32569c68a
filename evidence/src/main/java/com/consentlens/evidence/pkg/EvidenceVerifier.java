package com.consentlens.evidence.pkg;

import com.consentlens.evidence.pkg.VerifyReport.Kind;
import com.consentlens.evidence.pkg.VerifyReport.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks an evidence package: the manifest's signature with the public key it carries, the SHA-256 of every
 * listed file, that no file was added, and the findings hash chain line by line (so a reordered, edited,
 * inserted or deleted finding is named by its line and id). Reading is streaming, so a large package is
 * checked in bounded memory.
 *
 * <p>A passing verify proves integrity relative to the included key only: compare
 * {@link VerifyReport#keyFingerprint()} with the fingerprint the tester published before trusting who made it.
 */
public final class EvidenceVerifier {
    private EvidenceVerifier() {
    }

    public static VerifyReport verify(Path zipPath) {
        List<Problem> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(PackageLayout.MANIFEST);
            if (manifestEntry == null) {
                problems.add(problem(Kind.MISSING, PackageLayout.MANIFEST, "the package has no manifest"));
                return new VerifyReport(problems, "", "", 0);
            }
            JsonNode manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = ManifestBuilder.MAPPER.readTree(in);
            } catch (IOException e) {
                problems.add(problem(Kind.UNREADABLE, PackageLayout.MANIFEST, "not valid JSON: " + e.getMessage()));
                return new VerifyReport(problems, "", "", 0);
            }
            JsonNode signed = manifest.path("signed");
            JsonNode sig = manifest.path("signature");
            String fingerprint = checkSignature(signed, sig, problems);
            Set<String> listed = checkFiles(zip, signed.path("files"), problems);
            checkAdded(zip, listed, problems);
            new ChainCheck(zip, signed.path("findings"), problems).run();
            return new VerifyReport(problems, fingerprint, signed.path("session").path("name").asText(""),
                    signed.path("findings").path("count").asLong(0));
        } catch (IOException e) {
            problems.add(problem(Kind.UNREADABLE, zipPath.getFileName().toString(), "not a readable zip: " + e.getMessage()));
            return new VerifyReport(problems, "", "", 0);
        }
    }

    private static String checkSignature(JsonNode signed, JsonNode sig, List<Problem> problems) {
        try {
            byte[] publicKey = Base64.getDecoder().decode(sig.path("publicKey").asText(""));
            byte[] value = Base64.getDecoder().decode(sig.path("value").asText(""));
            if (!signed.isObject() || !SigningKey.verify(publicKey, CanonicalJson.bytes(signed), value)) {
                problems.add(problem(Kind.BAD_SIGNATURE, PackageLayout.MANIFEST,
                        "the signature does not match the manifest's content"));
            }
            return SigningKey.fingerprintOf(publicKey);
        } catch (IllegalArgumentException e) {
            problems.add(problem(Kind.BAD_SIGNATURE, PackageLayout.MANIFEST, "malformed signature: " + e.getMessage()));
            return "";
        }
    }

    private static Set<String> checkFiles(ZipFile zip, JsonNode files, List<Problem> problems) {
        Set<String> listed = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey();
            listed.add(name);
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                problems.add(problem(Kind.MISSING, name, "listed in the manifest but not in the package"));
                continue;
            }
            String expected = f.getValue().path("sha256").asText("");
            try (InputStream in = zip.getInputStream(entry)) {
                MessageDigest md = Digests.newSha256();
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
                String actual = Digests.hex(md.digest());
                if (!actual.equals(expected)) {
                    problems.add(problem(Kind.CHANGED, name, "sha256 " + actual + ", manifest says " + expected));
                }
            } catch (IOException e) {
                problems.add(problem(Kind.CHANGED, name, "unreadable: " + e.getMessage()));
            }
        }
        return listed;
    }

    private static void checkAdded(ZipFile zip, Set<String> listed, List<Problem> problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            String name = en.nextElement().getName();
            if (!seen.add(name) || (!listed.contains(name) && !name.equals(PackageLayout.MANIFEST))) {
                problems.add(problem(Kind.ADDED, name, "not listed in the manifest"));
            }
        }
    }

    static Problem problem(Kind kind, String file, String detail) {
        return new Problem(kind, file, 0, 0, detail);
    }
}
