package com.consentlens.detectors;

import com.consentlens.model.AppProfile;
import com.consentlens.model.Body;
import com.consentlens.model.Contact;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.Exchange;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.Headers;
import com.consentlens.model.Profile;

import java.util.List;

/** The lab phone of design.md §3 (with a valid Android ID) and exchange factories, like mitmproxy's tflow. */
public final class Fixtures {
    public static final String IMEI = "867530012345674";
    public static final String IMSI = "460011234567890";
    public static final String ICCID = "89860112345678901234";
    public static final String OAID = "6f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f";
    public static final String GAID = "38400000-8cf0-11bd-b23e-10b96e40000d";
    public static final String ANDROID_ID = "3c2f8a9b1d4e5f60";
    public static final String MAC = "AC:37:43:12:34:56";
    public static final String SERIAL = "R58N12345AB";
    /** The lab router's BSSID (the profile's {@code bssid}). */
    public static final String BSSID = "5C:02:14:A8:3B:7F";
    public static final String PHONE = "13812345678";
    public static final String EMAIL = "zhangsan@example.com";
    public static final String CONTACT_PHONE = "13900001111";
    public static final String CONTACT_EMAIL = "lisi@example.org";
    public static final List<String> APPS = List.of("com.tencent.mm", "com.eg.android.AlipayGphone",
            "com.taobao.taobao", "com.sina.weibo", "com.ss.android.ugc.aweme");

    private static final SdkCatalog CATALOG = SdkCatalog.loadDefault();

    private Fixtures() {
    }

    public static SdkCatalog catalog() {
        return CATALOG;
    }

    public static Profile profile() {
        DeviceProfile device = new DeviceProfile("Lab phone A", List.of(IMEI), List.of(), List.of(IMSI),
                List.of(ICCID), List.of(OAID), List.of(GAID), List.of(ANDROID_ID), List.of(MAC), List.of(SERIAL),
                List.of(PHONE), List.of(EMAIL), new GeoPoint(39.9042, 116.4074, 2000),
                List.of(new Contact("张三", List.of(CONTACT_PHONE), List.of(CONTACT_EMAIL))), APPS, List.of(BSSID));
        AppProfile app = new AppProfile("com.example.shop", List.of("*.example-shop.com"),
                List.of("umeng_analytics", "jpush"));
        return new Profile(device, app);
    }

    public static Exchange get(String url, String... headers) {
        return Exchange.builder().flowId("f-000001").client("127.0.0.1").startMillis(1_763_883_662_123L)
                .endMillis(1_763_883_662_200L).method("GET").url(url).requestHeaders(Headers.of(headers))
                .status(200).build();
    }

    public static Exchange post(String url, byte[] body, String... headers) {
        return get(url, headers).toBuilder().method("POST").requestBody(Body.of(body)).build();
    }

    public static Exchange post(String url, String body, String... headers) {
        return post(url, Payloads.utf8(body), headers);
    }
}
