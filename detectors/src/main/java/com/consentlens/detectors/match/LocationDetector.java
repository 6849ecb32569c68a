package com.consentlens.detectors.match;

import com.consentlens.detectors.decode.Value;
import com.consentlens.detectors.decode.View;
import com.consentlens.model.GeoPoint;
import com.consentlens.model.MatchKind;
import com.consentlens.model.PiiType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone's location ({@code match: "near"}): a latitude/longitude pair within the profile's radius.
 * Recognised as sibling keys ({@code lat}/{@code lng}, {@code latitude}/{@code longitude},
 * {@code $latitude}/{@code $longitude}…, numbers or strings) in one JSON object, form or query; as one
 * {@code "lat,lng"} or {@code "lng,lat"} string; as a two-number array ({@code "loc":[39.9,116.4]}, GeoJSON's
 * {@code "coordinates":[116.4,39.9]}); as adjacent doubles in a protobuf or Thrift message; and in integer
 * micro-degrees (degrees × 10⁶, the E6 form Baidu and Sensors use) or E7 (Google's), reported with the
 * transform {@code e6} or {@code e7}. A pair near the profile's point only once converted to GCJ-02 or
 * BD-09 (what map and location SDKs in China send) carries the datum as a further step ({@link ChinaDatums}).
 *
 * <p>The finding's path is the pair's parent with both keys: {@code $.properties.{$latitude,$longitude}}.
 */
public final class LocationDetector implements Detector {
    private static final Pattern PAIR = Pattern.compile("(-?\\d{1,3}\\.\\d{2,})\\s*[,;|_ ]\\s*(-?\\d{1,3}\\.\\d{2,})");

    private final GeoPoint home;
    /** The profile's point as given and in the datums SDKs in China convert it to ({@link ChinaDatums}). */
    private final List<ChinaDatums.Home> homes;

    public LocationDetector(GeoPoint home) {
        this.home = home;
        this.homes = home == null ? List.of() : ChinaDatums.homes(home);
    }

    @Override
    public int wantsEveryLeafFrom() {
        return Integer.MAX_VALUE;
    }

    /** A {@code "lat,lng"} string has two points, or is two whole numbers in micro-degrees. */
    @Override
    public boolean wantsLeaf(String key, byte[] bytes, int from, int to, int dots) {
        int length = to - from;
        return home != null && (dots >= 2 && length >= 7 && length <= 256 || dots == 0 && scaledPair(bytes, from, to) > 0);
    }

    /** A numbered (protobuf, Thrift) field or a name that may be a latitude's or longitude's. */
    private static final int GEO_KEY = 1;
    /** A name that may hold a coordinate array. */
    private static final int ARRAY_KEY = 2;

    @Override
    public int groupKeyFacts(String key) {
        return (numberedField(key) || mayBeGeoKey(key) ? GEO_KEY : 0) | (mayBeCoordinateArray(key) ? ARRAY_KEY : 0);
    }

    /** A sibling coordinate has a geo key (or is a protobuf number, or a decimal in a coordinate array). */
    @Override
    public boolean wantsInGroup(int keyFacts, byte[] bytes, int from, int to, int dots) {
        return home != null && to - from <= 32 && ((keyFacts & GEO_KEY) != 0 || dots == 1 && (keyFacts & ARRAY_KEY) != 0);
    }

    /** A field known only by its number (protobuf {@code pb.N}, Thrift {@code thrift.N}): it may be a coordinate. */
    private static boolean numberedField(String key) {
        return key.startsWith("pb.") || key.startsWith("thrift.");
    }

    private static String fieldNumber(String numberedKey) {
        return numberedKey.substring(numberedKey.indexOf('.') + 1);
    }

    /** GeoJSON's {@code coordinates}, {@code gps}, {@code geo}, {@code position}, {@code point}, {@code center}. */
    private static boolean mayBeCoordinateArray(String key) {
        for (int i = 0; i + 2 < key.length(); i++) {
            int c = key.charAt(i) | 0x20;
            if (c == 'c' || c == 'g' || c == 'p') {
                if (key.regionMatches(true, i, "coord", 0, 5) || key.regionMatches(true, i, "gps", 0, 3)
                        || key.regionMatches(true, i, "geo", 0, 3) || key.regionMatches(true, i, "pos", 0, 3)
                        || key.regionMatches(true, i, "point", 0, 5) || key.regionMatches(true, i, "center", 0, 6)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void leaf(Value value, Consumer<Hit> hits) {
        if (home != null && value.dotCount() == 0) {
            scaledLeaf(value, hits);
            return;
        }
        if (home == null || value.length() < 7 || value.length() > 256 || value.dotCount() < 2 || !pairShaped(value.array(), value.offset(), value.offset() + value.length()) || !value.isText()) {
            return;
        }
        Matcher m = PAIR.matcher(value.text());
        while (m.find()) {
            double a = Double.parseDouble(m.group(1));
            double b = Double.parseDouble(m.group(2));
            String datum = near(a, b);
            String swapped = datum == null ? near(b, a) : null;
            if (datum != null) {
                hits.accept(hit(a, b, m.group(), value.view(), steps(null, null, datum), null));
            } else if (swapped != null) {
                hits.accept(hit(b, a, m.group(), value.view(), steps("lng-lat", null, swapped), null));
            }
        }
    }

    /**
     * A {@code "lat,lng"} or {@code "lng,lat"} string of two whole numbers in E6 or E7 (Baidu location's
     * {@code ll=116397428,39909230}): the pair is checked as a pair of sibling numbers would be.
     */
    private void scaledLeaf(Value value, Consumer<Hit> hits) {
        int at = scaledPair(value.array(), value.offset(), value.offset() + value.length());
        if (at > 0 && value.isText()) {
            String text = value.text();
            int separator = at - value.offset();
            double a = Double.parseDouble(text.substring(0, separator));
            double b = Double.parseDouble(text.substring(separator + 1));
            View view = value.view();
            if (!check(a, b, text, view, view.path(), null, hits)) {
                check(b, a, text, view, view.path(), "lng-lat", hits);
            }
        }
    }

    /**
     * Where the separator of a whole-number pair is ({@code [-]d{7,10}} twice, joined by one of
     * {@code , ; | _} or a space, and nothing else), or -1: a cheap test that most leaves fail on their length.
     */
    static int scaledPair(byte[] b, int from, int to) {
        int length = to - from;
        if (length < 15 || length > 23) {
            return -1;
        }
        int separator = -1;
        int digits = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                if (++digits > 10) {
                    return -1;
                }
            } else if (c == '-' && digits == 0 && (i == from || i == separator + 1)) {
                continue;
            } else if (separator < 0 && digits >= 7 && digits <= 10 && (c == ',' || c == ';' || c == '|' || c == '_' || c == ' ')) {
                separator = i;
                digits = 0;
            } else {
                return -1;
            }
        }
        return separator > 0 && digits >= 7 && digits <= 10 ? separator : -1;
    }

    /** An 'l' followed by 'a', 'o' or 'n' (lat, lng, lon, longitude, $latitude…): worth normalising. */
    private static boolean mayBeGeoKey(String key) {
        for (int i = 0; i + 1 < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 'l' || c == 'L') {
                char d = Character.toLowerCase(key.charAt(i + 1));
                if (d == 'a' || d == 'o' || d == 'n') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A cheap necessary condition for {@link #PAIR}, so the regex runs only on strings that can match: a
     * digit, a point and two digits ({@code \\d\\.\\d{2,}}), then more digits, then whitespace or one of the
     * pair separators, and a second point further on. Most leaves (versions, prices, timestamps) fail here.
     */
    static boolean pairShaped(byte[] b) {
        return pairShaped(b, 0, b.length);
    }

    static boolean pairShaped(byte[] b, int from, int to) {
        for (int i = from + 1; i + 2 < to; i++) {
            if (b[i] != '.' || !digit(b[i - 1]) || !digit(b[i + 1]) || !digit(b[i + 2])) {
                continue;
            }
            int j = i + 3;
            while (j < to && digit(b[j])) {
                j++;
            }
            if (j < to && (space(b[j]) || b[j] == ',' || b[j] == ';' || b[j] == '|' || b[j] == '_')) {
                for (int k = j + 1; k < to; k++) {
                    if (b[k] == '.') {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** Java regex {@code \\s} without UNICODE_CHARACTER_CLASS: [ \\t\\n\\x0B\\f\\r]. */
    private static boolean space(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    @Override
    public void group(View parent, List<View> children, Consumer<Hit> hits) {
        if (home == null) {
            return;
        }
        Map<String, View[]> pairs = new LinkedHashMap<>();
        List<View> numbers = new ArrayList<>();
        Map<String, View[]> arrays = new LinkedHashMap<>();
        for (View v : children) {
            if (v.length() > 32) {
                continue;
            }
            arrayElement(v, arrays);
            if (!mayBeGeoKey(v.key())) {
                if (numberedField(v.key())) {
                    numbers.add(v);
                }
                continue;
            }
            String key = v.normalizedKey();
            if (KeyNames.isLatitude(key)) {
                pairs.computeIfAbsent(parentPath(v.path()), k -> new View[2])[0] = v;
            } else if (KeyNames.isLongitude(key)) {
                pairs.computeIfAbsent(parentPath(v.path()), k -> new View[2])[1] = v;
            } else if (numberedField(v.key())) {
                numbers.add(v);
            }
        }
        for (Map.Entry<String, View[]> e : pairs.entrySet()) {
            View lat = e.getValue()[0];
            View lng = e.getValue()[1];
            if (lat != null && lng != null) {
                String path = e.getKey() + ".{" + lat.key() + "," + lng.key() + "}";
                check(number(lat), number(lng), lat.text() + "," + lng.text(), lat, path, hits);
            }
        }
        for (Map.Entry<String, View[]> e : arrays.entrySet()) {
            View[] a = e.getValue();
            if (a[0] != null && a[1] != null && a[3] == null) {
                coordinateArray(a[0], a[1], e.getKey(), hits);
            }
        }
        for (int i = 0; i + 1 < numbers.size(); i++) {
            View a = numbers.get(i);
            View b = numbers.get(i + 1);
            String path = parentPath(a.path()) + ".{" + fieldNumber(a.key()) + "," + fieldNumber(b.key()) + "}";
            check(number(a), number(b), a.text() + "," + b.text(), a, path, hits);
        }
    }

    /**
     * Collects the numeric elements {@code [0]}, {@code [1]} of arrays ({@code "loc":[39.90,116.40]}, GeoJSON's
     * {@code "coordinates":[116.40,39.90]}, with an altitude third); a fourth element marks the array as no pair.
     */
    private static void arrayElement(View v, Map<String, View[]> arrays) {
        String path = v.path();
        if (v.kind() != View.Kind.NUMBER || !path.endsWith("]")) {
            return;
        }
        int bracket = path.lastIndexOf('[');
        if (bracket < 0 || bracket < path.lastIndexOf('>')) {
            return;
        }
        String index = path.substring(bracket + 1, path.length() - 1);
        int slot = index.equals("0") ? 0 : index.equals("1") ? 1 : index.equals("2") ? 2 : 3;
        arrays.computeIfAbsent(path.substring(0, bracket), k -> new View[4])[slot] = v;
    }

    /** A two- or three-number array: {@code [lat, lng]}, or {@code [lng, lat(, alt)]} as GeoJSON orders it. */
    private void coordinateArray(View first, View second, String path, Consumer<Hit> hits) {
        double a = number(first);
        double b = number(second);
        String text = first.text().trim() + "," + second.text().trim();
        if (!check(a, b, text, first, path, null, hits)) {
            check(b, a, text, first, path, "lng-lat", hits);
        }
    }

    private void check(double lat, double lng, String text, View view, String path, Consumer<Hit> hits) {
        check(lat, lng, text, view, path, null, hits);
    }

    /** Reports the pair when it is the phone's location; {@code order} is a step before the scale ({@code lng-lat}). */
    private boolean check(double lat, double lng, String text, View view, String path, String order,
                          Consumer<Hit> hits) {
        if (Double.isNaN(lat) || Double.isNaN(lng)) {
            return false;
        }
        String datum = near(lat, lng);
        if (datum != null) {
            hits.accept(hit(lat, lng, text, view, steps(order, null, datum), path));
            return true;
        }
        boolean integral = lat == Math.rint(lat);
        datum = integral && Math.abs(lat) > 180 ? near(lat / 1e6, lng / 1e6) : null;
        if (datum != null) {
            hits.accept(hit(lat / 1e6, lng / 1e6, text, view, steps(order, "e6", datum), path));
            return true;
        }
        datum = integral && Math.abs(lat) > 1800 ? near(lat / 1e7, lng / 1e7) : null; // E7: Google's form
        if (datum != null) {
            hits.accept(hit(lat / 1e7, lng / 1e7, text, view, steps(order, "e7", datum), path));
            return true;
        }
        return false;
    }

    /**
     * The datum step under which ({@code lat}, {@code lng}) lies within the profile's radius: "" for the
     * point as given, {@code gcj-02}, {@code bd-09} or {@code wgs-84}; null when it is not the phone's.
     */
    private String near(double lat, double lng) {
        if (!(lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180) || lat == 0 && lng == 0) {
            return null;
        }
        for (ChinaDatums.Home h : homes) {
            if (h.circle().contains(lat, lng)) {
                return h.datum();
            }
        }
        return null;
    }

    /** The transforms of a hit: an order step, a scale step, then the datum step, each when there is one. */
    private static List<String> steps(String order, String scale, String datum) {
        List<String> steps = new ArrayList<>(3);
        for (String step : new String[] {order, scale, datum}) {
            if (step != null && !step.isEmpty()) {
                steps.add(step);
            }
        }
        return steps;
    }

    private static Hit hit(double lat, double lng, String text, View view, List<String> transforms, String path) {
        String value = fixed6(lat) + "," + fixed6(lng);
        return new Hit(PiiType.LOCATION, MatchKind.NEAR, value, text, view, transforms, path);
    }

    /**
     * {@code String.format(Locale.ROOT, "%.6f", d)} without the formatter (which was the cost of a location
     * hit): half-up on the shortest decimal form, a minus sign kept on values that round to zero. Rounded on
     * the digits of {@link Double#toString} when that is plain (|d| from 10⁻³ to 10⁷: every coordinate);
     * through {@code BigDecimal} otherwise.
     */
    static String fixed6(double d) {
        String s = Double.toString(d);
        if (s.indexOf('E') >= 0 || Double.isNaN(d) || Double.isInfinite(d)) {
            return fixed6Exact(d);
        }
        boolean negative = s.charAt(0) == '-';
        int dot = s.indexOf('.');
        int start = negative ? 1 : 0;
        int intDigits = dot - start;
        // The integer digits and six decimals, with one spare place in front for a carry.
        char[] out = new char[1 + intDigits + 7];
        out[0] = '0';
        s.getChars(start, dot, out, 1);
        out[1 + intDigits] = '.';
        for (int k = 0; k < 6; k++) {
            int at = dot + 1 + k;
            out[2 + intDigits + k] = at < s.length() ? s.charAt(at) : '0';
        }
        int seventh = dot + 7;
        if (seventh < s.length() && s.charAt(seventh) >= '5') {
            int k = out.length - 1;
            while (true) {
                if (out[k] == '.') {
                    k--;
                    continue;
                }
                if (out[k] < '9') {
                    out[k]++;
                    break;
                }
                out[k--] = '0';
            }
        }
        int from = out[0] == '0' ? 1 : 0;
        String digits = new String(out, from, out.length - from);
        return negative ? "-" + digits : digits;
    }

    private static String fixed6Exact(double d) {
        java.math.BigDecimal b = java.math.BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP);
        String s = b.toPlainString();
        return b.signum() == 0 && (d < 0 || d == 0 && 1 / d < 0) ? "-" + s : s;
    }

    private static double number(View v) {
        try {
            return Double.parseDouble(v.text().trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * {@code $.a.lat} → {@code $.a}; {@code form.lat} → {@code form}; {@code pb.3.1} → {@code pb.3}; in XML
     * {@code /r/loc/lat} → {@code /r/loc} and {@code /r/@lat} → {@code /r}.
     */
    static String parentPath(String path) {
        int gt = path.lastIndexOf('>');
        int cut = isXml(path, gt) ? path.lastIndexOf('/') : Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut > gt ? path.substring(0, cut) : path;
    }

    /** True when the innermost level of {@code path} (after the last {@code >}, at {@code gt}) is an XML path. */
    static boolean isXml(String path, int gt) {
        return path.startsWith("/", gt + 1);
    }
}
