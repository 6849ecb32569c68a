package com.consentlens.model;

import java.net.URI;
import java.util.Locale;

/** Small helpers for host names taken from URLs and Host headers. */
public final class HostNames {
    private HostNames() {
    }

    /** The lower-case host of an absolute URL, without port or brackets; empty when there is none. */
    public static String hostOf(String url) {
        if (url == null) {
            return "";
        }
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return "";
            }
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            return host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
