package com.consentlens.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierFormatsTest {

    @ParameterizedTest(name = "{0} {1} -> valid={2}")
    @CsvSource({
            "IMEI, 867530012345674, true",
            "IMEI, 86753001234567, true",
            "IMEI, 8675300123456, false",
            "IMEI, abcdefghijklmn, false",
            "MEID, A0000012345678, true",
            "MEID, Z0000012345678, false",
            "IMSI, 460011234567890, true",
            "IMSI, 4600112, false",
            "ICCID, 89860112345678901234, true",
            "ICCID, 8986ABC, false",
            "GAID, 38400000-8cf0-11bd-b23e-10b96e40000d, true",
            "GAID, 38400000, false",
            "ANDROID_ID, 9774d56d682e549c, true",
            "ANDROID_ID, xyz, false",
            "MAC, AC:37:43:12:34:56, true",
            "MAC, ac-37-43-12-34-56, true",
            "MAC, ac3743123456, true",
            "MAC, AC:37-43:12:34:56, false",
            "PHONE, +86 138 1234 5678, true",
            "PHONE, 13812345678, true",
            "PHONE, hello, false",
            "EMAIL, a@b.cn, true",
            "EMAIL, nope, false",
    })
    void problemWith_acceptsRealShapesOnly(PiiType type, String value, boolean valid) {
        assertThat(IdentifierFormats.problemWith(type, value) == null).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} placeholder={1}")
    @CsvSource({
            "000000000000000, true",
            "02:00:00:00:00:00, true",
            "00000000-0000-0000-0000-000000000000, true",
            "unknown, true",
            "ffffffffffffffff, true",
            "867530012345674, false",
            "AC:37:43:12:34:56, false",
    })
    void isPlaceholder_rejectsPlatformDummies(String value, boolean placeholder) {
        assertThat(IdentifierFormats.isPlaceholder(value)).isEqualTo(placeholder);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "IMEI, 867530012345674, 8675********674",
            "PHONE, 13812345678, 1381****678",
            "LOCATION, '39.9042,116.4074', '39.9*,116.4*'",
            "SERIAL, R58N1, R**N1",
    })
    void mask_keepsEnoughToRecognise(PiiType type, String value, String masked) {
        assertThat(ValueMasker.mask(type, value)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} first-party={1}")
    @CsvSource({
            "api.example-shop.com, true",
            "example-shop.com, true",
            "evil-example-shop.com, false",
            "ulogs.umeng.com, false",
    })
    void appProfile_firstPartyPatterns(String host, boolean first) {
        AppProfile app = new AppProfile("com.example.shop", java.util.List.of("*.example-shop.com"), java.util.List.of());
        assertThat(app.isFirstParty(host)).isEqualTo(first);
    }
}
