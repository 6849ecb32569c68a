package com.consentlens.detectors.match;

import com.consentlens.detectors.decode.NormalizedKeys;
import com.consentlens.model.PiiType;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link KeyNames} says about one field name, computed once per name: the identifier type it
 * announces, whether it vetoes digit patterns and whether it names a Wi-Fi access point (its BSSID, a scan
 * list). Looked up by the raw name, which Jackson hands out as one
 * shared String per name (hash code cached), so a leaf costs one map lookup instead of normalising the
 * name and consulting two caches.
 */
record KeyFacts(PiiType announced, boolean vetoesDigits, boolean namesAccessPoint) {
    /** Bounded: field names are attacker-controlled; past this size facts are computed uncached. */
    private static final int MAX = 10_000;
    private static final ConcurrentHashMap<String, KeyFacts> CACHE = new ConcurrentHashMap<>();

    static KeyFacts of(String key) {
        KeyFacts known = CACHE.get(key);
        if (known != null) {
            return known;
        }
        String normalized = NormalizedKeys.normalize(key);
        KeyFacts facts = new KeyFacts(KeyNames.announcedNormalized(normalized),
                KeyNames.vetoesDigitsNormalized(normalized), KeyNames.namesAccessPointNormalized(normalized));
        if (CACHE.size() < MAX) {
            CACHE.putIfAbsent(key, facts);
        }
        return facts;
    }
}
