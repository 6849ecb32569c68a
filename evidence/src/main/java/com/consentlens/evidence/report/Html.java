package com.consentlens.evidence.report;

/**
 * Escaping for everything that reaches the report from traffic. Payloads are hostile by assumption (an app
 * or SDK server can send {@code <script>} in any field), so every string is escaped for element text and
 * attribute values alike, and characters that XML forbids are shown as {@code \xNN} so the report stays
 * well-formed (the report is XHTML-compatible markup).
 */
public final class Html {
    private Html() {
    }

    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                            || (Character.isSurrogate(c) && !validSurrogate(s, i))) {
                        out.append(String.format("\\x%02x", (int) c & 0xffff));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * Escapes {@code text} and wraps each occurrence of {@code needle} in {@code <mark>}, showing
     * {@code shownNeedle} there instead (the masked value when the export is masked). Case-insensitive, so
     * an upper-cased hex digest is found too.
     */
    public static String highlight(String text, String needle, String shownNeedle) {
        if (needle == null || needle.isEmpty() || text == null) {
            return esc(text);
        }
        String lowerText = text.toLowerCase(java.util.Locale.ROOT);
        String lowerNeedle = needle.toLowerCase(java.util.Locale.ROOT);
        if (lowerText.length() != text.length() || lowerNeedle.length() != needle.length()) {
            lowerText = text;
            lowerNeedle = needle;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at;
        while ((at = lowerText.indexOf(lowerNeedle, from)) >= 0) {
            out.append(esc(text.substring(from, at))).append("<mark>").append(esc(shownNeedle)).append("</mark>");
            from = at + needle.length();
        }
        return out.append(esc(text.substring(from))).toString();
    }

    public static boolean contains(String text, String needle) {
        return needle != null && !needle.isEmpty() && text != null
                && text.toLowerCase(java.util.Locale.ROOT).contains(needle.toLowerCase(java.util.Locale.ROOT));
    }
}
