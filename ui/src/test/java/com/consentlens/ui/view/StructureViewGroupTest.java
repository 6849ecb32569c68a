package com.consentlens.ui.view;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which node the Structure tab opens at for a finding about a group (a pair of keys, a list, an array). */
class StructureViewGroupTest {
    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "$.loc.lat            | $.loc.{lat,lng}                 | true",
            "$.loc.lng            | $.loc.{lat,lng}                 | true",
            "form.lat             | form.{lat,lng}                  | true",
            "$.gps[0]             | $.gps                           | true",
            "$.apps[3]            | $.apps                          | true",
            "$.gpsx[0]            | $.gps                           | false",
            "$.gps.x              | $.gps                           | false",
            "$.loc                | $.loc.{lat,lng}                 | false",
            "$.other.lat          | $.loc.{lat,lng}                 | false",
            "$[0]                 | ''                              | false"})
    void inGroup(String path, String target, boolean expected) {
        assertThat(StructureView.inGroup(path, target)).isEqualTo(expected);
    }
}
