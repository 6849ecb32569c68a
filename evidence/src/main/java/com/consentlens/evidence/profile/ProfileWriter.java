package com.consentlens.evidence.profile;

import com.consentlens.model.AppProfile;
import com.consentlens.model.Contact;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;
import com.consentlens.model.ValueMasker;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes a profile in the §3 shape and key order. Masking covers everything that identifies the phone or
 * its owner: identifiers and contacts through {@link ValueMasker}, the location rounded to one decimal
 * (about 10 km); the device name, installed apps and the app profile stay readable. A masked profile is for
 * people, not for reading back (masked IMEIs no longer validate).
 */
final class ProfileWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProfileWriter() {
    }

    static String write(Profile profile, boolean masked, boolean pretty) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("device", device(profile.device(), masked));
        root.set("app", app(profile.app()));
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    : MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static ObjectNode device(DeviceProfile d, boolean masked) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", d.name());
        ids(node, "imei", PiiType.IMEI, d.imei(), masked);
        ids(node, "meid", PiiType.MEID, d.meid(), masked);
        ids(node, "imsi", PiiType.IMSI, d.imsi(), masked);
        ids(node, "iccid", PiiType.ICCID, d.iccid(), masked);
        ids(node, "oaid", PiiType.OAID, d.oaid(), masked);
        ids(node, "gaid", PiiType.GAID, d.gaid(), masked);
        ids(node, "androidId", PiiType.ANDROID_ID, d.androidId(), masked);
        ids(node, "mac", PiiType.MAC, d.mac(), masked);
        ids(node, "serial", PiiType.SERIAL, d.serial(), masked);
        ids(node, "phone", PiiType.PHONE, d.phone(), masked);
        ids(node, "email", PiiType.EMAIL, d.email(), masked);
        GeoPoint loc = d.location();
        if (loc != null) {
            ObjectNode l = node.putObject("location");
            l.put("lat", masked ? oneDecimal(loc.lat()) : loc.lat());
            l.put("lng", masked ? oneDecimal(loc.lng()) : loc.lng());
            l.put("radiusMeters", loc.radiusMeters());
        }
        ArrayNode contacts = node.putArray("contacts");
        for (Contact c : d.contacts()) {
            ObjectNode cn = contacts.addObject();
            cn.put("name", masked ? ValueMasker.mask(c.name()) : c.name());
            ids(cn, "phones", PiiType.PHONE, c.phones(), masked);
            ids(cn, "emails", PiiType.EMAIL, c.emails(), masked);
        }
        strings(node.putArray("installedApps"), d.installedApps());
        ids(node, "bssid", PiiType.WIFI, d.bssid(), masked);
        return node;
    }

    private static ObjectNode app(AppProfile a) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("package", a.packageName());
        strings(node.putArray("firstPartyHosts"), a.firstPartyHosts());
        strings(node.putArray("declaredSdks"), a.declaredSdks());
        return node;
    }

    private static void ids(ObjectNode parent, String key, PiiType type, List<String> values, boolean masked) {
        ArrayNode array = parent.putArray(key);
        for (String v : values) {
            array.add(masked ? ValueMasker.mask(type, v) : v);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static double oneDecimal(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
