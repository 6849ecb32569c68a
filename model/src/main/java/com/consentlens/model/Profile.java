package com.consentlens.model;

/** The {@code profile.json} a tester loads: the device's ground truth and the app under test (design.md §3). */
public record Profile(DeviceProfile device, AppProfile app) {
    public static final Profile EMPTY = new Profile(DeviceProfile.EMPTY, AppProfile.EMPTY);

    public Profile {
        device = device == null ? DeviceProfile.EMPTY : device;
        app = app == null ? AppProfile.EMPTY : app;
    }
}
