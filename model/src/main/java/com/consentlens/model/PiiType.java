package com.consentlens.model;

/**
 * The kinds of personal data ConsentLens looks for in a phone's traffic. The names are the {@code pii}
 * values of the findings contract; each carries its label in Chinese and English for the UI and reports.
 */
public enum PiiType {
    IMEI("IMEI", "国际移动设备识别码 (IMEI)"),
    MEID("MEID", "移动设备识别码 (MEID)"),
    IMSI("IMSI", "国际移动用户识别码 (IMSI)"),
    ICCID("ICCID", "SIM 卡号 (ICCID)"),
    OAID("OAID", "匿名设备标识符 (OAID)"),
    GAID("Google Advertising ID", "谷歌广告标识符 (GAID)"),
    ANDROID_ID("Android ID", "安卓 ID (Android ID)"),
    MAC("MAC address", "MAC 地址"),
    SERIAL("Serial number", "设备序列号"),
    PHONE("Phone number", "手机号码"),
    EMAIL("Email address", "电子邮箱"),
    LOCATION("Location", "位置信息"),
    CONTACT("Contacts", "通讯录"),
    APP_LIST("Installed-app list", "已安装应用列表"),
    RESIDENT_ID("Resident ID number", "居民身份证号"),
    /**
     * A Wi-Fi access point's hardware address (BSSID): the router the phone is on, or the access points of a
     * Wi-Fi scan list. Not the phone's identifier, but it places the phone: public Wi-Fi databases locate
     * an access point to within metres, which is why location SDKs upload scan lists.
     */
    WIFI("Wi-Fi access point (BSSID)", "WLAN 接入点 (BSSID)"),
    /**
     * A cell tower the phone is camped on or hears (基站信息): its area code and cell identity, with the
     * network's country and operator codes when they are sent too. Like a BSSID it is not the phone's own
     * identifier but it places the phone, to a few hundred metres in a city, through public cell databases.
     * Found by shape only: the serving cell changes as the phone moves, so a profile cannot list it.
     */
    CELL("Cell tower (base station)", "基站信息");

    private final String labelEn;
    private final String labelZh;

    PiiType(String labelEn, String labelZh) {
        this.labelEn = labelEn;
        this.labelZh = labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    /** Device identifiers: the values MIIT calls 设备标识 (used to tell identifiers from content). */
    public boolean isDeviceIdentifier() {
        return switch (this) {
            case IMEI, MEID, IMSI, ICCID, OAID, GAID, ANDROID_ID, MAC, SERIAL -> true;
            default -> false;
        };
    }
}
