package com.consentlens.evidence.pkg;

import com.consentlens.model.AppProfile;
import com.consentlens.model.Contact;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;
import com.consentlens.model.ValueMasker;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The package's {@code profile.json}: the design.md §3 shape, with every personal value masked
 * ({@link ValueMasker}) unless the export is unmasked. A masked location keeps one decimal (about 10 km);
 * the installed-app list stays readable, as in findings. The manifest records the SHA-256 of exactly these
 * bytes, so the regulator can tell which profile the findings were matched against.
 */
final class ProfileExport {
    private ProfileExport() {
    }

    static byte[] bytes(Profile profile, boolean unmask) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            DeviceProfile d = profile.device();
            g.writeStartObject();
            g.writeObjectFieldStart("device");
            g.writeStringField("name", d.name());
            list(g, "imei", d.imei(), PiiType.IMEI, unmask);
            list(g, "meid", d.meid(), PiiType.MEID, unmask);
            list(g, "imsi", d.imsi(), PiiType.IMSI, unmask);
            list(g, "iccid", d.iccid(), PiiType.ICCID, unmask);
            list(g, "oaid", d.oaid(), PiiType.OAID, unmask);
            list(g, "gaid", d.gaid(), PiiType.GAID, unmask);
            list(g, "androidId", d.androidId(), PiiType.ANDROID_ID, unmask);
            list(g, "mac", d.mac(), PiiType.MAC, unmask);
            list(g, "serial", d.serial(), PiiType.SERIAL, unmask);
            list(g, "phone", d.phone(), PiiType.PHONE, unmask);
            list(g, "email", d.email(), PiiType.EMAIL, unmask);
            location(g, d.location(), unmask);
            g.writeArrayFieldStart("contacts");
            for (Contact c : d.contacts()) {
                g.writeStartObject();
                g.writeStringField("name", unmask ? c.name() : ValueMasker.mask(c.name()));
                list(g, "phones", c.phones(), PiiType.PHONE, unmask);
                list(g, "emails", c.emails(), PiiType.EMAIL, unmask);
                g.writeEndObject();
            }
            g.writeEndArray();
            list(g, "installedApps", d.installedApps(), PiiType.APP_LIST, unmask);
            list(g, "bssid", d.bssid(), PiiType.WIFI, unmask);
            g.writeEndObject();
            AppProfile a = profile.app();
            g.writeObjectFieldStart("app");
            g.writeStringField("package", a.packageName());
            list(g, "firstPartyHosts", a.firstPartyHosts(), PiiType.APP_LIST, true);
            list(g, "declaredSdks", a.declaredSdks(), PiiType.APP_LIST, true);
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void list(JsonGenerator g, String key, List<String> values, PiiType type, boolean unmask)
            throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(unmask ? v : ValueMasker.mask(type, v));
        }
        g.writeEndArray();
    }

    private static void location(JsonGenerator g, GeoPoint p, boolean unmask) throws IOException {
        if (p == null) {
            g.writeNullField("location");
            return;
        }
        g.writeObjectFieldStart("location");
        g.writeNumberField("lat", unmask ? p.lat() : Math.round(p.lat() * 10) / 10.0);
        g.writeNumberField("lng", unmask ? p.lng() : Math.round(p.lng() * 10) / 10.0);
        g.writeNumberField("radiusMeters", p.radiusMeters());
        if (!unmask) {
            g.writeBooleanField("masked", true);
        }
        g.writeEndObject();
    }
}
