package com.consentlens.detectors.match;

import com.consentlens.model.GeoPoint;

import java.util.List;

/**
 * The coordinate systems a phone's position travels in inside China. The phone's GPS gives WGS-84; maps
 * and location SDKs licensed in China must publish GCJ-02 (国测局坐标, "Mars coordinates": WGS-84 shifted by
 * a published non-linear offset of a few hundred metres), and Baidu's SDKs add a second shift to get
 * BD-09 (百度坐标). One position can therefore leave the phone as three different coordinate pairs. The
 * formulas are the public ones every Chinese map client implements (as in wandergis/coordtransform, whose
 * reference values the tests check); outside China's bounding box GCJ-02 equals WGS-84.
 *
 * <p>{@link #homes} turns the profile's point into the circles a leak may fall in, each named by the datum
 * step a finding then carries in its encoding ({@code gcj-02}, {@code bd-09}; {@code wgs-84} when the
 * profile's point was itself taken from a Chinese map and the SDK sent raw GPS).
 */
final class ChinaDatums {
    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;

    private ChinaDatums() {
    }

    /** A circle a reported coordinate may fall in, and the datum step that names it ("" for the point as given). */
    record Home(GeoPoint circle, String datum) {
    }

    /** The profile's point as given, then as GCJ-02, as BD-09, and read back from GCJ-02 to WGS-84. */
    static List<Home> homes(GeoPoint home) {
        double[] gcj = wgsToGcj(home.lat(), home.lng());
        double[] bd = gcjToBd(gcj[0], gcj[1]);
        double[] wgs = gcjToWgs(home.lat(), home.lng());
        return List.of(new Home(home, ""), circle(home, gcj, "gcj-02"), circle(home, bd, "bd-09"),
                circle(home, wgs, "wgs-84"));
    }

    private static Home circle(GeoPoint home, double[] latLng, String datum) {
        double lat = Math.max(-90, Math.min(90, latLng[0]));
        double lng = Math.max(-180, Math.min(180, latLng[1]));
        return new Home(new GeoPoint(lat, lng, home.radiusMeters()), datum);
    }

    static boolean outOfChina(double lat, double lng) {
        return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    /** WGS-84 → GCJ-02, as {@code {lat, lng}}. */
    static double[] wgsToGcj(double lat, double lng) {
        if (outOfChina(lat, lng)) {
            return new double[] {lat, lng};
        }
        double[] d = delta(lat, lng);
        return new double[] {lat + d[0], lng + d[1]};
    }

    /** GCJ-02 → WGS-84 by one inverse step (within a few metres, far below any radius). */
    static double[] gcjToWgs(double lat, double lng) {
        if (outOfChina(lat, lng)) {
            return new double[] {lat, lng};
        }
        double[] d = delta(lat, lng);
        return new double[] {lat - d[0], lng - d[1]};
    }

    /** GCJ-02 → BD-09. */
    static double[] gcjToBd(double lat, double lng) {
        double z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
        double theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * X_PI);
        return new double[] {z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065};
    }

    /** BD-09 → GCJ-02. */
    static double[] bdToGcj(double lat, double lng) {
        double x = lng - 0.0065;
        double y = lat - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new double[] {z * Math.sin(theta), z * Math.cos(theta)};
    }

    /** The GCJ-02 offset at a WGS-84 point, {@code {dLat, dLng}} in degrees. */
    private static double[] delta(double lat, double lng) {
        double x = lng - 105.0;
        double y = lat - 35.0;
        double dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
                + periodic(x) + (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0
                + (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        double dLng = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
                + periodic(x) + (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0
                + (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        double radLat = lat / 180.0 * Math.PI;
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        return new double[] {(dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI),
                (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI)};
    }

    private static double periodic(double x) {
        return (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    }
}
