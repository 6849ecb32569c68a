package com.consentlens.detectors.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cheap gate on a pair's name member lets through every name that announces an identifier: a name it
 * dropped would be missing from the pair check's siblings, and the leaf filter would change a finding.
 */
class NameValuePairsTest {
    private static final int NAME_KEY = NameValuePairs.keyFacts("name");

    @Test
    void everyAnnouncingName_passesTheNameGate() {
        assertThat(KeyNames.announcingNames()).hasSizeGreaterThan(20);
        for (String name : KeyNames.announcingNames()) {
            for (String spelling : new String[] {name, name.toUpperCase(Locale.ROOT)}) {
                byte[] b = spelling.getBytes(StandardCharsets.US_ASCII);

                assertThat(KeyNames.announced(spelling)).as(spelling).isNotNull();
                assertThat(NameValuePairs.wants(NAME_KEY, b, 0, b.length)).as(spelling).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"string", "click", "price", "channel"})
    void namesThatAnnounceNothingCommon_stayOut(String name) {
        byte[] b = name.getBytes(StandardCharsets.US_ASCII);

        assertThat(KeyNames.announced(name)).isNull();
        assertThat(NameValuePairs.wants(NAME_KEY, b, 0, b.length)).isFalse();
    }
}
