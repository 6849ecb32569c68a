package com.consentlens.model;

import java.util.List;
import java.util.Locale;

/**
 * The app under test: its package, the hosts that are the app's own ({@code *.example-shop.com}: traffic
 * there is first-party) and the SDKs it declares in its 第三方共享清单 (third-party sharing list), by catalog
 * id. An SDK that receives personal data but is not declared is an UNDECLARED_SDK violation.
 */
public record AppProfile(String packageName, List<String> firstPartyHosts, List<String> declaredSdks) {
    public static final AppProfile EMPTY = new AppProfile("", List.of(), List.of());

    public AppProfile {
        packageName = packageName == null ? "" : packageName;
        firstPartyHosts = firstPartyHosts == null ? List.of() : List.copyOf(firstPartyHosts);
        declaredSdks = declaredSdks == null ? List.of() : List.copyOf(declaredSdks);
    }

    /** True when {@code host} matches one of the first-party patterns ({@code *.a.com} covers a.com too). */
    public boolean isFirstParty(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String pattern : firstPartyHosts) {
            String p = pattern.toLowerCase(Locale.ROOT).trim();
            if (p.startsWith("*.")) {
                String base = p.substring(2);
                if (h.equals(base) || h.endsWith("." + base)) {
                    return true;
                }
            } else if (h.equals(p)) {
                return true;
            }
        }
        return false;
    }

    /** Who received a request to {@code host}: the app ({@code FIRST}), a third party, or {@code UNKNOWN} without a host. */
    public Party partyOf(String host) {
        return host == null || host.isEmpty() ? Party.UNKNOWN : isFirstParty(host) ? Party.FIRST : Party.THIRD;
    }

    public boolean declares(String sdkId) {
        return declaredSdks.contains(sdkId);
    }
}
