package com.consentlens.app.demo;

import com.consentlens.model.DeviceProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The demo's traffic script: what a typical Chinese shopping app with sixteen SDKs sends during its first minute,
 * in the order a tester would see it. Before consent: crash, push and analytics SDKs initialised in {@code
 * Application.onCreate} (Bugly, Umeng pre-init, JPush, Getui with its app list, the WeChat SDK's MTA, ByteDance
 * AppLog, Firebase) and the app's own device registration. After consent: attribution (Adjust, AppsFlyer, Branch
 * with an app list), ads (Pangle, Kuaishou, GDT), Sensors, GrowingIO, Baidu location and the app's orders, contact
 * match and event batch. In the background: location and push reports that keep running. Every request is built
 * from the given device profile, so the leaks the demo shows are that phone's identifiers, encoded the way each SDK
 * encodes them.
 *
 * <pre>{@code
 * List<DemoRequest> script = DemoTraffic.script(DemoProfile.create().device());
 * phone.run(script, hooks, Duration.ofMillis(150));
 * }</pre>
 */
public final class DemoTraffic {
    /** A host whose client pins its certificate: the demo shows it as a blind spot (Alipay SDK gateway). */
    public static final String PINNED_HOST = "mobilegw.alipay.com";
    /** Background location polls, one every 5 s of script time: enough to exceed the 10-in-60-s default. */
    static final int LOCATION_POLLS = 11;

    private DemoTraffic() {
    }

    public static List<DemoRequest> script(DeviceProfile device) {
        DeviceIds d = new DeviceIds(device, System.currentTimeMillis());
        List<DemoRequest> s = new ArrayList<>();
        Stage before = Stage.BEFORE_CONSENT;
        s.add(DeviceSdkTraffic.bugly(d, before));
        s.add(AnalyticsTraffic.umeng(d, before, false));
        s.add(PushTraffic.jpush(d, before, false));
        s.add(PushTraffic.getui(d, before));
        s.add(PushTraffic.getuiAppReport(d, before));
        s.add(AnalyticsTraffic.wechatMta(d, before));
        s.add(AnalyticsTraffic.appLog(d, before));
        s.add(FirebaseTraffic.installations(d, before));
        s.add(FirebaseTraffic.measurementConfig(d, before));
        s.add(FirstPartyTraffic.registerDevice(d, before));
        s.add(FirstPartyTraffic.feed(d, before));

        Stage after = Stage.AFTER_CONSENT;
        s.add(AttributionTraffic.adjust(d, after));
        s.add(AttributionTraffic.appsFlyer(d, after));
        s.add(AttributionTraffic.branchInstall(d, after));
        s.add(AttributionTraffic.branchAppList(d, after));
        s.add(AnalyticsTraffic.sensors(d, after));
        s.add(AnalyticsTraffic.growingIo(d, after));
        s.add(AdsTraffic.pangle(d, after));
        s.add(AdsTraffic.pangleGetAds(d, after));
        s.add(AdsTraffic.kuaishou(d, after));
        s.add(AdsTraffic.gdt(d, after));
        s.add(DeviceSdkTraffic.baiduLocation(d, after));
        s.add(FirstPartyTraffic.trackBatch(d, after));
        s.add(FirstPartyTraffic.contactMatch(d, after));
        s.add(FirstPartyTraffic.order(d, after));

        Stage background = Stage.BACKGROUND;
        s.add(AnalyticsTraffic.umeng(d, background, true));
        s.add(DeviceSdkTraffic.baiduLocation(d, background));
        s.add(PushTraffic.jpush(d, background, true));
        s.add(FirstPartyTraffic.ping(d, background));
        // The location SDK keeps polling while the app is in the background, each poll with the IMEI: the
        // frequency MIIT calls 超频次 (337号 (二)), far beyond what a backgrounded shopping app needs.
        for (int poll = 1; poll <= LOCATION_POLLS; poll++) {
            s.add(DeviceSdkTraffic.baiduLocation(new DeviceIds(device, d.now + poll * 5_000L), background));
        }

        // The user comes back and withdraws consent in the settings; the SDKs set up earlier keep reporting.
        Stage withdrawn = Stage.AFTER_WITHDRAWAL;
        s.add(AnalyticsTraffic.umeng(d, withdrawn, false));
        s.add(PushTraffic.getui(d, withdrawn));
        return List.copyOf(s);
    }

    /**
     * Every host the script (and the pinned-host probe) connects to; the app maps each one to the
     * {@link DemoUpstream} through the proxy's host overrides so nothing leaves the machine.
     */
    public static Set<String> hosts() {
        Set<String> hosts = new TreeSet<>();
        script(DemoProfile.create().device()).forEach(r -> hosts.add(r.host()));
        hosts.add(PINNED_HOST);
        return Set.copyOf(hosts);
    }
}
