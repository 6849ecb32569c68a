package com.consentlens.app.cli;

import com.consentlens.app.UsageException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses {@code --map-host HOST=ADDR:PORT} into the proxy's host overrides. */
final class HostMappings {
    private HostMappings() {
    }

    static Map<String, InetSocketAddress> parse(List<String> values) {
        Map<String, InetSocketAddress> map = new LinkedHashMap<>();
        for (String v : values) {
            int eq = v.indexOf('=');
            int colon = v.lastIndexOf(':');
            if (eq <= 0 || colon < eq + 2 || colon == v.length() - 1) {
                throw new UsageException("--map-host " + v + ": expected HOST=ADDR:PORT, e.g. ulogs.umeng.com=127.0.0.1:8443");
            }
            String addr = v.substring(eq + 1, colon).replace("[", "").replace("]", "");
            int port;
            try {
                port = Integer.parseInt(v.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new UsageException("--map-host " + v + ": port must be a number");
            }
            if (port < 1 || port > 65535) {
                throw new UsageException("--map-host " + v + ": port must be 1-65535");
            }
            map.put(v.substring(0, eq).trim().toLowerCase(Locale.ROOT), new InetSocketAddress(addr, port));
        }
        return map;
    }
}
