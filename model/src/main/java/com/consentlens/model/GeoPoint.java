package com.consentlens.model;

/**
 * The phone's true location and how far from it a reported coordinate still counts as this phone's
 * ({@code radiusMeters}). SDKs round and scale coordinates, so a location leak is a match within the radius,
 * not an exact value; the datum shifts used in China (GCJ-02, BD-09: several hundred metres) are undone by
 * the location detector, so the radius need only cover rounding and the phone's own movement.
 */
public record GeoPoint(double lat, double lng, double radiusMeters) {
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    public GeoPoint {
        if (lat < -90 || lat > 90) {
            throw new IllegalArgumentException("lat must be between -90 and 90, got " + lat);
        }
        if (lng < -180 || lng > 180) {
            throw new IllegalArgumentException("lng must be between -180 and 180, got " + lng);
        }
        if (!(radiusMeters > 0)) {
            throw new IllegalArgumentException("radiusMeters must be positive, got " + radiusMeters);
        }
    }

    /** Great-circle distance in metres (haversine). */
    public double distanceMeters(double otherLat, double otherLng) {
        double dLat = Math.toRadians(otherLat - lat);
        double dLng = Math.toRadians(otherLng - lng);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat))
                * Math.cos(Math.toRadians(otherLat)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public boolean contains(double otherLat, double otherLng) {
        return distanceMeters(otherLat, otherLng) <= radiusMeters;
    }
}
