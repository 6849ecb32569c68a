package com.consentlens.evidence.profile;

import com.consentlens.model.AppProfile;
import com.consentlens.model.Contact;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The strict reader behind {@link ProfileJson#parse}: walks the JSON tree field by field so that every
 * problem names its path ({@code device.contacts[0].phones[1]}). {@code null} counts as absent. A location
 * without {@code radiusMeters} gets {@value #DEFAULT_RADIUS_METERS} m.
 */
final class ProfileReader {
    static final double DEFAULT_RADIUS_METERS = 1000;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ProfileReader() {
    }

    static Profile parse(String json) throws ProfileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new ProfileException("invalid JSON: " + where + firstLine(e.getOriginalMessage()), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ProfileException("invalid JSON: the profile is empty");
        }
        JsonFields top = JsonFields.object(root, "profile", "device", "app");
        JsonNode device = top.get("device");
        JsonNode app = top.get("app");
        return new Profile(device == null ? DeviceProfile.EMPTY : device(device),
                app == null ? AppProfile.EMPTY : app(app));
    }

    private static DeviceProfile device(JsonNode node) throws ProfileException {
        JsonFields f = JsonFields.object(node, "device", "name", "imei", "meid", "imsi", "iccid", "oaid", "gaid",
                "androidId", "mac", "serial", "phone", "email", "location", "contacts", "installedApps", "bssid");
        return new DeviceProfile(f.string("name"), ids(f, "imei", PiiType.IMEI), ids(f, "meid", PiiType.MEID),
                ids(f, "imsi", PiiType.IMSI), ids(f, "iccid", PiiType.ICCID), ids(f, "oaid", PiiType.OAID),
                ids(f, "gaid", PiiType.GAID), ids(f, "androidId", PiiType.ANDROID_ID), ids(f, "mac", PiiType.MAC),
                ids(f, "serial", PiiType.SERIAL), ids(f, "phone", PiiType.PHONE), ids(f, "email", PiiType.EMAIL),
                location(f.get("location")), contacts(f.get("contacts")), f.strings("installedApps", null),
                ids(f, "bssid", PiiType.WIFI));
    }

    private static AppProfile app(JsonNode node) throws ProfileException {
        JsonFields f = JsonFields.object(node, "app", "package", "firstPartyHosts", "declaredSdks");
        return new AppProfile(f.string("package"), f.strings("firstPartyHosts", null),
                f.strings("declaredSdks", null));
    }

    private static List<String> ids(JsonFields f, String key, PiiType type) throws ProfileException {
        return f.strings(key, type);
    }

    private static GeoPoint location(JsonNode node) throws ProfileException {
        if (node == null) {
            return null;
        }
        JsonFields f = JsonFields.object(node, "device.location", "lat", "lng", "radiusMeters");
        double lat = f.number("lat", null);
        double lng = f.number("lng", null);
        double radius = f.number("radiusMeters", DEFAULT_RADIUS_METERS);
        try {
            return new GeoPoint(lat, lng, radius);
        } catch (IllegalArgumentException e) {
            throw new ProfileException("device.location: " + e.getMessage());
        }
    }

    private static List<Contact> contacts(JsonNode node) throws ProfileException {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ProfileException("device.contacts: must be a list of contacts, not " + JsonFields.kind(node));
        }
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonFields f = JsonFields.object(node.get(i), "device.contacts[" + i + "]", "name", "phones", "emails");
            contacts.add(new Contact(f.string("name"), f.strings("phones", PiiType.PHONE),
                    f.strings("emails", PiiType.EMAIL)));
        }
        return contacts;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
