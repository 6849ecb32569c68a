package com.consentlens.evidence.profile;

/** Profile texts shared by tests. */
public final class ProfileJsonTestData {
    /** The example of design.md §3 (with a real OAID in place of the elided one). */
    public static final String DESIGN_EXAMPLE = """
            {
              "device": {
                "name": "Lab phone A",
                "imei": ["867530012345674"], "meid": [], "imsi": ["460011234567890"],
                "iccid": ["89860112345678901234"], "oaid": ["6f0c1d2e-7a8b-4c5d-9e0f-112233445566"], "gaid": [],
                "androidId": ["9774d56d682e549c"], "mac": ["AC:37:43:12:34:56"],
                "serial": ["R58N12345AB"], "phone": ["13812345678"], "email": [],
                "location": {"lat": 39.9042, "lng": 116.4074, "radiusMeters": 2000},
                "contacts": [{"name": "张三", "phones": ["13900001111"], "emails": []}],
                "installedApps": ["com.tencent.mm", "com.eg.android.AlipayGphone"],
                "bssid": ["5C:02:14:A8:3B:7F"]
              },
              "app": {
                "package": "com.example.shop",
                "firstPartyHosts": ["*.example-shop.com"],
                "declaredSdks": ["umeng_analytics", "jpush"]
              }
            }
            """;

    private ProfileJsonTestData() {
    }
}
