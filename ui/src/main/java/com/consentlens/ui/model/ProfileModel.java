package com.consentlens.ui.model;

import com.consentlens.model.AppProfile;
import com.consentlens.model.Contact;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.IdentifierFormats;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The profile editor's form: one text property per field of profile.json (lists are written one value per
 * line or comma-separated), an error property per field filled by {@link #validate()} with the same checks
 * the detectors rely on ({@link IdentifierFormats#problemWith}), and conversion to and from {@link Profile}.
 * Location is "lat, lng, radiusMeters"; a contact is one line "name; phone, phone; email, email".
 */
public final class ProfileModel {
    /** Form fields in display order, named like the profile.json keys. */
    public static final List<String> FIELDS = List.of("name", "imei", "meid", "imsi", "iccid", "oaid", "gaid",
            "androidId", "mac", "serial", "phone", "email", "location", "contacts", "installedApps", "bssid",
            "package", "firstPartyHosts", "declaredSdks");
    private static final Map<String, PiiType> TYPED = Map.ofEntries(Map.entry("imei", PiiType.IMEI),
            Map.entry("meid", PiiType.MEID), Map.entry("imsi", PiiType.IMSI), Map.entry("iccid", PiiType.ICCID),
            Map.entry("oaid", PiiType.OAID), Map.entry("gaid", PiiType.GAID),
            Map.entry("androidId", PiiType.ANDROID_ID), Map.entry("mac", PiiType.MAC),
            Map.entry("serial", PiiType.SERIAL), Map.entry("phone", PiiType.PHONE), Map.entry("email", PiiType.EMAIL),
            Map.entry("bssid", PiiType.WIFI));

    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();

    public ProfileModel() {
        for (String f : FIELDS) {
            values.put(f, new SimpleStringProperty(""));
            errors.put(f, new SimpleStringProperty(""));
            values.get(f).addListener(o -> validateField(f));
        }
    }

    public StringProperty value(String field) {
        return values.get(field);
    }

    public StringProperty error(String field) {
        return errors.get(field);
    }

    public void load(Profile p) {
        DeviceProfile d = p.device();
        set("name", d.name());
        TYPED.forEach((field, type) -> set(field, String.join("\n", d.valuesOf(type))));
        GeoPoint g = d.location();
        set("location", g == null ? "" : g.lat() + ", " + g.lng() + ", " + g.radiusMeters());
        set("contacts", String.join("\n", d.contacts().stream().map(c -> c.name() + "; "
                + String.join(", ", c.phones()) + "; " + String.join(", ", c.emails())).toList()));
        set("installedApps", String.join("\n", d.installedApps()));
        set("package", p.app().packageName());
        set("firstPartyHosts", String.join("\n", p.app().firstPartyHosts()));
        set("declaredSdks", String.join("\n", p.app().declaredSdks()));
    }

    /** Validates every field; returns the errors by field (empty when the form is valid). */
    public Map<String, String> validate() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : FIELDS) {
            validateField(f);
            if (!errors.get(f).get().isEmpty()) {
                out.put(f, errors.get(f).get());
            }
        }
        return out;
    }

    /** Builds the profile; throws IllegalArgumentException naming the first invalid field. */
    public Profile toProfile() {
        Map<String, String> problems = validate();
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new IllegalArgumentException(first.getKey() + ": " + first.getValue());
        }
        DeviceProfile d = new DeviceProfile(get("name").trim(), list("imei"), list("meid"), list("imsi"),
                list("iccid"), list("oaid"), list("gaid"), list("androidId"), list("mac"), list("serial"),
                list("phone"), list("email"), location(), contacts(), list("installedApps"), list("bssid"));
        return new Profile(d, new AppProfile(get("package").trim(), list("firstPartyHosts"), list("declaredSdks")));
    }

    private void validateField(String f) {
        String problem = "";
        try {
            if (TYPED.containsKey(f)) {
                for (String v : list(f)) {
                    String p = IdentifierFormats.problemWith(TYPED.get(f), v);
                    if (p != null) {
                        problem = v + ": " + p;
                        break;
                    }
                }
            } else if (f.equals("location")) {
                location();
            } else if (f.equals("contacts")) {
                contacts();
            }
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        errors.get(f).set(problem);
    }

    private GeoPoint location() {
        String s = get("location").trim();
        if (s.isEmpty()) {
            return null;
        }
        String[] parts = s.split("\\s*,\\s*");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("expected lat, lng[, radiusMeters]");
        }
        try {
            double r = parts.length == 3 ? Double.parseDouble(parts[2]) : 1000;
            return new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), r);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage());
        }
    }

    private List<Contact> contacts() {
        List<Contact> out = new ArrayList<>();
        for (String line : get("contacts").split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split(";", -1);
            List<String> phones = p.length > 1 ? split(p[1]) : List.of();
            for (String phone : phones) {
                String problem = IdentifierFormats.problemWith(PiiType.PHONE, phone);
                if (problem != null) {
                    throw new IllegalArgumentException(p[0].trim() + " " + phone + ": " + problem);
                }
            }
            out.add(new Contact(p[0].trim(), phones, p.length > 2 ? split(p[2]) : List.of()));
        }
        return out;
    }

    private List<String> list(String field) {
        return split(get(field));
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split("[,\\n\\r]+")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    private String get(String field) {
        String v = values.get(field).get();
        return v == null ? "" : v;
    }

    private void set(String field, String v) {
        values.get(field).set(v);
    }
}
