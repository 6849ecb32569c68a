package com.consentlens.proxy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import org.littleshoot.proxy.HostResolver;

/**
 * Resolves upstream hosts, sending the overridden ones (e.g. {@code ulogs.umeng.com}) to a local server.
 * Only the TCP destination changes: SNI, host name verification and the captured URL keep the real name.
 * Offline, nothing else resolves except {@code localhost} and loopback literals: the demo and the tests
 * cannot reach, or even look up, a host that is not on this machine.
 */
final class HostOverrideResolver implements HostResolver {
    private final Map<String, InetSocketAddress> overrides;
    private final boolean offline;

    HostOverrideResolver(Map<String, InetSocketAddress> overrides, boolean offline) {
        this.overrides = overrides;
        this.offline = offline;
    }

    @Override
    public InetSocketAddress resolve(String host, int port) throws UnknownHostException {
        String name = host.toLowerCase(Locale.ROOT);
        InetSocketAddress override = overrides.get(name);
        if (override != null) {
            return override;
        }
        if (offline) {
            return new InetSocketAddress(loopbackOnly(name), port);
        }
        return new InetSocketAddress(InetAddress.getByName(host), port);
    }

    /** {@code localhost} or a loopback IP literal, resolved without DNS; anything else is unknown. */
    private static InetAddress loopbackOnly(String name) throws UnknownHostException {
        if (name.equals("localhost")) {
            return InetAddress.getLoopbackAddress();
        }
        if (isLoopbackV4(name)) {
            return InetAddress.getByName(name); // a valid dotted literal is parsed, never looked up
        }
        String v6 = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        if (v6.indexOf(':') >= 0) {
            // A string with a colon is parsed as an IPv6 literal (or rejected), never looked up.
            InetAddress address = InetAddress.getByName(v6);
            if (address.isLoopbackAddress()) {
                return address;
            }
        }
        throw new UnknownHostException(name + " (offline: only mapped hosts and loopback resolve)");
    }

    /** Four decimal octets starting with 127 (checked here: a malformed dotted string would go to DNS). */
    private static boolean isLoopbackV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return parts[0].equals("127");
    }
}
