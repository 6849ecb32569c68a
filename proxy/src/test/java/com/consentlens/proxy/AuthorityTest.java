package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorityTest {
    @ParameterizedTest
    @CsvSource({
            "ulogs.umeng.com:443, ulogs.umeng.com, 443, ulogs.umeng.com",
            "API.Example.com:8443, api.example.com, 8443, api.example.com:8443",
            "example.com, example.com, -1, example.com",
            "[::1]:443, ::1, 443, [::1]",
            "[2001:db8::1]:8443, 2001:db8::1, 8443, [2001:db8::1]:8443",
            "10.0.2.2:80, 10.0.2.2, 80, 10.0.2.2:80"})
    void parse_hostPortAndUrlForm(String input, String host, int port, String forHttpsUrl) {
        Authority authority = Authority.parse(input);

        assertThat(authority.host()).isEqualTo(host);
        assertThat(authority.port()).isEqualTo(port);
        assertThat(authority.forUrl(443)).isEqualTo(forHttpsUrl);
    }
}
