package com.consentlens.app.device;

import com.consentlens.app.UsageException;
import com.consentlens.model.Contact;
import com.consentlens.model.IdentifierFormats;
import com.consentlens.model.PiiType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What {@code adb} can read off the test phone for its profile, with no app installed and no root: the
 * Android ID, the serial number, the Wi-Fi MAC where the system still shows it, the installed third-party
 * packages (the names an app-list upload carries), the last location fix the system holds, the BSSID of the
 * Wi-Fi network the phone is on (the lab router, which SDKs upload to locate the phone), and the
 * address book's phones and emails (what a contacts upload carries, often hashed). IMEI, OAID and the phone number are not
 * readable this way on current Android; the tester enters them (dial *#06#; Settings → Privacy → Ads).
 *
 * <pre>{@code
 * AdbDevice phone = AdbDevice.connect("adb", null);   // the only device, or the one given by serial
 * DeviceFacts facts = phone.read();
 * }</pre>
 */
public final class AdbDevice {
    private static final long TIMEOUT_SECONDS = 20;
    private final String adb;
    private final String serial;

    private AdbDevice(String adb, String serial) {
        this.adb = adb;
        this.serial = serial;
    }

    /** What was read; an empty string or list where the phone would not say. */
    public record DeviceFacts(String serial, String model, String imei, String androidId, String mac,
                              List<String> packages, double[] location, List<Contact> contacts, String bssid) {
    }

    /** {@code Row: 3 display_name=张三, data1=139 0000 1111} from {@code content query}. */
    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile(
            "^Row: \\d+ display_name=(.*), data1=(.*)$");

    /**
     * The connected network in {@code dumpsys wifi}: {@code mWifiInfo SSID: "Lab", BSSID: 5c:02:…, MAC: …}
     * (Android 10–14); scan results and history further down list other access points.
     */
    private static final java.util.regex.Pattern CONNECTED_BSSID = java.util.regex.Pattern.compile(
            "WifiInfo:? SSID: [^\n]*?, BSSID: ([0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5})");

    /** {@code Location[gps 39.904200,116.407400 …]} in {@code dumpsys location}: a provider, then lat,lng. */
    private static final java.util.regex.Pattern LOCATION = java.util.regex.Pattern.compile(
            "Location\\[\\w+ (-?\\d{1,2}\\.\\d+),(-?\\d{1,3}\\.\\d+)");

    /** The device to read: {@code serial}, or the only one attached; a clear error otherwise. */
    public static AdbDevice connect(String adb, String serial) {
        List<String> ready = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String line : run(adb, List.of("devices")).split("\n")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length < 2 || line.startsWith("List of devices") || line.startsWith("*")) {
                continue;
            }
            (cols[1].equals("device") ? ready : other).add(cols[0] + (cols[1].equals("device") ? "" : " (" + cols[1] + ")"));
        }
        if (serial != null) {
            if (!ready.contains(serial)) {
                throw new UsageException("adb: no ready device " + serial + "; ready: " + (ready.isEmpty() ? "none" : ready)
                        + (other.isEmpty() ? "" : ", not ready: " + other));
            }
            return new AdbDevice(adb, serial);
        }
        if (ready.isEmpty()) {
            throw new UsageException("adb: no ready device" + (other.isEmpty() ? "" : " (" + String.join(", ", other)
                    + ": accept the USB debugging prompt on the phone)") + "; connect the phone with USB debugging on");
        }
        if (ready.size() > 1) {
            throw new UsageException("adb: several devices, choose one with --serial: " + String.join(", ", ready));
        }
        return new AdbDevice(adb, ready.get(0));
    }

    public DeviceFacts read() {
        String androidId = shell("settings", "get", "secure", "android_id").toLowerCase(Locale.ROOT);
        String serialNo = shell("getprop", "ro.serialno");
        String model = shell("getprop", "ro.product.model");
        String mac = shell("cat", "/sys/class/net/wlan0/address").toUpperCase(Locale.ROOT);
        List<String> packages = new ArrayList<>();
        for (String line : shell("pm", "list", "packages", "-3").split("\n")) {
            String p = line.trim();
            if (p.startsWith("package:") && p.length() > "package:".length()) {
                packages.add(p.substring("package:".length()));
            }
        }
        java.util.Collections.sort(packages);
        return new DeviceFacts(serial, model, imeiFromParcel(shell("service", "call", "iphonesubinfo", "1")),
                androidId.matches("[0-9a-f]{16}") ? androidId : "",
                mac.matches("([0-9A-F]{2}:){5}[0-9A-F]{2}") && !mac.equals("02:00:00:00:00:00") ? mac : "",
                packages, lastKnownLocation(shell("dumpsys", "location")),
                contacts(query("content://com.android.contacts/data/phones"), query("content://com.android.contacts/data/emails")),
                connectedBssid(shell("dumpsys", "wifi")));
    }

    private String query(String uri) {
        return shell("content", "query", "--uri", uri, "--projection", "display_name:data1");
    }

    /**
     * The address book's phones and emails by contact name, in the order first seen; values that are not a
     * phone number or an email (as the profile checks them) are left out rather than failing the profile.
     */
    static List<Contact> contacts(String phoneRows, String emailRows) {
        java.util.Map<String, List<List<String>>> byName = new java.util.LinkedHashMap<>();
        collect(phoneRows, 0, PiiType.PHONE, byName);
        collect(emailRows, 1, PiiType.EMAIL, byName);
        List<Contact> out = new ArrayList<>();
        byName.forEach((name, values) -> out.add(new Contact(name, values.get(0), values.get(1))));
        return out;
    }

    private static void collect(String rows, int slot, PiiType type, java.util.Map<String, List<List<String>>> byName) {
        for (String line : rows.split("\n")) {
            java.util.regex.Matcher m = ROW.matcher(line.trim());
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).trim().replace("(", "").replace(")", "");
            if (value.isEmpty() || IdentifierFormats.problemWith(type, value) != null) {
                continue;
            }
            List<List<String>> values = byName.computeIfAbsent(m.group(1).trim(),
                    k -> List.of(new ArrayList<>(), new ArrayList<>()));
            if (!values.get(slot).contains(value)) {
                values.get(slot).add(value);
            }
        }
    }

    /**
     * The IMEI in the reply of {@code service call iphonesubinfo 1} (getDeviceId), which Android answers
     * without a permission check up to version 9: the quoted text columns of the parcel dump, digits only,
     * kept when they are 15 Luhn-valid digits. Android 10 and later answer with a security exception: "".
     */
    static String imeiFromParcel(String reply) {
        StringBuilder digits = new StringBuilder();
        for (String line : reply.split("\n")) {
            int open = line.indexOf('\'');
            int close = line.lastIndexOf('\'');
            if (open >= 0 && close > open) {
                for (char c : line.substring(open + 1, close).toCharArray()) {
                    if (c >= '0' && c <= '9') {
                        digits.append(c);
                    }
                }
            }
        }
        String imei = digits.toString();
        return imei.length() == 15 && IdentifierFormats.luhnValid(imei) ? imei : "";
    }

    /**
     * The BSSID of the network the phone is connected to, upper case, or "" (Wi-Fi off or not connected, or
     * the placeholder {@code 02:00:00:00:00:00} Android prints when it will not say).
     */
    static String connectedBssid(String dumpsys) {
        java.util.regex.Matcher m = CONNECTED_BSSID.matcher(dumpsys);
        if (!m.find()) {
            return "";
        }
        String bssid = m.group(1).toUpperCase(Locale.ROOT);
        return IdentifierFormats.isPlaceholder(bssid) ? "" : bssid;
    }

    /** The first last-known fix the location service reports, or null (location off, no fix yet). */
    static double[] lastKnownLocation(String dumpsys) {
        java.util.regex.Matcher m = LOCATION.matcher(dumpsys);
        while (m.find()) {
            double lat = Double.parseDouble(m.group(1));
            double lng = Double.parseDouble(m.group(2));
            if (Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && (lat != 0 || lng != 0)) {
                return new double[] {lat, lng};
            }
        }
        return null;
    }

    /** A shell command's trimmed output, or "" when the phone refuses it (permission, missing file). */
    private String shell(String... command) {
        List<String> args = new ArrayList<>(List.of("-s", serial, "shell"));
        args.addAll(List.of(command));
        try {
            return run(adb, args).trim();
        } catch (UsageException e) {
            return "";
        }
    }

    private static String run(String adb, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(adb);
        command.addAll(args);
        java.nio.file.Path output = null;
        try {
            // output to a file, so a hung adb is bounded by the timeout instead of a blocked read
            output = java.nio.file.Files.createTempFile("consentlens-adb", ".txt");
            Process p;
            try {
                p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            } catch (IOException e) {
                throw new UsageException("adb not found (" + adb + "): install Android platform-tools or pass --adb PATH");
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new UsageException("adb " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            String text = java.nio.file.Files.readString(output, StandardCharsets.UTF_8).replace("\r", "");
            if (p.exitValue() != 0) {
                throw new UsageException("adb " + String.join(" ", args) + " failed: " + text.trim());
            }
            return text;
        } catch (IOException e) {
            throw new UsageException("adb " + String.join(" ", args) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted while running adb");
        } finally {
            if (output != null) {
                try {
                    java.nio.file.Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
