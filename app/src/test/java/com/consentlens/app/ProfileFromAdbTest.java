package com.consentlens.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.app.cli.ConsentLensCommand;
import com.consentlens.evidence.profile.ProfileJson;
import com.consentlens.model.Profile;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code profile from-adb} against a stand-in adb (a shell script answering as a phone does: an Android ID, a
 * serial, a refused MAC, CRLF package lines, the Wi-Fi network it is on), since no phone is attached to CI: the profile it writes, what
 * it adds to a base profile, and the errors for no adb, no device and several devices.
 */
class ProfileFromAdbTest {
    @TempDir
    Path dir;

    private Path fakeAdb(String devices) throws Exception {
        Path script = dir.resolve("adb");
        try (InputStream in = getClass().getResourceAsStream("fake-adb.sh")) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"$FAKE_ADB_DEVICES\"", "'" + devices.replace("'", "") + "'");
            Files.writeString(script, body);
        }
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static CliErrorsTest.Result run(String... args) {
        return CliErrorsTest.run(args);
    }

    @Test
    void oneDevice_writesAProfileWithWhatAdbCanRead() throws Exception {
        Path out = dir.resolve("profile.json");
        CliErrorsTest.Result r = run("profile", "from-adb", "--adb", fakeAdb("R58N12345AB device").toString(), "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        Profile p = ProfileJson.read(out);
        assertThat(p.device().androidId()).containsExactly("3c2f8a9b1d4e5f60");
        assertThat(p.device().imei()).containsExactly("490154203237518");
        assertThat(p.device().serial()).containsExactly("R58N12345AB");
        assertThat(p.device().mac()).as("the phone refused the MAC").isEmpty();
        assertThat(p.device().bssid()).as("the network it is on, not the scan list").containsExactly("5C:02:14:A8:3B:7F");
        assertThat(p.device().installedApps()).containsExactly("com.eg.android.AlipayGphone", "com.taobao.taobao", "com.tencent.mm");
        assertThat(p.device().name()).isEqualTo("M2012K11AC");
        assertThat(p.device().location()).isEqualTo(new com.consentlens.model.GeoPoint(39.904211, 116.407395, 2000));
        assertThat(p.device().contacts()).containsExactly(
                new com.consentlens.model.Contact("张三", List.of("139 0000 1111", "+86 139-0000-2222"), List.of("zhangsan@example.com")),
                new com.consentlens.model.Contact("Li, Si", List.of("010 1234-5678"), List.of()));
    }

    @Test
    void base_keepsItsValuesAndGainsThePhones() throws Exception {
        Path base = dir.resolve("base.json");
        Files.writeString(base, "{\"device\":{\"name\":\"Lab phone A\",\"imei\":[\"867530012345674\"],"
                + "\"installedApps\":[\"com.sina.weibo\"]},\"app\":{\"package\":\"com.example.shop\"}}");
        Path out = dir.resolve("merged.json");
        CliErrorsTest.Result r = run("profile", "from-adb", "--adb", fakeAdb("R58N12345AB device").toString(),
                "--base", base.toString(), "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        Profile p = ProfileJson.read(out);
        assertThat(p.device().name()).isEqualTo("Lab phone A");
        assertThat(p.device().imei()).containsExactly("867530012345674", "490154203237518");
        assertThat(p.device().installedApps()).containsExactly("com.sina.weibo", "com.eg.android.AlipayGphone",
                "com.taobao.taobao", "com.tencent.mm");
        assertThat(p.app().packageName()).isEqualTo("com.example.shop");
    }

    @Test
    void errors_nameTheNextStep() throws Exception {
        assertThat(run("profile", "from-adb", "--adb", dir.resolve("no-such-adb").toString(), "--out", "x.json"))
                .satisfies(r -> {
                    assertThat(r.exit()).isEqualTo(2);
                    assertThat(r.err()).contains("adb not found").doesNotContain("\tat ");
                });
        assertThat(run("profile", "from-adb", "--adb", fakeAdb("").toString(), "--out", "x.json").err())
                .contains("no ready device");
        assertThat(run("profile", "from-adb", "--adb", fakeAdb("ABC unauthorized").toString(), "--out", "x.json").err())
                .contains("ABC (unauthorized)").contains("accept the USB debugging prompt");
        CliErrorsTest.Result several = run("profile", "from-adb", "--adb",
                fakeAdb("AAA device\nBBB device").toString(), "--out", "x.json");
        assertThat(several.exit()).isEqualTo(2);
        assertThat(several.err()).contains("--serial").contains("AAA").contains("BBB");
        assertThat(Files.exists(Path.of("x.json"))).isFalse();
    }
}
