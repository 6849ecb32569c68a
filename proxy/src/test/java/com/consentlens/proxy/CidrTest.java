package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrTest {
    @ParameterizedTest
    @CsvSource({
            "10.0.0.0/8, 10.255.1.2, true",
            "10.0.0.0/8, 11.0.0.1, false",
            "172.16.0.0/12, 172.31.255.255, true",
            "172.16.0.0/12, 172.32.0.1, false",
            "192.168.1.7, 192.168.1.7, true",
            "192.168.1.7, 192.168.1.8, false",
            "0.0.0.0/0, 8.8.8.8, true",
            "fc00::/7, fd12:3456::1, true",
            "fe80::/10, fe80::1, true",
            "fe80::/10, fec0::1, false",
            "10.0.0.0/8, ::1, false",
            "::1/128, ::1, true"})
    void contains_addressesInsideAndOutside(String range, String address, boolean expected) throws Exception {
        assertThat(Cidr.parse(range).contains(InetAddress.getByName(address))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0/33 | the prefix must be 0..32",
            "fe80::/129 | the prefix must be 0..128",
            "10.0.0.0/x | the prefix must be 0..32",
            "example.com/8 | 'example.com' is not an IP address",
            "999.1.1.1/8 | '999.1.1.1' is not an IP address"})
    void parse_badInput_namesTheProblem(String input, String message) {
        assertThatThrownBy(() -> Cidr.parse(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"10.1.2.3/8, 10.0.0.0/8", "fd00::1/8, fd00::/8"})
    void parse_hostBitsSet_areMaskedAway(String a, String b) {
        assertThat(Cidr.parse(a)).isEqualTo(Cidr.parse(b));
    }
}
