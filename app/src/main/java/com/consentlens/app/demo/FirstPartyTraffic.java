package com.consentlens.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.consentlens.app.demo.DeviceIds.headers;
import static com.consentlens.app.demo.Wire.map;

/**
 * The demo app's own backend ({@code *.example-shop.com}): a feed, a device registration, an order, a
 * "find friends" contact match and an analytics batch. First-party collection before consent is still a
 * 337号 violation; requests with only timestamps, order numbers and request signatures are negatives.
 */
final class FirstPartyTraffic {
    private static final String API = "https://api.example-shop.com";

    private FirstPartyTraffic() {
    }

    /** Home feed with a request signature (md5 over the query): hashes that are not identifiers. */
    static DemoRequest feed(DeviceIds d, Stage stage) {
        String query = "page=1&size=20&ts=" + d.now / 1000 + "&v=" + DeviceIds.APP_VERSION;
        return new DemoRequest(DemoRequest.FIRST_PARTY, stage, "GET",
                API + "/v2/home/feed?" + query + "&sign=" + Wire.md5(query + "shop-secret"),
                appHeaders(), null, "Home feed: timestamp and request signature only (negative)");
    }

    static DemoRequest registerDevice(DeviceIds d, Stage stage) {
        Map<String, Object> body = map("imei", d.imei, "android_id", d.androidId, "oaid", d.oaid,
                "brand", DeviceIds.BRAND, "model", DeviceIds.MODEL, "os", "android " + DeviceIds.OS_VERSION,
                "push_channel", "jpush", "ts", d.now);
        return json(stage, API + "/v1/device/register", body,
                "The app registers the device with IMEI, Android ID and OAID before consent");
    }

    /** An order: a 20-character order number, SKU, amount and time; nothing about the person (negative). */
    static DemoRequest order(DeviceIds d, Stage stage) {
        Map<String, Object> body = map("order_no", "SO20261123094112" + "0037", "sku_id", "100023456789",
                "quantity", 1, "amount", "59.90", "currency", "CNY", "coupon", "NEWUSER10", "created_at", d.now);
        return json(stage, API + "/v1/orders", body, "Order placement: order number and amounts (negative)");
    }

    /** "Find friends": SHA-256 of each address-book number, a contact upload even though hashed. */
    static DemoRequest contactMatch(DeviceIds d, Stage stage) {
        List<String> hashes = new ArrayList<>();
        d.profile.contacts().forEach(c -> c.phones().forEach(p -> hashes.add(Wire.sha256(p))));
        return json(stage, API + "/v1/friends/match", map("algo", "sha256", "hashes", hashes, "ts", d.now),
                "Find friends: SHA-256 of every contact's phone number");
    }

    /** The app's own event batch, zstd-compressed: the login event carries the user's phone number. */
    static DemoRequest trackBatch(DeviceIds d, Stage stage) {
        Map<String, Object> body = map("device", map("oaid", d.oaid, "model", DeviceIds.MODEL),
                "events", List.of(map("name", "login", "method", "sms", "phone", d.phone, "ts", d.now),
                        map("name", "view_item", "sku_id", "100023456789", "ts", d.now + 4_000)));
        return new DemoRequest(DemoRequest.FIRST_PARTY, stage, "POST", "https://log.example-shop.com/v1/track/batch",
                headers("Content-Type", "application/json", "Content-Encoding", "zstd",
                        "User-Agent", DeviceIds.OKHTTP_UA),
                Wire.zstd(Wire.utf8(Wire.json(body))), "First-party event batch (zstd): login with phone number");
    }

    static DemoRequest ping(DeviceIds d, Stage stage) {
        return new DemoRequest(DemoRequest.FIRST_PARTY, stage, "GET",
                API + "/v1/ping?ts=" + d.now / 1000 + "&v=" + DeviceIds.APP_VERSION, appHeaders(), null,
                "Background keep-alive: timestamp only (negative)");
    }

    private static DemoRequest json(Stage stage, String url, Map<String, Object> body, String description) {
        List<com.consentlens.model.Header> headers = new ArrayList<>(appHeaders());
        headers.add(new com.consentlens.model.Header("Content-Type", "application/json; charset=utf-8"));
        return new DemoRequest(DemoRequest.FIRST_PARTY, stage, "POST", url, headers,
                Wire.utf8(Wire.json(body)), description);
    }

    private static List<com.consentlens.model.Header> appHeaders() {
        return headers("User-Agent", DeviceIds.OKHTTP_UA, "X-App-Version", DeviceIds.APP_VERSION,
                "X-Channel", "xiaomi");
    }
}
