package com.consentlens.app.device;

import com.consentlens.model.Contact;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.Profile;
import java.util.LinkedHashSet;
import java.util.List;

/** A profile extended with what adb read off the phone: values added, nothing the tester entered is lost. */
public final class PhoneProfile {
    private PhoneProfile() {
    }

    /** The radius given to a location read off the phone: a phone indoors reports fixes this far apart. */
    static final double PHONE_FIX_RADIUS_METERS = 2000;

    /**
     * {@code start} with the phone's Android ID, MAC, serial, apps, contacts and Wi-Fi BSSID added; its name if it had none,
     * and the phone's last fix as its location if it had none.
     */
    public static Profile merge(Profile start, AdbDevice.DeviceFacts facts) {
        DeviceProfile d = start.device();
        String name = d.name().isEmpty() ? (facts.model().isEmpty() ? facts.serial() : facts.model()) : d.name();
        DeviceProfile merged = new DeviceProfile(name, union(d.imei(), facts.imei()), d.meid(), d.imsi(), d.iccid(), d.oaid(), d.gaid(),
                union(d.androidId(), facts.androidId()), union(d.mac(), facts.mac()), union(d.serial(), facts.serial()),
                d.phone(), d.email(), d.location() != null || facts.location() == null ? d.location()
                        : new GeoPoint(facts.location()[0], facts.location()[1], PHONE_FIX_RADIUS_METERS),
                contacts(d.contacts(), facts.contacts()), union(d.installedApps(), facts.packages()),
                union(d.bssid(), facts.bssid()));
        return new Profile(merged, start.app());
    }

    /** The phone attached over adb read into {@code start}; errors (no adb, no or several devices) as usage errors. */
    public static Profile fromAdb(Profile start, String adb, String serial) {
        return merge(start, AdbDevice.connect(adb, serial).read());
    }

    /** The profile's contacts, then the phone's contacts whose names it does not have yet. */
    private static List<Contact> contacts(List<Contact> known, List<Contact> read) {
        java.util.Set<String> names = new java.util.HashSet<>();
        known.forEach(c -> names.add(c.name()));
        List<Contact> all = new java.util.ArrayList<>(known);
        read.stream().filter(c -> names.add(c.name())).forEach(all::add);
        return List.copyOf(all);
    }

    private static List<String> union(List<String> known, String value) {
        return value.isEmpty() ? known : union(known, List.of(value));
    }

    private static List<String> union(List<String> known, List<String> values) {
        LinkedHashSet<String> all = new LinkedHashSet<>(known);
        all.addAll(values);
        return List.copyOf(all);
    }
}
