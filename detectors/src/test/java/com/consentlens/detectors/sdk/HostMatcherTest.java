package com.consentlens.detectors.sdk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class HostMatcherTest {
    private static HostMatcher<String> matcher() {
        HostMatcher<String> m = new HostMatcher<>();
        m.add("*.vendor.com", "broad");
        m.add("api.vendor.com", "api");
        m.add("*.shared.com", "one");
        m.add("*.shared.com", "two");
        m.add("nis*.carrier.com", "glob-a");
        m.add("nis*.carrier.com", "glob-b");
        m.add("nis9.carrier.com", "exact");
        return m;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "vendor.com, broad",
            "x.vendor.com, broad",
            "api.vendor.com, api",
            "v2.api.vendor.com, api",
            "cdn.shared.com, one two",
            "nis1.carrier.com, glob-a glob-b",
            "nis9.carrier.com, exact",
            "carrier.com, ''",
            "vendor.com.evil.org, ''",
    })
    void match_longestPatternWins(String host, String expected) {
        Set<String> got = new TreeSet<>(matcher().match(host));

        assertThat(String.join(" ", got)).isEqualTo(expected);
    }
}
