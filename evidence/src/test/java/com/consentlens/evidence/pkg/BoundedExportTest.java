package com.consentlens.evidence.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.evidence.testing.BoundedExportMain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20,000 exchanges with 1 KiB binary bodies (about 50 MB of HAR text) exported and verified in a JVM whose heap is
 * 40 MB: only streaming can pass. The 100,000-exchange case is the same program with a bigger argument.
 */
class BoundedExportTest {
    @Test
    void export_20000ExchangesIn40MbHeap_completesAndVerifies(@TempDir Path dir) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx40m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), BoundedExportMain.class.getName(), "20000", "1024",
                dir.resolve("big.zip").toString(), dir.resolve("keys").toString()))
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(out);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("findings=20000 exchanges=20000").contains("verifyOk=true").contains("harReread=20000");
    }
}
