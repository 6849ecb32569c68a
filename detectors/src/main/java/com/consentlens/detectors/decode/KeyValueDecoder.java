package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text that lists {@code name=value} or {@code name: value} pairs without being a form, a shape SDKs put
 * in custom headers and in string fields of their JSON:
 * <ul>
 * <li>Java's {@code Map.toString()}, sent as is: {@code {imei=8675…, androidId=3c2f…, oaid=6f0c…}};</li>
 * <li>header style: {@code imei=8675…;androidId=3c2f…;mac=AC:37:43:12:34:56};</li>
 * <li>one pair per line ({@code .properties} files, {@code key: value} logs): {@code imei:8675…\nmac:…};</li>
 * <li>{@code name:value} pairs on one line: {@code imei:8675…,mac:AC:37:43:12:34:56};</li>
 * <li>Sensors' channel device info: {@code android_id=3c2f…##imei=8675…##mac=…##oaid=…}.</li>
 * </ul>
 * Children are {@code kv.NAME}, so a value is judged under its own name (an Android ID is taken only
 * under a name that says so) and {@code lat}/{@code lng} pairs meet as siblings. At least two pairs, each
 * name shaped like a field name; pairs are split at {@code ;}, {@code ,}, {@code |}, {@code ##} or line
 * breaks outside brackets, and a piece without a name of its own belongs to the value before it
 * ({@code loc=116.4,39.9}).
 * A {@code k=v&k=v} text is the form decoder's; a value keeps its {@code ':'} and {@code '='} bytes after
 * the first (a MAC, a base64 tail).
 */
public final class KeyValueDecoder implements Decoder {
    private static final int MIN = 7;
    private static final int MAX = 64 << 10;
    private static final int MAX_NAME = 40;

    @Override
    public String name() {
        return "kv";
    }

    @Override
    public boolean structural() {
        return true;
    }

    @Override
    public boolean applies(View view) {
        int n = view.length();
        if (view.kind() == View.Kind.URL || view.kind() == View.Kind.NUMBER || n < MIN || n > MAX
                || !plainText(view.contentType())) {
            return false;
        }
        int shape = view.shape();
        byte[] b = view.array();
        int from = view.offset();
        if (!ByteShape.has(shape, ByteShape.EQUALS) && !(ByteShape.has(shape, ByteShape.SEPARATOR)
                && (hasLineBreak(b, from, n) || ByteShape.hasListSeparator(shape) && colonList(b, from, n)))) {
            return false;
        }
        return view.isText() && startsWithPair(b, from, from + n, true) >= 0;
    }

    /** No declared type, or a text type that no document decoder claims. */
    private static boolean plainText(String contentType) {
        if (contentType.isEmpty()) {
            return true;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.startsWith("text/plain") || t.startsWith("text/x-") || t.contains("properties");
    }

    static boolean hasLineBreak(byte[] b, int from, int length) {
        for (int i = from, end = from + length; i < end; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code name:value} pairs on one line ({@code imei:8675…,mac:AC:37:…}): a field name and {@code ':'}
     * first, then a {@code ,}, {@code ;} or {@code |} after it. A time ({@code 12:30, 13:00}) or a URL list
     * starts otherwise.
     */
    static boolean colonList(byte[] b, int from, int length) {
        int to = from + length;
        // A name without '-' (a UUID or a date stops here after a few bytes), then ':' and not "://".
        int at = startsWithPair(b, from, to, false);
        if (at < 0 || b[at] != ':' || at + 2 < to && b[at + 1] == '/' && b[at + 2] == '/') {
            return false;
        }
        for (int i = at + 1; i < to; i++) {
            if (b[i] == ',' || b[i] == ';' || b[i] == '|') {
                return true;
            }
        }
        return false;
    }

    /**
     * After optional space and a {@code '{'}: a field name ({@code '-'} in it only if {@code dashInName}),
     * then {@code '='}, {@code ':'} or a space; the index of that byte, or -1.
     */
    private static int startsWithPair(byte[] b, int from, int to, boolean dashInName) {
        int i = from;
        while (i < to && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
            i++;
        }
        if (i < to && b[i] == '{') {
            i++;
        }
        int name = i;
        while (i < to && i - name <= MAX_NAME && nameByte(b[i], i == name) && (dashInName || b[i] != '-')) {
            i++;
        }
        return i > name && i < to && (b[i] == '=' || b[i] == ':' || b[i] == ' ') ? i : -1;
    }

    private static boolean nameByte(byte c, boolean first) {
        boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
        return first ? letter : letter || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        List<String[]> pairs = pairs(view.text());
        if (pairs.size() < 2) {
            return List.of();
        }
        List<String> encoding = view.encodingWith("kv");
        List<View> out = new ArrayList<>(pairs.size());
        for (String[] pair : pairs) {
            if (!pair[1].isEmpty()) {
                out.add(view.part(pair[1].getBytes(StandardCharsets.UTF_8), "kv." + pair[0], encoding, pair[0], false));
            }
        }
        return out;
    }

    /** The {@code {name, value}} pairs of {@code text}, or fewer than two when it is not such a list. */
    static List<String[]> pairs(String text) {
        String s = text.strip();
        if (s.length() > 1 && s.charAt(0) == '{' && s.charAt(s.length() - 1) == '}') {
            s = s.substring(1, s.length() - 1);
        }
        List<String[]> pairs = new ArrayList<>();
        StringBuilder pending = null; // the value being read, which later pieces without a name may extend
        for (Piece piece : pieces(s)) {
            String[] pair = pair(piece.text);
            if (pair != null) {
                if (pending != null) {
                    pairs.get(pairs.size() - 1)[1] = pending.toString().strip();
                }
                pairs.add(pair);
                pending = new StringBuilder(pair[1]);
            } else if (pending == null) {
                if (!piece.text.isBlank()) {
                    return List.of(); // text before the first pair: prose, not a list of pairs
                }
            } else if (!piece.text.isBlank()) {
                pending.append(piece.separator).append(piece.text);
            }
        }
        if (pending != null) {
            pairs.get(pairs.size() - 1)[1] = pending.toString().strip();
        }
        return pairs;
    }

    /** A piece of the list and the separator that came before it. */
    private record Piece(String separator, String text) {
    }

    /**
     * Splits at {@code ; , |}, {@code ##} (Sensors' {@code android_id=…##imei=…##mac=…}) and line breaks that
     * sit outside {@code {}}, {@code []} and {@code ()}.
     */
    private static List<Piece> pieces(String s) {
        List<Piece> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String before = " ";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if ((c == '}' || c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ';' || c == ',' || c == '|' || c == '\n' || c == '\r'
                    || c == '#' && s.startsWith("##", i))) {
                out.add(new Piece(before, s.substring(start, i)));
                before = c == '#' ? "##" : String.valueOf(c);
                start = c == '#' ? i + 2 : i + 1;
                i = start - 1;
            }
        }
        out.add(new Piece(before, s.substring(start)));
        return out;
    }

    /** {@code name=value}, {@code name: value} or {@code name = value}, the name shaped like a field name. */
    private static String[] pair(String piece) {
        String p = piece.strip();
        int i = 0;
        while (i < p.length() && i <= MAX_NAME && nameByte((byte) p.charAt(i), i == 0) && p.charAt(i) < 0x80) {
            i++;
        }
        if (i == 0 || i > MAX_NAME) {
            return null;
        }
        int name = i;
        while (i < p.length() && p.charAt(i) == ' ') {
            i++;
        }
        if (i >= p.length() || p.charAt(i) != '=' && p.charAt(i) != ':') {
            return null;
        }
        if (p.charAt(i) == ':' && p.startsWith("//", i + 1)) {
            return null; // a URL's scheme, not a name
        }
        return new String[] {p.substring(0, name), p.substring(i + 1).strip()};
    }
}
