package com.consentlens.detectors.decode;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Canonical normalised field names, shared by all views and threads. Field names repeat across every
 * event of a batch, and Jackson hands out one String instance per name; returning one normalised instance
 * per name means the detectors' key caches hash a String whose hash code is already cached, instead of a
 * fresh String per leaf (that hashing was ~8% of detection time).
 */
public final class NormalizedKeys {
    /** Bounded: field names are attacker-controlled, so past this size names are normalised uncached. */
    private static final int MAX = 10_000;
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private NormalizedKeys() {
    }

    /** Lower case, ASCII letters and digits only: {@code $identity_android_id} → {@code identityandroidid}. */
    static String of(String key) {
        String known = CACHE.get(key);
        if (known != null) {
            return known;
        }
        String n = normalize(key);
        if (CACHE.size() < MAX) {
            CACHE.putIfAbsent(key, n);
        }
        return n;
    }

    /** Lower case, letters and digits only: {@code $identity_android_id} → {@code identityandroidid}. */
    public static String normalize(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
