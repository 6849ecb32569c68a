package com.consentlens.app.demo;

import com.consentlens.model.DeviceProfile;
import com.consentlens.model.IdentifierFormats;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoProfileTest {
    private final Profile profile = DemoProfile.create();

    @Test
    void create_everyIdentifierIsValidAndNotAPlaceholder() {
        DeviceProfile d = profile.device();
        for (PiiType type : PiiType.values()) {
            for (String value : d.valuesOf(type)) {
                assertThat(IdentifierFormats.problemWith(type, value)).as(type + " " + value).isNull();
                assertThat(IdentifierFormats.isPlaceholder(value)).as(type + " " + value).isFalse();
            }
        }
        assertThat(IdentifierFormats.luhnValid(d.imei().get(0))).isTrue();
        assertThat(d.imsi().get(0)).startsWith("46001");
        assertThat(d.iccid().get(0)).startsWith("8986");
        assertThat(d.phone().get(0)).startsWith("138");
        assertThat(d.installedApps()).hasSizeGreaterThanOrEqualTo(12).contains("com.tencent.mm", "com.eg.android.AlipayGphone");
        assertThat(d.contacts()).hasSize(2);
        assertThat(profile.app().packageName()).isEqualTo("com.example.shop");
    }

    @Test
    void json_resourceMatchesCreateInDesignShape() throws Exception {
        JsonNode root = new ObjectMapper().readTree(DemoProfile.json());
        assertThat(iterable(root.fieldNames())).containsExactly("device", "app");
        JsonNode device = root.get("device");
        DeviceProfile d = profile.device();
        assertThat(device.get("name").asText()).isEqualTo(d.name());
        assertThat(strings(device.get("imei"))).isEqualTo(d.imei());
        assertThat(strings(device.get("meid"))).isEqualTo(d.meid());
        assertThat(strings(device.get("imsi"))).isEqualTo(d.imsi());
        assertThat(strings(device.get("iccid"))).isEqualTo(d.iccid());
        assertThat(strings(device.get("oaid"))).isEqualTo(d.oaid());
        assertThat(strings(device.get("gaid"))).isEqualTo(d.gaid());
        assertThat(strings(device.get("androidId"))).isEqualTo(d.androidId());
        assertThat(strings(device.get("mac"))).isEqualTo(d.mac());
        assertThat(strings(device.get("serial"))).isEqualTo(d.serial());
        assertThat(strings(device.get("phone"))).isEqualTo(d.phone());
        assertThat(strings(device.get("email"))).isEqualTo(d.email());
        assertThat(device.get("location").get("lat").asDouble()).isEqualTo(d.location().lat());
        assertThat(device.get("location").get("lng").asDouble()).isEqualTo(d.location().lng());
        assertThat(device.get("location").get("radiusMeters").asDouble()).isEqualTo(d.location().radiusMeters());
        assertThat(device.get("contacts")).hasSize(d.contacts().size());
        for (int i = 0; i < d.contacts().size(); i++) {
            assertThat(device.get("contacts").get(i).get("name").asText()).isEqualTo(d.contacts().get(i).name());
            assertThat(strings(device.get("contacts").get(i).get("phones"))).isEqualTo(d.contacts().get(i).phones());
        }
        assertThat(strings(device.get("installedApps"))).isEqualTo(d.installedApps());
        JsonNode app = root.get("app");
        assertThat(app.get("package").asText()).isEqualTo(profile.app().packageName());
        assertThat(strings(app.get("firstPartyHosts"))).isEqualTo(profile.app().firstPartyHosts());
        assertThat(strings(app.get("declaredSdks"))).isEqualTo(profile.app().declaredSdks());
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
