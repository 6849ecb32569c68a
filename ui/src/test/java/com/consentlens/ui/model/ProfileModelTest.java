package com.consentlens.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consentlens.model.AppProfile;
import com.consentlens.model.Contact;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.Profile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProfileModelTest {
    private final ProfileModel model = new ProfileModel();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "imei|86753001234567X|must be 15 digits",
            "mac|AC:37:43:12:34|six hexadecimal octets",
            "bssid|Lab-5G|six hexadecimal octets",
            "gaid|not-a-uuid|must be a UUID",
            "location|39.9, 200|lng must be between",
            "location|abc, 1|not a number",
            "contacts|张三; 12|must be a phone number"})
    void value_invalid_inlineErrorOnThatField(String field, String value, String message) {
        model.value(field).set(value);
        assertThat(model.error(field).get()).containsIgnoringCase(message);
        assertThat(model.validate()).containsOnlyKeys(field);
        assertThatThrownBy(model::toProfile).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(field);
    }

    @Test
    void load_thenToProfile_roundTrips() {
        DeviceProfile d = new DeviceProfile("Lab phone A", List.of("867530012345674"), List.of(),
                List.of("460011234567890"), List.of("89860112345678901234"), List.of("6f0c1d2e-aaaa"), List.of(),
                List.of("9774d56d682e549c"), List.of("AC:37:43:12:34:56"), List.of("R58N12345AB"),
                List.of("13812345678"), List.of(), new GeoPoint(39.9042, 116.4074, 2000),
                List.of(new Contact("张三", List.of("13900001111"), List.of())), List.of("com.tencent.mm"),
                List.of("5C:02:14:A8:3B:7F"));
        Profile p = new Profile(d, new AppProfile("com.example.shop", List.of("*.example-shop.com"),
                List.of("umeng_analytics", "jpush")));
        model.load(p);
        assertThat(model.validate()).isEmpty();
        assertThat(model.toProfile()).isEqualTo(p);
    }

    @Test
    void value_commaOrNewlineSeparated_bothAccepted() {
        model.value("imei").set("867530012345674, 86753001234567\n");
        model.value("declaredSdks").set("jpush\numeng_analytics");
        Profile p = model.toProfile();
        assertThat(p.device().imei()).containsExactly("867530012345674", "86753001234567");
        assertThat(p.app().declaredSdks()).containsExactly("jpush", "umeng_analytics");
    }
}
