package com.consentlens.app.demo;

import static com.consentlens.app.demo.DeviceIds.headers;
import static com.consentlens.app.demo.Wire.map;

/**
 * Firebase start-up calls. Neither carries a hardware identifier: the installation ID (FID) and
 * app_instance_id are random per install. They are in the script as realistic negatives: third-party
 * traffic before consent that a careful detector must not flag as a leak of the profile's identifiers.
 */
final class FirebaseTraffic {
    static final String GMP_APP_ID = "1:480312965127:android:3f4a5b6c7d8e9f00";

    private FirebaseTraffic() {
    }

    /**
     * Firebase Installations: {@code POST https://firebaseinstallations.googleapis.com/v1/projects/{project}
     * /installations} with {@code {fid, appId, authVersion: "FIS_v2", sdkVersion}} (the documented REST
     * contract, mirrored by the JS SDK and the Rust port dgasparri/firebase-rs-sdk); the Android client
     * gzips the body and sends {@code X-Android-Package}, {@code X-Android-Cert} and the API key.
     */
    static DemoRequest installations(DeviceIds d, Stage stage) {
        String body = Wire.json(map("fid", "dX3kZ1rQa2N0bLmC9pUoEw", "appId", GMP_APP_ID,
                "authVersion", "FIS_v2", "sdkVersion", "a:17.2.0"));
        return new DemoRequest("firebase_core", stage, "POST",
                "https://firebaseinstallations.googleapis.com/v1/projects/example-shop-prod/installations",
                headers("Content-Type", "application/json", "Accept", "application/json",
                        "Content-Encoding", "gzip", "Cache-Control", "no-cache",
                        "X-Android-Package", DeviceIds.PACKAGE,
                        "X-Android-Cert", "5E8F16062EA3CD2C4A0D547876BAA6F38CABF625",
                        "x-goog-api-key", "AIzaSyD3m0-ExampleShopDemoKey0000000000",
                        "User-Agent", DeviceIds.DALVIK_UA),
                Wire.gzip(Wire.utf8(body)), "Firebase Installations registers a random FID (no device ID)");
    }

    /** Google Analytics for Firebase config fetch: {@code GET app-measurement.com/config/app/{gmp_app_id}}. */
    static DemoRequest measurementConfig(DeviceIds d, Stage stage) {
        String url = "https://app-measurement.com/config/app/" + GMP_APP_ID
                + "?platform=android&gmp_version=233615&runtime_version=0"
                + "&app_instance_id=7c1f0e9d2b3a45c68e7f90a1b2c3d4e5";
        return new DemoRequest("firebase_analytics", stage, "GET", url,
                headers("User-Agent", DeviceIds.DALVIK_UA, "Accept-Encoding", "gzip"), null,
                "Firebase Analytics fetches its remote config (random app_instance_id only)");
    }
}
