package com.consentlens.detectors.match;

import com.consentlens.detectors.decode.Value;
import com.consentlens.detectors.decode.View;
import com.consentlens.model.MatchKind;
import com.consentlens.model.PiiType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The installed-app list (APP_LIST, 双清单's "读取应用列表"): one list in one payload carrying at least three
 * of the profile's installed package names ({@code exact}), or, when the profile lists no apps, at least
 * five package-name-shaped strings ({@code pattern}) that are not the framework's classes, permissions or a
 * crash report's stack frames. A list is a JSON array (of names or of objects with a name), the keys of one
 * object, the fields of a form, or one delimited string. One finding per list; its value is the
 * comma-joined names found, capped at {@value #MAX_VALUE} characters.
 */
public final class AppListDetector implements Detector {
    static final int MAX_VALUE = 512;
    private static final Pattern PACKAGE = Pattern.compile(
            "(?:com|cn|net|org|io|me|tv|air|android|de|uk|jp|kr|ru|us|co|top|xyz|app)(?:\\.[a-zA-Z_][a-zA-Z0-9_]*){1,6}");

    private final Set<String> installed;
    /**
     * A byte-level necessary condition for {@code installed.contains(text.trim())} on ASCII values: the
     * lengths and first characters of the installed names. Most values under a list (prices, versions,
     * URLs) fail it without building and hashing a String.
     */
    private final java.util.BitSet installedLengths = new java.util.BitSet();
    private final boolean[] installedFirst = new boolean[128];
    private final boolean allAsciiNames;

    public AppListDetector(List<String> installedApps) {
        this.installed = Set.copyOf(installedApps);
        boolean ascii = true;
        for (String name : installed) {
            if (name.isEmpty() || name.chars().anyMatch(c -> c >= 128)) {
                ascii = false;
                continue;
            }
            installedLengths.set(name.length());
            installedFirst[name.charAt(0)] = true;
        }
        this.allAsciiNames = ascii;
    }

    /**
     * False only when {@code consider(v.text().trim(), …)} cannot add a name: installed names are known,
     * all ASCII, and the trimmed value is ASCII with a length or first character no installed name has.
     * {@code String.trim} drops chars up to U+0020, which in UTF-8 are exactly the bytes up to 0x20.
     */
    private boolean mayBeInstalled(byte[] b, int from, int to) {
        if (installed.isEmpty() || !allAsciiNames) {
            return true;
        }
        int s = from;
        int e = to;
        while (s < e && b[s] >= 0 && b[s] <= ' ') {
            s++;
        }
        while (e > s && b[e - 1] >= 0 && b[e - 1] <= ' ') {
            e--;
        }
        if (s == e) {
            return installed.contains("");
        }
        for (int i = s; i < e; i++) {
            if (b[i] < 0) {
                return true; // non-ASCII: decide on the String, as before
            }
        }
        return installedLengths.get(e - s) && installedFirst[b[s]];
    }

    @Override
    public int wantsEveryLeafFrom() {
        return Integer.MAX_VALUE;
    }

    /** A list in one string has two points per name. */
    @Override
    public boolean wantsLeaf(String key, byte[] bytes, int from, int to, int dots) {
        int needed = installed.isEmpty() ? 5 : 3;
        return to - from >= 20 && dots >= needed * 2;
    }

    /** The name has a point after its first character (a package name used as a key). */
    private static final int DOTTED_KEY = 1;

    @Override
    public int groupKeyFacts(String key) {
        return key.indexOf('.') > 0 ? DOTTED_KEY : 0;
    }

    /** A list entry has a point in its value or in its key. */
    @Override
    public boolean wantsInGroup(int keyFacts, byte[] bytes, int from, int to, int dots) {
        int length = to - from;
        return keyFacts == DOTTED_KEY || length >= 5 && length <= 256 && dots > 0 && mayBeInstalled(bytes, from, to);
    }

    @Override
    public void leaf(Value value, Consumer<Hit> hits) {
        int needed = installed.isEmpty() ? 5 : 3;
        if (value.length() < 20 || value.length() > 1 << 20 || value.dotCount() < needed * 2 || !value.isText()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        String text = value.text();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean part = i < text.length() && isNameChar(text.charAt(i));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                if (i - start >= 5) {
                    consider(text.substring(start, i), names);
                }
                start = -1;
            }
        }
        report(names, value.view(), value.view().path(), hits);
    }

    @Override
    public void group(View parent, List<View> children, Consumer<Hit> hits) {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        Map<String, View> first = new LinkedHashMap<>();
        Set<String> found = new LinkedHashSet<>();
        for (View v : children) {
            if (!found.isEmpty()) {
                found.clear();
            }
            if (v.length() <= 256 && v.length() >= 5 && v.dotCount() > 0 && mayBeInstalled(v.array(), v.offset(), v.offset() + v.length()) && v.isText()) {
                consider(v.text().trim(), found);
            }
            if (v.key().indexOf('.') > 0) {
                consider(v.key(), found);
            }
            if (!found.isEmpty()) {
                String root = listRoot(v.path());
                lists.computeIfAbsent(root, k -> new LinkedHashSet<>()).addAll(found);
                first.putIfAbsent(root, v);
            }
        }
        for (Map.Entry<String, Set<String>> e : lists.entrySet()) {
            report(e.getValue(), first.get(e.getKey()), e.getKey(), hits);
        }
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_';
    }

    private void consider(String s, Set<String> names) {
        if (installed.isEmpty() ? packageShaped(s) && PACKAGE.matcher(s).matches() && !frameworkName(s)
                : installed.contains(s)) {
            names.add(s);
        }
    }

    /**
     * A name that package-shaped strings in crash reports and device reports have and app lists do not: the
     * framework's own namespace ({@code android.os.Handler}, {@code com.android.internal.os.ZygoteInit}), a
     * class member ({@code com.example.MainActivity.onCreate}: a capitalised segment before the last), or a
     * constant ({@code android.permission.READ_PHONE_STATE}, {@code …c2dm.permission.RECEIVE}).
     */
    static boolean frameworkName(String s) {
        if (s.startsWith("android.") || s.startsWith("com.android.internal.")) {
            return true;
        }
        int last = s.lastIndexOf('.') + 1;
        for (int i = 0; i < last; i++) {
            if ((i == 0 || s.charAt(i - 1) == '.') && Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        boolean letter = false;
        for (int i = last; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isUpperCase(c);
        }
        return letter && s.length() - last >= 2;
    }

    /** The last segment is capitalised: a class ({@code com.example.shop.MainActivity}) as often as an app. */
    private static boolean classLike(String s) {
        return Character.isUpperCase(s.charAt(s.lastIndexOf('.') + 1));
    }

    /**
     * A necessary condition for {@link #PACKAGE}, checked before the regex: a dot, only name characters,
     * and a first letter that starts one of its top-level prefixes. Prices, URLs and versions fail here.
     */
    static boolean packageShaped(String s) {
        if (s.length() < 4 || "cnoimtadujkrx".indexOf(s.charAt(0)) < 0) {
            return false;
        }
        boolean dot = false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dot = true;
            } else if (!isNameChar(c)) {
                return false;
            }
        }
        return dot;
    }

    private void report(Set<String> names, View view, String path, Consumer<Hit> hits) {
        int needed = installed.isEmpty() ? 5 : 3;
        if (names.size() < needed) {
            return;
        }
        // Without a profile, a list of mostly capitalised names is a crash report's classes: app package
        // names are mostly lower case (com.tencent.mm), a few are not (com.eg.android.AlipayGphone).
        if (installed.isEmpty() && names.stream().filter(AppListDetector::classLike).count() * 2 > names.size()) {
            return;
        }
        String value = String.join(",", new ArrayList<>(names));
        if (value.length() > MAX_VALUE) {
            int cut = value.lastIndexOf(',', MAX_VALUE);
            value = value.substring(0, cut > 0 ? cut : MAX_VALUE) + ",…";
        }
        MatchKind kind = installed.isEmpty() ? MatchKind.PATTERN : MatchKind.EXACT;
        hits.accept(new Hit(PiiType.APP_LIST, kind, value, value, view, List.of(), path));
    }

    /**
     * The list a leaf belongs to: its path up to the last array index ({@code $.apps[3].pkg} → {@code $.apps});
     * in XML the repeated element ({@code /r/apps/app}, {@code /r/apps/app[2]} → {@code /r/apps/app}).
     */
    static String listRoot(String path) {
        int gt = path.lastIndexOf('>');
        int bracket = path.lastIndexOf('[');
        if (LocationDetector.isXml(path, gt)) {
            return bracket > path.lastIndexOf('/') ? path.substring(0, bracket) : path;
        }
        if (bracket > gt && !path.startsWith("url-path", gt + 1)) {
            return path.substring(0, bracket);
        }
        return LocationDetector.parentPath(path);
    }
}
