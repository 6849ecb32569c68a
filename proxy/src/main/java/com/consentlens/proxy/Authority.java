package com.consentlens.proxy;

import java.util.Locale;

/**
 * The {@code host:port} of a CONNECT request or a Host header; IPv6 literals come in brackets
 * ({@code [::1]:443}). The host is lower-cased and unbracketed; the port is -1 when absent.
 */
record Authority(String host, int port) {

    static Authority parse(String authority) {
        String a = authority.trim();
        String host = a;
        int port = -1;
        if (a.startsWith("[")) {
            int close = a.indexOf(']');
            host = close > 0 ? a.substring(1, close) : a.substring(1);
            port = close > 0 && a.length() > close + 2 && a.charAt(close + 1) == ':' ? parsePort(a.substring(close + 2)) : -1;
        } else if (a.indexOf(':') > 0 && a.indexOf(':') == a.lastIndexOf(':')) {
            host = a.substring(0, a.indexOf(':'));
            port = parsePort(a.substring(a.indexOf(':') + 1));
        }
        return new Authority(host.toLowerCase(Locale.ROOT), port);
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@code host[:port]} for a URL: brackets back around IPv6, the scheme's default port left out. */
    String forUrl(int defaultPort) {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return port < 0 || port == defaultPort ? h : h + ":" + port;
    }
}
