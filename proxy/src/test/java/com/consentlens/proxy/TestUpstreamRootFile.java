package com.consentlens.proxy;

import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.tls.Certificates;

/** Writes the test upstream's root as PEM: a CA bundle that trusts the real server but not our proxy. */
final class TestUpstreamRootFile {
    private TestUpstreamRootFile() {
    }

    static String write(Path dir) throws java.io.IOException {
        Path file = dir.resolve("upstream-root.pem");
        Files.writeString(file, Certificates.certificatePem(TestUpstream.root()));
        return file.toString();
    }
}
