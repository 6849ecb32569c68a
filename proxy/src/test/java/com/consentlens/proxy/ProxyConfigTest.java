package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProxyConfigTest {
    @Test
    void build_defaults_matchTheLabSetup() {
        ProxyConfig config = ProxyConfig.builder().build();

        assertThat(config.bindAddress().isAnyLocalAddress()).isTrue();
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.bodyCapBytes()).isEqualTo(4 * 1024 * 1024);
        assertThat(config.insecureUpstream()).isFalse();
        assertThat(config.allowedRanges()).hasSize(8);
        assertThat(config.nextFlowId()).isEqualTo("f-000001");
        assertThat(config.nextFlowId()).isEqualTo("f-000002");
    }

    @Test
    void flowIds_customSource_isFormattedWithSixDigits() {
        ProxyConfig config = ProxyConfig.builder().flowIds(() -> 42).build();

        assertThat(config.nextFlowId()).isEqualTo("f-000042");
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1, true", "192.168.31.20, true", "10.1.1.1, true", "169.254.3.3, true", "fe80::1, true",
            "8.8.8.8, false", "100.64.0.1, false", "2001:4860::8888, false"})
    void allowlist_defaultRanges(String client, boolean allowed) throws Exception {
        assertThat(ProxyConfig.builder().build().allowlist().allows(InetAddress.getByName(client))).isEqualTo(allowed);
    }

    @Test
    void allowlist_extraRangeAndNoDefaults() throws Exception {
        ProxyConfig config = ProxyConfig.builder().defaultRanges(false).allow(List.of(Cidr.parse("100.64.0.0/10"))).build();

        assertThat(config.allowlist().allows(InetAddress.getByName("100.64.0.1"))).isTrue();
        assertThat(config.allowlist().allows(InetAddress.getByName("127.0.0.1"))).isFalse();
    }

    @Test
    void hostOverrides_areCaseInsensitiveAndUsedByTheResolver() throws Exception {
        InetSocketAddress local = new InetSocketAddress(InetAddress.getLoopbackAddress(), 9443);
        ProxyConfig config = ProxyConfig.builder().hostOverrides(Map.of("ULOGS.umeng.com", local)).build();

        HostOverrideResolver resolver = new HostOverrideResolver(config.hostOverrides(), false);

        assertThat(resolver.resolve("ulogs.umeng.com", 443)).isEqualTo(local);
        assertThat(resolver.resolve("127.0.0.1", 80)).isEqualTo(new InetSocketAddress(InetAddress.getLoopbackAddress(), 80));
    }

    @Test
    void offlineResolver_resolvesOnlyMappedNamesAndLoopback_withoutDns() throws Exception {
        InetSocketAddress local = new InetSocketAddress(InetAddress.getLoopbackAddress(), 9443);
        HostOverrideResolver resolver = new HostOverrideResolver(Map.of("ulogs.umeng.com", local), true);
        Object[][] rows = {
                // host, resolves to (null: unknown host)
                {"ULOGS.umeng.com", local},
                {"localhost", new InetSocketAddress(InetAddress.getLoopbackAddress(), 80)},
                {"127.0.0.1", new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 80)},
                {"127.1.2.3", new InetSocketAddress(InetAddress.getByName("127.1.2.3"), 80)},
                {"[::1]", new InetSocketAddress(InetAddress.getByName("::1"), 80)},
                {"::1", new InetSocketAddress(InetAddress.getByName("::1"), 80)},
                {"api.example-shop.com", null},
                {"sdk.open.talkingdata.com", null},
                {"10.0.0.1", null},
                {"192.168.1.20", null},
                {"999.0.0.1", null},
                {"127.0.0", null},
                {"[2001:db8::1]", null},
                {"", null},
        };
        for (Object[] row : rows) {
            String host = (String) row[0];
            if (row[1] == null) {
                assertThatThrownBy(() -> resolver.resolve(host, 80)).as(host)
                        .isInstanceOf(java.net.UnknownHostException.class).hasMessageContaining("offline");
            } else {
                assertThat(resolver.resolve(host, 80)).as(host).isEqualTo(row[1]);
            }
        }
    }

    @Test
    void builder_badValues_areRejected() {
        assertThatThrownBy(() -> ProxyConfig.builder().port(70_000)).hasMessageContaining("port must be 0..65535");
        assertThatThrownBy(() -> ProxyConfig.builder().bodyCapBytes(-1)).hasMessageContaining("bodyCapBytes");
        assertThatThrownBy(() -> ProxyConfig.builder().upstreamTimeout(java.time.Duration.ZERO))
                .hasMessageContaining("upstreamTimeout");
    }
}
