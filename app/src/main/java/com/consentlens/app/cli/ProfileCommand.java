package com.consentlens.app.cli;

import com.consentlens.app.UsageException;
import com.consentlens.app.device.AdbDevice;
import com.consentlens.app.device.PhoneProfile;
import com.consentlens.evidence.profile.ProfileException;
import com.consentlens.evidence.profile.ProfileJson;
import com.consentlens.model.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code consentlens profile from-adb}: start or extend a device profile with what adb reads off the phone. */
@Command(name = "profile", mixinStandardHelpOptions = true, description = "Build device profiles.",
        subcommands = ProfileCommand.FromAdb.class)
public final class ProfileCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose 'profile from-adb --out FILE'");
    }

    @Command(name = "from-adb", mixinStandardHelpOptions = true,
            description = {"Read the Android ID, serial, Wi-Fi MAC, installed apps, contacts, last location and the BSSID of"
                    + " the Wi-Fi network the phone is on over adb into a profile.",
                    "通过 adb 读取测试手机的 Android ID、序列号、Wi-Fi MAC、已安装应用、通讯录、最近位置和所连 WLAN 的 BSSID，写入设备画像。",
                    "IMEI, OAID and the phone number are not readable over adb: add them by hand."})
    static final class FromAdb implements Callable<Integer> {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Profile to write (profile.json).")
        Path out;
        @Option(names = "--base", paramLabel = "FILE", description = "Start from this profile and add what the phone says.")
        Path base;
        @Option(names = "--serial", paramLabel = "SERIAL", description = "The device, when several are attached.")
        String serial;
        @Option(names = "--adb", paramLabel = "PATH", defaultValue = "adb", description = "The adb program (default: adb on PATH).")
        String adb;

        @Override
        public Integer call() throws IOException {
            Profile start = base == null ? Profile.EMPTY : read(base);
            AdbDevice.DeviceFacts facts = AdbDevice.connect(adb, serial).read();
            Profile merged = PhoneProfile.merge(start, facts);
            String json = ProfileJson.write(merged, false);
            try {
                ProfileJson.parse(json); // what we write must read back: the same checks as --profile
            } catch (ProfileException e) {
                throw new UsageException("the phone's values do not make a valid profile: " + e.getMessage(), e);
            }
            Path target = out.toAbsolutePath();
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(target, json, StandardCharsets.UTF_8);
            System.out.printf("read %s%s: imei %s, android_id %s, serial %s, wifi mac %s, %d installed apps, %d contacts,"
                    + " location %s, wi-fi bssid %s%n", facts.serial(), facts.model().isEmpty() ? "" : " (" + facts.model() + ")",
                    shown(facts.imei()), shown(facts.androidId()),
                    shown(facts.serial()), shown(facts.mac()), facts.packages().size(), facts.contacts().size(),
                    facts.location() == null ? "(no fix)" : facts.location()[0] + "," + facts.location()[1],
                    facts.bssid().isEmpty() ? "(not connected)" : facts.bssid());
            System.out.println("wrote " + target + "; add by hand what adb cannot read: "
                    + (facts.imei().isEmpty() ? "IMEI (dial *#06#), " : "") + "OAID (Settings → Privacy → Ads) and the phone number");
            return 0;
        }

        private static String shown(String v) {
            return v.isEmpty() ? "(not readable)" : v;
        }

        private static Profile read(Path file) {
            try {
                return ProfileJson.read(file);
            } catch (ProfileException e) {
                throw new UsageException("profile " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
