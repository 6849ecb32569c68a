package com.consentlens.model;

import java.util.List;

/**
 * The ground truth about the test phone: its identifiers, location, contacts and installed apps, as the
 * tester read them off the phone. Detectors search traffic for these values and their variants (hashes,
 * case, separators); a match is the strongest evidence ConsentLens can give ({@code match: "exact"}).
 * Every list may be empty; {@code location} may be null. {@code bssid} holds the hardware addresses of the
 * lab's Wi-Fi access points (the router the phone is on): not the phone's own identifier, but as telling as
 * a location, since public Wi-Fi databases place an access point to within metres.
 */
public record DeviceProfile(String name, List<String> imei, List<String> meid, List<String> imsi,
                            List<String> iccid, List<String> oaid, List<String> gaid, List<String> androidId,
                            List<String> mac, List<String> serial, List<String> phone, List<String> email,
                            GeoPoint location, List<Contact> contacts, List<String> installedApps,
                            List<String> bssid) {

    public static final DeviceProfile EMPTY = new DeviceProfile("", List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(),
            List.of());

    public DeviceProfile {
        name = name == null ? "" : name;
        imei = copy(imei);
        meid = copy(meid);
        imsi = copy(imsi);
        iccid = copy(iccid);
        oaid = copy(oaid);
        gaid = copy(gaid);
        androidId = copy(androidId);
        mac = copy(mac);
        serial = copy(serial);
        phone = copy(phone);
        email = copy(email);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        installedApps = copy(installedApps);
        bssid = copy(bssid);
    }

    /** The identifier values of one type (IMEI, OAID, …); empty for types the profile does not list by value. */
    public List<String> valuesOf(PiiType type) {
        return switch (type) {
            case IMEI -> imei;
            case MEID -> meid;
            case IMSI -> imsi;
            case ICCID -> iccid;
            case OAID -> oaid;
            case GAID -> gaid;
            case ANDROID_ID -> androidId;
            case MAC -> mac;
            case SERIAL -> serial;
            case PHONE -> phone;
            case EMAIL -> email;
            case WIFI -> bssid;
            default -> List.of();
        };
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
