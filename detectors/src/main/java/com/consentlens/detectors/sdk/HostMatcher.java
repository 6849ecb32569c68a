package com.consentlens.detectors.sdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Longest-match host look-up over the catalog's host patterns. Both {@code *.x.com} and a bare
 * {@code a.x.com} match the name itself and every subdomain (the catalog notes say bare entries come from
 * block lists that cover subdomains); the longest matching base wins, so {@code msg.umengcloud.com} beats
 * {@code *.umengcloud.com}. A label glob such as {@code nis*.10010.com} competes with its literal length.
 * All values stored under the winning pattern are returned: several means the pattern is shared.
 *
 * @param <T> what a pattern names (an SDK id)
 */
public final class HostMatcher<T> {
    private final Map<String, Set<T>> suffixes = new HashMap<>();
    private final List<Glob<T>> globs = new ArrayList<>();

    private record Glob<T>(Pattern regex, int specificity, Set<T> values) {
    }

    public void add(String pattern, T value) {
        String p = pattern.trim().toLowerCase(Locale.ROOT);
        if (p.startsWith("*.")) {
            p = p.substring(2);
        }
        if (p.isEmpty()) {
            return;
        }
        if (p.contains("*")) {
            String regex = "(?:.*\\.)?" + Pattern.quote(p).replace("*", "\\E[a-z0-9-]+\\Q");
            Glob<T> existing = globs.stream().filter(g -> g.regex.pattern().equals(regex)).findFirst().orElse(null);
            if (existing == null) {
                globs.add(new Glob<>(Pattern.compile(regex), p.length() - 1, new LinkedHashSet<>()));
                existing = globs.get(globs.size() - 1);
            }
            existing.values.add(value);
            return;
        }
        suffixes.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(value);
    }

    /** The values of the most specific pattern matching {@code host}; empty when none matches. */
    public Set<T> match(String host) {
        if (host == null || host.isBlank()) {
            return Set.of();
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        Set<T> best = Set.of();
        int bestLength = -1;
        for (String s = h; s != null; s = parent(s)) {
            Set<T> hit = suffixes.get(s);
            if (hit != null) {
                best = hit;
                bestLength = s.length();
                break;
            }
        }
        for (Glob<T> g : globs) {
            if (g.specificity > bestLength && g.regex.matcher(h).matches()) {
                best = g.values;
                bestLength = g.specificity;
            }
        }
        return Collections.unmodifiableSet(best);
    }

    private static String parent(String host) {
        int dot = host.indexOf('.');
        return dot < 0 ? null : host.substring(dot + 1);
    }
}
