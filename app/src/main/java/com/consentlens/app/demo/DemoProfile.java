package com.consentlens.app.demo;

import com.consentlens.model.AppProfile;
import com.consentlens.model.Contact;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.Profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The demo's lab phone and app under test: what a tester would type into {@code profile.json} after reading
 * the identifiers off a real phone (*#06# for IMEI/MEID, Settings → About for serial and MAC, an OAID/GAID
 * reader app). Values are plausible but fictitious: the IMEI has a valid Luhn digit and a real TAC-like
 * prefix, the IMSI starts 460 01 (China Unicom), the ICCID 8986 (China). The app declares only some of the
 * SDKs the script uses, so the demo shows UNDECLARED_SDK for Getui, Pangle, GDT, Adjust, AppsFlyer, Branch
 * and GrowingIO. The same profile is shipped as {@code demo-profile.json} (design.md §3 shape).
 */
public final class DemoProfile {
    /** Classpath location of the JSON form, for {@code consentlens demo} to show or save. */
    public static final String RESOURCE = "/com/consentlens/app/demo/demo-profile.json";

    /** The lab router the demo phone is on (Settings → WLAN → the network's details), fictitious. */
    public static final String LAB_ROUTER_BSSID = "D4:EE:07:5A:21:C3";

    /** Catalog ids the demo app lists in its 第三方共享清单. */
    static final List<String> DECLARED_SDKS = List.of("umeng_analytics", "jpush", "tencent_bugly", "sensorsdata",
            "baidu_lbs", "firebase_core", "firebase_analytics");

    private DemoProfile() {
    }

    public static Profile create() {
        DeviceProfile device = new DeviceProfile("ConsentLens demo phone (Xiaomi 2201123C)",
                List.of("867530012345672"),
                List.of("A1000049F3C2B7"),
                List.of("460011234567890"),
                List.of("89860112345678901234"),
                List.of("5f3c8e2a-91b7-4d06-a3e4-7c2b9d1f0e68"),
                List.of("cd5a2f7e-4b13-4e8a-9f62-0b7d3c1e8a45"),
                List.of("3f2a9c1b7e6d4a58"),
                List.of("AC:37:43:5D:8E:21"),
                List.of("R58N31K7QXA"),
                List.of("13812345678"),
                List.of("lab.tester@example.com"),
                new GeoPoint(39.9042, 116.4074, 2000),
                List.of(new Contact("张三", List.of("13900001111"), List.of()),
                        new Contact("李四", List.of("13700002222"), List.of("lisi@example.org"))),
                List.of("com.tencent.mm", "com.eg.android.AlipayGphone", "com.tencent.mobileqq", "com.sina.weibo",
                        "com.ss.android.ugc.aweme", "com.taobao.taobao", "com.jingdong.app.mall",
                        "com.xunmeng.pinduoduo", "com.sankuai.meituan", "com.baidu.BaiduMap",
                        "com.autonavi.minimap", "com.netease.cloudmusic"),
                List.of(LAB_ROUTER_BSSID));
        AppProfile app = new AppProfile("com.example.shop", List.of("*.example-shop.com"), DECLARED_SDKS);
        return new Profile(device, app);
    }

    /** The profile as {@code profile.json} text (the bundled resource). */
    public static String json() {
        try (InputStream in = DemoProfile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
