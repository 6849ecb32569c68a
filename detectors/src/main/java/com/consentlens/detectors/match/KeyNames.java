package com.consentlens.detectors.match;

import com.consentlens.model.PiiType;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a field name says about its value. SDKs name their identifier fields plainly ({@code android_id},
 * {@code $identity_android_id}, {@code gps_adid}, {@code oaid}); hex strings and UUIDs are only taken for
 * Android IDs, OAIDs or GAIDs under such names, because elsewhere they are request IDs and tokens. Names of
 * counters, times, prices and orders veto digit patterns: an order number is not an IMEI.
 */
public final class KeyNames {
    // advertiserid: AppsFlyer, Facebook, AdColony; ifa: OpenRTB's device object; aifa: Singular;
    // advertisingtrackingid: Unity Ads; googleaid: Volcano Engine AppLog; rdid: Google's ad requests (the
    // resettable device ID); useradvertisingid: Start.io; advid: Yandex AppMetrica; googleid: Kidoz;
    // consentifa: MoPub. A GAID's shape (a UUID) is still required under every one of them.
    private static final Set<String> GAID = Set.of("gaid", "gpsadid", "googleaid", "googleadvertisingid", "aaid",
            "adid", "advertisingid", "idfa", "googleadid", "gadid", "advertiserid", "ifa", "aifa",
            "advertisingtrackingid", "rdid", "useradvertisingid", "advid", "googleid", "consentifa");
    // openudid: Volcano Engine AppLog's name for the Android ID; andi: Singular; ssaid: Android's own name;
    // hardwareid: Branch (the Android ID, or a random UUID that no Android ID shape accepts).
    private static final Set<String> ANDROID_ID = Set.of("androidid", "identityandroidid", "deviceid", "andid",
            "anid", "openudid", "andi", "ssaid", "hardwareid");
    // mc: Umeng, Pangle's and ByteDance AppLog's log headers.
    private static final Set<String> MAC = Set.of("mac", "macaddress", "macaddr", "wlanmac", "localmac", "mc");
    // udid: the IMEI in ByteDance AppLog's and Pangle's log headers (an IMEI's shape is still required, so
    // iOS and MSA UDIDs under the same name are not IMEIs).
    private static final Set<String> IMEI = Set.of("udid");
    // The device's build serial (Pangle, AppLog: build_serial). Bare serial, serial_no and serial_number are
    // left out: apps' own payment and order flows use them for 流水号.
    private static final Set<String> SERIAL = Set.of("buildserial", "deviceserial", "deviceserialno",
            "deviceserialnumber", "roserialno", "roserialnumber", "hardwareserial", "androidserial");
    private static final Set<String> NEGATIVE_EXACT = Set.of("t", "ts", "v", "ver", "seq", "n", "no", "nonce",
            "crc", "sign", "sig");
    private static final String[] NEGATIVE_PARTS = {"time", "date", "order", "price", "amount", "count", "trade",
            "fee", "total", "version", "size", "duration", "sequence", "session", "nonce", "token", "requestid",
            "traceid", "eventid", "messageid", "msgid"};

    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> VETO_CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private KeyNames() {
    }

    /** Lower case, letters and digits only: {@code $identity_android_id} → {@code identityandroidid}. */
    public static String normalize(String key) {
        return com.consentlens.detectors.decode.NormalizedKeys.normalize(key);
    }

    /** The identifier type a key name announces, or null. */
    public static PiiType announced(String key) {
        return announcedNormalized(normalize(key));
    }

    static PiiType announcedNormalized(String k) {
        if (k.isEmpty()) {
            return null;
        }
        if (k.contains("imei") || IMEI.contains(k)) {
            return PiiType.IMEI;
        }
        if (k.contains("meid")) {
            return PiiType.MEID;
        }
        if (k.contains("oaid")) {
            return PiiType.OAID;
        }
        if (k.startsWith("imsi") || k.endsWith("imsi") || k.equals("subscriberid")) { // not claimsInfo
            return PiiType.IMSI;
        }
        // sim_serial_number: ByteDance AppLog's name for the ICCID, before any serial name below
        if (k.contains("iccid") || k.startsWith("simserial")) {
            return PiiType.ICCID;
        }
        if (GAID.contains(k)) {
            return PiiType.GAID;
        }
        if (ANDROID_ID.contains(k) || k.endsWith("androidid")) {
            return PiiType.ANDROID_ID;
        }
        if (MAC.contains(k) || k.endsWith("wifimac") && !k.equals("wifimac")) {
            return PiiType.MAC;
        }
        return SERIAL.contains(k) ? PiiType.SERIAL : null;
    }

