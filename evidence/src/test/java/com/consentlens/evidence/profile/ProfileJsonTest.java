package com.consentlens.evidence.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consentlens.model.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileJsonTest {
    static final String DESIGN_EXAMPLE = ProfileJsonTestData.DESIGN_EXAMPLE;

    @Test
    void parse_designExample() throws ProfileException {
        Profile p = ProfileJson.parse(DESIGN_EXAMPLE);
        assertThat(p.device().imei()).containsExactly("867530012345674");
        assertThat(p.device().location().radiusMeters()).isEqualTo(2000);
        assertThat(p.device().contacts().get(0).name()).isEqualTo("张三");
        assertThat(p.device().bssid()).containsExactly("5C:02:14:A8:3B:7F");
        assertThat(p.app().declaredSdks()).containsExactly("umeng_analytics", "jpush");
        assertThat(p.app().isFirstParty("api.example-shop.com")).isTrue();
    }

    @Test
    void parse_missingListsAreEmpty() throws ProfileException {
        Profile p = ProfileJson.parse("{\"device\": {\"imei\": [\"867530012345674\"]}}");
        assertThat(p.device().oaid()).isEmpty();
        assertThat(p.device().contacts()).isEmpty();
        assertThat(p.device().location()).isNull();
        assertThat(p.app().declaredSdks()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # json                                                           | message starts with
            {"device": {"imeii": ["867530012345674"]}}                       | device.imeii: unknown key
            {"devices": {}}                                                  | devices: unknown key
            {"app": {"package": "a", "sdks": []}}                            | app.sdks: unknown key
            {"device": {"imei": ["abcdefghijklmn"]}}                         | device.imei[0]: must be 15 digits
            {"device": {"imei": ["867530012345674", "12"]}}                  | device.imei[1]: must be 15 digits
            {"device": {"imei": "867530012345674"}}                          | device.imei: must be a list of strings, not a string
            {"device": {"imei": [867530012345674]}}                          | device.imei[0]: must be a string, not a number
            {"device": {"mac": ["AC:37:43:12:34"]}}                          | device.mac[0]: must be six hexadecimal octets
            {"device": {"bssid": ["Lab-5G"]}}                                | device.bssid[0]: must be six hexadecimal octets
            {"device": {"gaid": [""]}}                                       | device.gaid[0]: must not be empty
            {"device": {"name": 7}}                                          | device.name: must be a string, not a number
            {"device": {"location": {"lat": 91, "lng": 0}}}                  | device.location: lat must be between -90 and 90
            {"device": {"location": {"lat": "39.9", "lng": 116.4}}}          | device.location.lat: must be a number, not a string
            {"device": {"location": {"lng": 116.4}}}                         | device.location.lat: is required
            {"device": {"contacts": [{"name": "x", "phones": ["abc"]}]}}     | device.contacts[0].phones[0]: must be a phone number
            {"device": {"contacts": [{"nick": "x"}]}}                        | device.contacts[0].nick: unknown key
            {"device": {"contacts": {}}}                                     | device.contacts: must be a list of contacts
            {"app": {"declaredSdks": ["jpush", ""]}}                         | app.declaredSdks[1]: must not be empty
            {"app": []}                                                      | app: must be an object, not a list
            []                                                               | profile: must be an object, not a list
            `{"device": {"imei": ["1"],}}`                                   | invalid JSON: line 1, column 27:
            `{"device": {"name": "a", "name": "b"}}`                         | invalid JSON: line 1, column
            `{"device": `                                                    | invalid JSON: line 1, column
            ` `                                                              | invalid JSON: the profile is empty
            """)
    void parse_errorNamesTheField(String json, String messageStart) {
        assertThatThrownBy(() -> ProfileJson.parse(json))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith(messageStart)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void parse_badJsonReportsLineAndColumnOfMultiLineFile() {
        String json = "{\n  \"device\": {\n    \"imei\": [\"867530012345674\"\n  }\n}";
        assertThatThrownBy(() -> ProfileJson.parse(json)).hasMessageStartingWith("invalid JSON: line 4, column 3:");
    }

    @Test
    void read_prefixesFileName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("phone-a.json");
        Files.writeString(file, "{\"device\": {\"imeii\": []}}");
        assertThatThrownBy(() -> ProfileJson.read(file)).hasMessageStartingWith("phone-a.json: device.imeii: unknown key");
        assertThatThrownBy(() -> ProfileJson.read(dir.resolve("absent.json"))).hasMessageContaining("cannot read");
    }

    @Test
    void write_roundTripsUnmasked() throws ProfileException {
        Profile p = ProfileJson.parse(DESIGN_EXAMPLE);
        String json = ProfileJson.write(p, false);
        assertThat(ProfileJson.parse(json)).isEqualTo(p);
        assertThat(json).contains("\"imei\" : [ \"867530012345674\" ]");
    }

    @Test
    void write_maskedHidesIdentifiersContactsAndLocation() throws ProfileException {
        String json = ProfileJson.write(ProfileJson.parse(DESIGN_EXAMPLE), true);
        assertThat(json).contains("8675********674", "1381****678", "\"lat\" : 39.9", "\"lng\" : 116.4",
                "com.tencent.mm", "umeng_analytics");
        assertThat(json).doesNotContain("867530012345674", "13812345678", "13900001111", "39.9042", "张三",
                "5C:02:14:A8:3B:7F");
    }

    @Test
    void digest_stableForEqualProfilesAndChangesWithContent() throws ProfileException {
        Profile a = ProfileJson.parse(DESIGN_EXAMPLE);
        Profile b = ProfileJson.parse(ProfileJson.write(a, false));
        Profile c = ProfileJson.parse(DESIGN_EXAMPLE.replace("jpush", "getui"));
        assertThat(ProfileJson.digest(a)).hasSize(64).isEqualTo(ProfileJson.digest(b));
        assertThat(ProfileJson.digest(c)).isNotEqualTo(ProfileJson.digest(a));
    }
}
