package com.consentlens.detectors.match;

import com.consentlens.detectors.decode.Value;
import com.consentlens.detectors.decode.View;
import com.consentlens.model.IdentifierFormats;
import com.consentlens.model.MatchKind;
import com.consentlens.model.PiiType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers recognised by shape alone ({@code match: "pattern"}), for phones without a profile and for
 * identifiers the profile does not list. Strict on purpose — a false IMEI costs as much as a missed one:
 * <ul>
 * <li>IMEI: 15 digits, Luhn-valid, with a plausible reporting-body prefix (35, 86, 01, 99…), so timestamps,
 * counters and order numbers (which start with a year or a 1) rarely qualify; under an {@code imei} key
 * the prefix check is dropped.</li>
 * <li>IMSI: 15 digits starting with 460 and a mobile network code Chinese operators use.</li>
 * <li>ICCID: 19 or 20 digits starting 8986. CN mobile: 1[3-9] + 9 digits, alone or after 86.</li>
 * <li>Resident ID: 17 digits + check character (ISO 7064 MOD 11-2) with a real birth date.</li>
 * <li>MAC: six octets with {@code :} or {@code -}; bare 12-hex only under a MAC key; never under a key that
 * names an access point or router ({@code bssid}: a Wi-Fi scan list is other devices' addresses).</li>
 * <li>Wi-Fi access point ({@code WIFI}): the same shapes and bare 12-hex tokens under exactly those keys
 * ({@code bssid}, {@code router_mac}, Pangle's {@code wifi_mac}, a scan list's {@code wifi_list}, Baidu's
 * {@code wf}); a MAC in an entry of a list that names access points ({@code $.wifiAccessPoints[0].macAddress})
 * or followed by a signal strength ({@code c8:3a:35:12:34:56,-65}).</li>
 * <li>Android ID, OAID, GAID, MEID: only as the whole value of a key that names them, or of a name/value
 * pair object that names them ({@code {"name":"oaid","value":…}}, {@code {"android_id":{"value":…}}}).</li>
 * <li>Build serial: only under a name that says so ({@code build_serial}); IMSIs and ICCIDs of any country
 * under {@code imsi} and {@code iccid} / {@code sim_serial_number}.</li>
 * </ul>
 * Digit patterns are vetoed under keys naming times, prices, orders, counters or tokens; placeholders
 * ({@code 02:00:00:00:00:00}, all zeros, {@code unknown}) are never findings. Tokens are maximal runs of
 * letters and digits, so a phone number inside a longer digit run is not a phone number.
 */
public final class PatternDetector implements Detector {
    /** Plausible IMEI reporting-body prefixes and the MNCs of Chinese operators, indexed by two digits. */
    private static final boolean[] IMEI_PREFIX = twoDigitSet(1, 35, 86, 99, 30, 33, 44, 45, 49, 50, 51, 52, 53, 54,
            91, 98);
    private static final boolean[] CN_MNC = twoDigitSet(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 15, 20);
    private static final Pattern MAC = Pattern.compile(
            "(?<![0-9A-Fa-f:-])([0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\\2[0-9A-Fa-f]{2}){4})(?![0-9A-Fa-f:-])");
    private static final int MAX_SCAN = 4 << 20;
    /** The shortest build serial taken under a serial name ({@link #keyed}). */
    private static final int MIN_SERIAL = 6;
    /** Byte classes for the token loop, one table load per byte: 0 other, {@link #LETTER}, {@link #DIGIT}. */
    private static final int LETTER = 1;
    private static final int DIGIT = 3;
    private static final byte[] CLASS = new byte[256];

    static {
        for (int c = 0; c < 256; c++) {
            CLASS[c] = (byte) (c >= '0' && c <= '9' ? DIGIT : MultiPatternMatcher.isAlnum((byte) c) ? LETTER : 0);
        }
    }

    private static boolean[] twoDigitSet(int... values) {
        boolean[] set = new boolean[100];
        for (int v : values) {
            set[v] = true;
        }
        return set;
    }

    /**
     * Every identifier shape is at least 11 bytes long (the shortest, a CN mobile number, is 11 digits), but a
     * build serial under a name that says so, which may have 6.
     */
    @Override
    public int wantsEveryLeafFrom() {
        return 11;
    }

    @Override
    public boolean wantsLeaf(String key, byte[] bytes, int from, int to, int dots) {
        int length = to - from;
        return length >= 11 || length >= MIN_SERIAL && key != null && KeyFacts.of(key).announced() == PiiType.SERIAL;
    }

    /** Name/value pair objects ({@link NameValuePairs}): the only leaves this detector wants in a group. */
    @Override
    public int groupKeyFacts(String key) {
        return NameValuePairs.keyFacts(key);
    }

    @Override
    public boolean wantsInGroup(int keyFacts, byte[] bytes, int from, int to, int dots) {
        return NameValuePairs.wants(keyFacts, bytes, from, to);
    }

    @Override
    public void group(View parent, List<View> children, Consumer<Hit> hits) {
        NameValuePairs.find(children, hits);
    }

    @Override
    public void leaf(Value value, Consumer<Hit> hits) {
        int length = value.length();
        if (length < MIN_SERIAL || length > MAX_SCAN) {
            return;
        }
        KeyFacts facts = KeyFacts.of(value.key());
        if (length < 11) {
            if (facts.announced() == PiiType.SERIAL) {
                keyedWhole(value, PiiType.SERIAL, hits);
            }
            return;
        }
        PiiType announced = length <= 128 ? facts.announced() : null;
        if (announced != null && keyedWhole(value, announced, hits)) {
            return;
        }
        if (value.longestAlnumRun() < 11) {
            // No token of 11+ letters and digits: only the MAC shape can still match (exactly as the loop
            // below would decide, which then reports nothing else).
            if (value.colonOrDashCount() >= 5) { // a MAC has five separators
                macs(value, facts, hits);
            }
            return;
        }
        byte[] b = value.array();
        int end = value.offset() + length;
        boolean vetoed = facts.vetoesDigits();
        int i = value.offset();
        while (i < end) {
            int cls = CLASS[b[i] & 0xFF];
            if (cls == 0) {
                i++;
                continue;
            }
            int start = i;
            int all = DIGIT;
            while (i < end && (cls = CLASS[b[i] & 0xFF]) != 0) {
                all &= cls;
                i++;
            }
            int len = i - start;
            if (len >= 11 && len <= 20) {
                if (!vetoed) {
                    token(value, b, start, len, all == DIGIT, announced, hits);
                }
                if (len == 12 && all != DIGIT && facts.namesAccessPoint()) {
                    bareBssid(value, b, start, hits);
                }
            }
        }
        if (value.colonOrDashCount() >= 5) {
            macs(value, facts, hits);
        }
        if (!vetoed && value.hasControlByte()) {
            framedTokens(value, b, announced, hits);
        }
    }

    /** The tokens of binary bytes that are digits with a framing letter at one edge ({@link #framedDigits}). */
    private static void framedTokens(Value value, byte[] b, PiiType announced, Consumer<Hit> hits) {
        int end = value.offset() + value.length();
        int i = value.offset();
        while (i < end) {
            if (CLASS[b[i] & 0xFF] == 0) {
                i++;
                continue;
            }
            int start = i;
            int all = DIGIT;
            int cls;
            while (i < end && (cls = CLASS[b[i] & 0xFF]) != 0) {
                all &= cls;
                i++;
            }
            if (all != DIGIT && i - start >= 12 && i - start <= 21) {
                framedDigits(value, b, start, i, announced, hits);
            }
        }
    }

    /**
     * Digits with one letter at an edge, that letter beside a control byte: in binary bytes no decoder opened,
     * the letter is framing (a JCE head, a protobuf key, Java serialization's {@code 't'} or {@code 'x'}; see
     * {@code MultiPatternMatcher.structureLetter}), so the digits are the token. Text has no control bytes.
     */
    private static void framedDigits(Value value, byte[] b, int start, int end, PiiType announced,
                                     Consumer<Hit> hits) {
        int from = value.offset();
        int to = from + value.length();
        // The byte that must be a control byte; with none on either side, the letter itself (no evidence).
        boolean trailing = MultiPatternMatcher.isLetter(b[end - 1])
                && MultiPatternMatcher.isControl(b[end < to ? end : start > from ? start - 1 : end - 1]);
        boolean leading = !trailing && MultiPatternMatcher.isLetter(b[start])
                && MultiPatternMatcher.isControl(b[start > from ? start - 1 : end < to ? end : start]);
        if (!trailing && !leading) {
            return;
        }
        int s = leading ? start + 1 : start;
        int e = trailing ? end - 1 : end;
        for (int k = s; k < e; k++) {
            if (b[k] < '0' || b[k] > '9') {
                return;
            }
        }
        token(value, b, s, e - s, true, announced, hits);
    }

    /** Reports the whole value when it has the shape its name announces; true when it did. */
    private static boolean keyedWhole(Value value, PiiType announced, Consumer<Hit> hits) {
        if (!value.isText()) {
            return false;
        }
        String whole = value.text().trim();
        PiiType keyed = keyed(announced, whole);
        if (keyed == null || IdentifierFormats.isPlaceholder(whole)) {
            return false;
        }
        PiiType type = keyed == PiiType.MAC && inScanList(value) ? PiiType.WIFI : keyed;
        hits.accept(Hit.of(type, MatchKind.PATTERN, identifierPart(keyed, whole), whole, value.view()));
        return true;
    }

    /**
     * Every MAC-shaped address in the value: the phone's MAC, or under a key that names an access point
     * ({@link KeyFacts#namesAccessPoint}) a Wi-Fi access point's BSSID, which is never taken for the phone's.
     */
    private static void macs(Value value, KeyFacts facts, Consumer<Hit> hits) {
        if (macShaped(value.array(), value.offset(), value.offset() + value.length())) {
            // Binary bytes (framing no decoder opened) are read one char per byte: the address is ASCII.
            String text = value.isText() ? value.text()
                    : new String(value.array(), value.offset(), value.length(), StandardCharsets.ISO_8859_1);
            Matcher m = MAC.matcher(text);
            PiiType keyed = null;
            while (m.find()) {
                if (!IdentifierFormats.isPlaceholder(m.group(1)) && unicastish(m.group(1))) {
                    if (keyed == null) {
                        keyed = facts.namesAccessPoint() || inScanList(value) ? PiiType.WIFI : PiiType.MAC;
                    }
                    PiiType type = keyed == PiiType.MAC && signalFollows(text, m.end()) ? PiiType.WIFI : keyed;
                    hits.accept(Hit.of(type, MatchKind.PATTERN, m.group(1), m.group(1), value.view()));
                }
            }
        }
    }

    /**
     * True when the value is a member of an entry of a Wi-Fi scan list: the path has an array element of a
     * container that names access points ({@code $.wifiAccessPoints[0].macAddress} in Google's and Mozilla's
     * geolocation requests, {@code $.wifiinfo[2].mac} in Tencent's), so a {@code mac} there is not the phone's.
     * Asked only of a value that holds a MAC, so the path is built rarely.
     */
    static boolean inScanList(Value value) {
        String path = value.view().path();
        int from = path.lastIndexOf('>') + 1;
        for (int close = path.indexOf(']', from); close >= 0; close = path.indexOf(']', close + 1)) {
            int open = path.lastIndexOf('[', close);
            int start = Math.max(Math.max(path.lastIndexOf('.', open), path.lastIndexOf(']', open - 1)), from - 1) + 1;
            if (open > start && KeyNames.namesAccessPointListNormalized(KeyNames.normalize(path.substring(start, open)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A signal strength right after the address ({@code c8:3a:35:12:34:56,-65}, as AMap's {@code macs} and
     * {@code mmac} send scan results): a received signal in negative dBm, which no device sends of its own MAC.
     */
    static boolean signalFollows(String text, int end) {
        return end + 2 < text.length() && (text.charAt(end) == ',' || text.charAt(end) == ';' || text.charAt(end) == '|')
                && text.charAt(end + 1) == '-' && Character.isDigit(text.charAt(end + 2));
    }

    /**
     * A BSSID written as 12 hex digits with at least one letter, as a token of a value under an access-point key:
     * the whole value ({@code "bssid":"5c0214a83b7f"}) or one entry of a scan string (Baidu's
     * {@code wf=d4ee075a21c3;52;|5c63bfa07b11;71;|…}).
     */
    private static void bareBssid(Value value, byte[] b, int start, Consumer<Hit> hits) {
        for (int k = start; k < start + 12; k++) {
            if (!hex(b[k])) {
                return;
            }
        }
        String v = new String(b, start, 12, StandardCharsets.US_ASCII);
        if (!IdentifierFormats.isPlaceholder(v) && unicastish(v)) {
            hits.accept(Hit.of(PiiType.WIFI, MatchKind.PATTERN, v, v, value.view()));
        }
    }

    /** Two hex digits, a separator, two hex digits and the same separator: worth running the MAC regex. */
    private static boolean macShaped(byte[] b, int from, int to) {
        for (int i = from; i + 5 < to; i++) {
            byte sep = b[i + 2];
            if ((sep == ':' || sep == '-') && b[i + 5] == sep && hex(b[i]) && hex(b[i + 1]) && hex(b[i + 3])
                    && hex(b[i + 4])) {
                return true;
            }
        }
        return false;
    }

    private static boolean hex(byte c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /**
     * The identifier a whole value under an announcing key is, by its shape: 16 hex digits with at least one
     * letter (Android ID; also after Kuaishou's {@code ANDROID_} prefix), 16–64 hex digits and dashes (OAID), a
     * UUID (GAID), 14 hex digits (MEID), 12 hex digits (MAC), 15 digits with a valid Luhn check (IMEI), 14–15
     * digits (IMSI), 19–20 digits from 89 (ICCID), or 6–20 letters and digits with both (build serial). Plain
     * loops: this runs for every value under such a key, and SDK batches repeat those keys in every event.
     */
    static PiiType keyed(PiiType announced, String v) {
        return switch (announced) {
            case ANDROID_ID -> androidId(v) >= 0 ? PiiType.ANDROID_ID : null;
            case OAID -> v.length() >= 16 && v.length() <= 64 && hexOrDash(v, 0, v.length()) ? PiiType.OAID : null;
            case GAID -> uuid(v) ? PiiType.GAID : null;
            case MEID -> hex(v, 14) ? PiiType.MEID : null;
            case MAC -> hex(v, 12) ? PiiType.MAC : null;
            case IMEI -> digits(v, 15) && IdentifierFormats.luhnValid(v) ? PiiType.IMEI : null;
            case IMSI -> (digits(v, 15) || digits(v, 14)) ? PiiType.IMSI : null;
            case ICCID -> (digits(v, 19) || digits(v, 20)) && v.startsWith("89") ? PiiType.ICCID : null;
            case SERIAL -> serial(v) ? PiiType.SERIAL : null;
            default -> null;
        };
    }

    /** The part of a keyed value that is the identifier ({@code ANDROID_3c2f…} → {@code 3c2f…}). */
    static String identifierPart(PiiType keyed, String v) {
        return keyed == PiiType.ANDROID_ID ? v.substring(androidId(v)) : v;
    }

    /**
     * Where the Android ID starts in {@code v}, or -1. 16 hex digits, alone or after {@code ANDROID_} /
     * {@code ANDROID-} (Kuaishou's and Getui's device ids), with at least one letter: ByteDance's and Pangle's
     * {@code device_id} is a 16-digit decimal the server assigns, and a random Android ID is all decimal
     * once in 1,900.
     */
    private static int androidId(String v) {
        int from = v.length() == 24 && v.regionMatches(true, 0, "ANDROID", 0, 7)
                && (v.charAt(7) == '_' || v.charAt(7) == '-') ? 8 : 0;
        if (v.length() - from != 16 || !hex(v, from, v.length())) {
            return -1;
        }
        for (int i = from; i < v.length(); i++) {
            if (v.charAt(i) > '9') {
                return from;
            }
        }
        return -1;
    }

    /**
     * A build serial: 6–20 letters and digits with at least one of each ({@code R58N12345AB}, {@code 8A2X0AB1C},
     * {@code a1b2c3d4}), not a placeholder ({@code unknown}, {@code 0123456789ABCDEF}).
     */
    private static boolean serial(String v) {
        if (v.length() < 6 || v.length() > 20 || v.equalsIgnoreCase("0123456789ABCDEF")) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letter = true;
            } else {
                return false;
            }
        }
        return letter && digit;
    }

    private static boolean hex(String v, int length) {
        return v.length() == length && hex(v, 0, length);
    }

    private static boolean hex(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(v.charAt(i), 16) < 0 || v.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }

    private static boolean hexOrDash(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c != '-' && (c > 'f' || Character.digit(c, 16) < 0)) {
                return false;
            }
        }
        return true;
    }

    /** 8-4-4-4-12 hex digits. */
    private static boolean uuid(String v) {
        if (v.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = v.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : c > 'f' || Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String v, int length) {
        if (v.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Classifies the token {@code b[s, s + len)} on its bytes; a {@code String} is made only for a token that
     * is an identifier (or could be a resident ID, whose date check reads one).
     */
    private static void token(Value value, byte[] b, int s, int len, boolean digits, PiiType announced,
                              Consumer<Hit> hits) {
        PiiType type = null;
        int valueFrom = s;
        if (digits && len == 15 && IdentifierFormats.luhnValid(b, s, len)
                && (IMEI_PREFIX[twoDigits(b, s)] || announced == PiiType.IMEI)) {
            type = PiiType.IMEI;
        } else if (digits && len == 15 && b[s] == '4' && b[s + 1] == '6' && b[s + 2] == '0'
                && CN_MNC[twoDigits(b, s + 3)]) {
            type = PiiType.IMSI;
        } else if (digits && (len == 19 || len == 20) && b[s] == '8' && b[s + 1] == '9' && b[s + 2] == '8'
                && b[s + 3] == '6') {
            type = PiiType.ICCID;
        } else if (digits && len == 11 && isCnMobile(b, s)) {
            type = PiiType.PHONE;
        } else if (digits && len == 13 && b[s] == '8' && b[s + 1] == '6' && isCnMobile(b, s + 2)) {
            type = PiiType.PHONE;
            valueFrom = s + 2;
        } else if (len == 18 && ResidentId.valid(new String(b, s, len, StandardCharsets.US_ASCII))) {
            type = PiiType.RESIDENT_ID;
        }
        if (type != null) {
            String t = new String(b, s, len, StandardCharsets.US_ASCII);
            if (!IdentifierFormats.isPlaceholder(t)) {
                hits.accept(Hit.of(type, MatchKind.PATTERN, t.substring(valueFrom - s), t, value.view()));
            }
        }
    }

    private static int twoDigits(byte[] b, int s) {
        return (b[s] - '0') * 10 + (b[s + 1] - '0');
    }

    private static boolean isCnMobile(byte[] b, int s) {
        return b[s] == '1' && b[s + 1] >= '3' && b[s + 1] <= '9';
    }

    /** Excludes multicast/broadcast addresses, which are never a device's own. */
    private static boolean unicastish(String mac) {
        return (Character.digit(mac.charAt(1), 16) & 1) == 0;
    }
}