    /** Every whole name {@link #announced} knows, and one name per part it looks for inside names. */
    static Set<String> announcingNames() {
        Set<String> all = new java.util.HashSet<>(GAID);
        all.addAll(ANDROID_ID);
        all.addAll(MAC);
        all.addAll(IMEI);
        all.addAll(SERIAL);
        all.addAll(List.of("imei", "meid", "oaid", "imsi", "subscriberid", "iccid", "simserial", "localwifimac"));
        return all;
    }

    /**
     * True when the key names a Wi-Fi access point's hardware address: its BSSID, the router or the gateway
     * ({@code bssid}, {@code connected_bssid}, {@code router_mac}, {@code ap_mac}), or a Wi-Fi scan list
     * ({@code wifi_list}, {@code wifiScanResults}, {@code nearby_wifi}, Baidu location's {@code wf}),
     * which carries many of them. None is
     * the phone's MAC; each is reported as a {@code WIFI} finding. A bare {@code wifi_mac} is one too: Pangle's
     * device object sends the connected access point's BSSID under it, beside the phone's own {@code mac}. A bare
     * {@code wifi} is not: {@code wifi=AC:37:…} is as often the phone's own Wi-Fi interface.
     */
    static boolean namesAccessPointNormalized(String k) {
        return k.contains("bssid") || k.contains("router") || k.contains("gateway") || k.equals("apmac")
                || k.equals("wifiapmac") || k.equals("wifimac") || k.contains("wifilist")
                || k.contains("wifiscan") || k.contains("scanresult") || k.contains("nearbywifi")
                || k.equals("wifis") || k.equals("aplist") || k.equals("wf");
    }

    /**
     * True when the name of a list says its entries are access points: {@code wifiAccessPoints} (Google's and
     * Mozilla's geolocation), {@code wifiinfo} (Tencent's), {@code wifi_list}, {@code wlan}, {@code scanResults},
     * {@code aps}. A MAC inside such an entry, even under {@code mac}, is an access point's BSSID.
     */
    static boolean namesAccessPointListNormalized(String k) {
        return k.contains("wifi") || k.contains("wlan") || k.contains("accesspoint") || k.contains("scan")
                || k.contains("bssid") || k.equals("aps") || k.equals("aplist");
    }

    /** True when the key names a time, counter, price, order or token: no digit pattern there is an ID. */
    public static boolean vetoesDigits(String key) {
        return vetoesDigitsNormalized(normalize(key));
    }

    static boolean vetoesDigitsNormalized(String k) {
        // Field names repeat across every event of a batch: remember the answer (bounded, thread-safe).
        Boolean known = VETO_CACHE.get(k);
        if (known == null) {
            known = computeVeto(k);
            if (VETO_CACHE.size() < 10_000) {
                VETO_CACHE.put(k, known);
            }
        }
        return known;
    }

    private static boolean computeVeto(String k) {
        if (NEGATIVE_EXACT.contains(k)) {
            return true;
        }
        for (String part : NEGATIVE_PARTS) {
            if (k.contains(part)) {
                return true;
            }
        }
        return false;
    }

    static boolean isLatitude(String key) {
        String k = withoutScale(key);
        return k.equals("lat") || k.equals("latitude") || k.endsWith("latitude") || k.equals("la")
                || k.equals("wgslat") || k.equals("gpslat") || k.equals("gcjlat") || k.equals("bdlat");
    }

    static boolean isLongitude(String key) {
        String k = withoutScale(key);
        return k.equals("lng") || k.equals("lon") || k.equals("long") || k.equals("longitude")
                || k.endsWith("longitude") || k.equals("lo") || k.equals("wgslng") || k.equals("gpslng")
                || k.equals("gpslon") || k.equals("gcjlng") || k.equals("bdlng");
    }

    /** {@code late6}, {@code latitudee7} (integer micro- and 10⁻⁷ degrees) name the same axis as {@code lat}. */
    private static String withoutScale(String k) {
        return k.length() > 3 && (k.endsWith("e6") || k.endsWith("e7")) ? k.substring(0, k.length() - 2) : k;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
