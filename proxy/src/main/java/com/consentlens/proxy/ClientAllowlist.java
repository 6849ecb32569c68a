package com.consentlens.proxy;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which clients the proxy serves: loopback, the private and link-local ranges a test phone on the lab's
 * Wi-Fi can have, plus ranges the tester adds. Everyone else gets 403, so a proxy bound to 0.0.0.0 on a
 * machine with a public address is not an open relay.
 */
final class ClientAllowlist {
    static final List<Cidr> DEFAULT_RANGES = Stream.of("127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12",
            "192.168.0.0/16", "169.254.0.0/16", "fc00::/7", "fe80::/10").map(Cidr::parse).toList();

    private final List<Cidr> ranges;

    ClientAllowlist(boolean defaults, List<Cidr> extra) {
        List<Cidr> all = new ArrayList<>(defaults ? DEFAULT_RANGES : List.of());
        all.addAll(extra);
        this.ranges = List.copyOf(all);
    }

    boolean allows(InetAddress client) {
        for (Cidr range : ranges) {
            if (range.contains(client)) {
                return true;
            }
        }
        return false;
    }

    List<Cidr> ranges() {
        return ranges;
    }
}
