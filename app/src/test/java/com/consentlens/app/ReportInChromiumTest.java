package com.consentlens.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.consentlens.app.cli.ConsentLensCommand;
import com.consentlens.app.demo.DemoRun;
import com.consentlens.model.Finding;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence report as a regulator opens it: exported from a real demo session, loaded from disk by
 * headless Chromium with the network disabled. The rendered DOM must hold both languages and every finding,
 * and a screenshot must come out. Runs where Chromium is installed (.ci/run installs Debian's package).
 */
class ReportInChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void report_rendersInHeadlessChromium(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium); report not rendered");
        Path data = dir.resolve("data");
        List<Finding> findings = new ArrayList<>();
        try (DemoRun demo = DemoRun.start(DataDirectory.resolve(data), "report")) {
            demo.playScript(0, new PrintStream(OutputStream.nullOutputStream()));
            demo.live().store().forEachFinding(findings::add);
        }
        Path zip = dir.resolve("evidence.zip");
        assertThat(ConsentLensCommand.execute("export", "report", "--out", zip.toString(), "--data-dir", data.toString())).isZero();
        Path html = dir.resolve("report.html");
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry("report.html"))) {
            Files.copy(in, html);
        }

        String dom = new String(chromium(dir, "--dump-dom", html.toUri().toString()), StandardCharsets.UTF_8);
        assertThat(dom).contains("个人信息合规证据报告", "Personal-data compliance evidence report", "同意前", "before consent",
                "工信部信管函〔2019〕337号", "<svg");
        for (Finding f : findings) {
            assertThat(dom).contains(f.flowId());
        }

        Path png = dir.resolve("report.png");
        chromium(dir, "--window-size=1280,1600", "--screenshot=" + png, html.toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(Files.size(png)).isGreaterThan(50_000);
    }

    private static byte[] chromium(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("chrome")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out;
    }
}
