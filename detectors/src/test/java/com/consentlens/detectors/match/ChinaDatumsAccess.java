package com.consentlens.detectors.match;

/** The datum conversions for tests outside the package (the detector table builds GCJ-02 and BD-09 payloads). */
public final class ChinaDatumsAccess {
    private ChinaDatumsAccess() {
    }

    public static double[] wgsToGcj(double lat, double lng) {
        return ChinaDatums.wgsToGcj(lat, lng);
    }

    public static double[] gcjToBd(double lat, double lng) {
        return ChinaDatums.gcjToBd(lat, lng);
    }
}
