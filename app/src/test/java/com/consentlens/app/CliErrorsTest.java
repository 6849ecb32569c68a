package com.consentlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.app.cli.ConsentLensCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad input ends with exit 2 and one line that says what is wrong, never a stack trace. */
class CliErrorsTest {

    record Result(int exit, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = ConsentLensCommand.newCommandLine();
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int exit = cl.execute(args);
        return new Result(exit, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void run_portInUse_exits2(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Result r = run("run", "--headless", "--bind", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()),
                    "--data-dir", dir.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains(String.valueOf(taken.getLocalPort())).doesNotContain("\tat ");
        }
    }

    @Test
    void run_badCidr_exits2(@TempDir Path dir) {
        Result r = run("run", "--headless", "--port", "0", "--allow", "10.0.0.0/99", "--data-dir", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("10.0.0.0/99").doesNotContain("\tat ");
    }

    @Test
    void run_unwritableDataDir_exits2(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        Result r = run("run", "--headless", "--port", "0", "--data-dir", file.resolve("sub").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not writable");
    }

    @Test
    void analyze_badProfile_namesTheField(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("p.json");
        Files.writeString(profile, "{\"device\":{\"imei\":[\"abcdefghijklmn\"]}}");
        Path har = dir.resolve("x.har");
        Files.writeString(har, "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"t\",\"version\":\"1\"},\"entries\":[]}}");
        Result r = run("analyze", har.toString(), "--profile", profile.toString(), "--data-dir", dir.resolve("d").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("imei");
    }

    @Test
    void mark_withoutRunningSession_exits2(@TempDir Path dir) {
        Result r = run("mark", "consent", "--data-dir", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no running ConsentLens session");
    }

    @Test
    void mark_unknownType_exits2(@TempDir Path dir) {
        Result r = run("mark", "agree", "--data-dir", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("consent, withdraw");
    }
}
