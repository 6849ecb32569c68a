package com.consentlens.evidence.session;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a session name before it becomes a directory under {@code <dataDir>/sessions/}. The name comes
 * from the command line and the control API, so it must never reach outside that directory and must be a
 * valid directory name on every desktop OS:
 * <ul>
 *   <li>1 to 64 characters from ASCII letters, digits, {@code -}, {@code _} and {@code .};</li>
 *   <li>starts with a letter or digit (so no {@code .}, {@code ..}, hidden names or option-like
 *       {@code -x}) and does not end with {@code .} (Windows drops a trailing dot);</li>
 *   <li>not a Windows device name ({@code con}, {@code nul}, {@code com1}, … also as {@code con.db}).</li>
 * </ul>
 * Non-ASCII letters are refused: macOS stores names decomposed (NFD), so {@code 测试} or {@code é} may not
 * round-trip to the same string when listing sessions.
 */
public final class SessionName {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private SessionName() {
    }

    /** Returns {@code name} when valid; otherwise throws with a message that says what is allowed. */
    public static String validate(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("session name must not be empty");
        }
        if (name.length() > 64) {
            throw new IllegalArgumentException("session name is longer than 64 characters");
        }
        if (!SHAPE.matcher(name).matches() || name.endsWith(".")) {
            throw new IllegalArgumentException("invalid session name '" + printable(name) + "': use letters,"
                    + " digits, '-', '_' and '.', starting with a letter or digit and not ending with '.'");
        }
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
        if (WINDOWS_DEVICES.contains(base)) {
            throw new IllegalArgumentException("invalid session name '" + name + "': '" + base
                    + "' is a reserved device name on Windows");
        }
        return name;
    }

    public static boolean isValid(String name) {
        try {
            validate(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Control characters (NUL, newlines) shown escaped so the message stays one line. */
    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(70).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
