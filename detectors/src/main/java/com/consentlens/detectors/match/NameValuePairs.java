package com.consentlens.detectors.match;

import com.consentlens.detectors.decode.View;
import com.consentlens.model.IdentifierFormats;
import com.consentlens.model.MatchKind;
import com.consentlens.model.PiiType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Name/value pair objects, for the {@link PatternDetector}: {@code {"key":"imei","value":"8675…"}} says with
 * its {@code key} member what its {@code value} member is (App Center's {@code typedProperties}, attribute
 * lists, property bags); without a name member, the member holding the object names it (GA4's
 * {@code "user_properties":{"android_id":{"value":…}}}, Volcano Engine AppLog's {@code "oaid":{"id":…}} and
 * {@code "udid_list":[{"id":…,"type":"imei"}]}, AppsFlyer's {@code "oaid":{"val":…}}). The value is then judged as if it stood under that
 * name ({@link PatternDetector#keyed}), so a hex string is an Android ID only where the pair says so.
 */
final class NameValuePairs {
    private static final Set<String> NAMES = Set.of("k", "key", "Key", "name", "Name", "n", "field", "attr",
            "property", "prop", "type");
    private static final Set<String> VALUES = Set.of("v", "value", "Value", "val", "string_value",
            "stringValue", "str_value", "strValue", "id");
    private static final int MAX_VALUE = 64;
    private static final int MIN_VALUE = 12;
    private static final int MAX_NAME = 40;
    private static final int NAME_KEY = 1;
    private static final int VALUE_KEY = 2;

    private NameValuePairs() {
    }

    static int keyFacts(String key) {
        return NAMES.contains(key) ? NAME_KEY : VALUES.contains(key) ? VALUE_KEY : 0;
    }

    /**
     * A pair's name that may announce an identifier (it holds {@code id}, {@code im}, {@code me}, {@code ma},
     * {@code mc}, {@code if}, {@code ia} or {@code nd}: every name {@link KeyNames#announced} knows, {@code ifa},
     * {@code andi}, {@code mc} and {@code build_serial} included), or a pair's value long enough to be one.
     */
    static boolean wants(int keyFacts, byte[] bytes, int from, int to) {
        int length = to - from;
        return keyFacts == VALUE_KEY ? length >= MIN_VALUE && length <= MAX_VALUE
                : keyFacts == NAME_KEY && length <= MAX_NAME && mayAnnounce(bytes, from, to);
    }

    private static boolean mayAnnounce(byte[] b, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            int c = b[i] | 0x20;
            int d = b[i + 1] | 0x20;
            if (c == 'i' && (d == 'd' || d == 'm' || d == 'f' || d == 'a') || c == 'm' && (d == 'e' || d == 'a'
                    || d == 'c') || c == 'n' && d == 'd') {
                return true;
            }
        }
        return false;
    }

    /** Pairs the siblings of one structure and reports each value its name announces as an identifier. */
    static void find(List<View> children, Consumer<Hit> hits) {
        Map<String, PiiType> named = new HashMap<>(); // holder path → what its name member announces
        for (View v : children) {
            // App Center's {type:"string", name:"oaid", value:…}: the name member that announces something wins.
            PiiType announced = v.length() <= MAX_NAME && NAMES.contains(v.key()) && v.isText()
                    ? KeyNames.announced(v.text()) : null;
            if (announced != null) {
                named.putIfAbsent(LocationDetector.parentPath(v.path()), announced);
            }
        }
        for (View v : children) {
            if (v.length() < MIN_VALUE || v.length() > MAX_VALUE || !VALUES.contains(v.key()) || !v.isText()) {
                continue;
            }
            String holder = LocationDetector.parentPath(v.path());
            PiiType announced = named.get(holder);
            if (announced == null) {
                String member = memberName(holder);
                announced = member == null ? null : KeyNames.announced(member);
            }
            if (announced != null) {
                String whole = v.text().trim();
                PiiType keyed = PatternDetector.keyed(announced, whole);
                if (keyed != null && !IdentifierFormats.isPlaceholder(whole)) {
                    hits.accept(Hit.of(keyed, MatchKind.PATTERN, PatternDetector.identifierPart(keyed, whole), whole, v));
                }
            }
        }
    }

    /** The last member name of a JSON path ({@code $.user_properties.android_id} → {@code android_id}), or null. */
    private static String memberName(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && dot > path.lastIndexOf('>') && dot > path.lastIndexOf('[') ? path.substring(dot + 1) : null;
    }
}
