package com.consentlens.ui.model;

/**
 * Re-indents JSON text for the detail pane without parsing it into objects: a string-aware walk over the
 * characters, so it is cheap, keeps every byte of the original values (numbers are not re-formatted, which
 * matters when the evidence is a number) and never throws. Returns null when the text does not look like JSON.
 */
public final class JsonPretty {
    private JsonPretty() {
    }

    public static String format(String text) {
        String t = text.strip();
        if (t.isEmpty() || !(t.startsWith("{") && t.endsWith("}") || t.startsWith("[") && t.endsWith("]"))) {
            return null;
        }
        StringBuilder out = new StringBuilder(t.length() + t.length() / 4);
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < t.length()) {
                    out.append(t.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                case '{', '[' -> {
                    depth++;
                    out.append(c).append('\n').append("  ".repeat(depth));
                }
                case '}', ']' -> {
                    depth = Math.max(0, depth - 1);
                    out.append('\n').append("  ".repeat(depth)).append(c);
                }
                case ',' -> out.append(c).append('\n').append("  ".repeat(depth));
                case ':' -> out.append(": ");
                case ' ', '\t', '\n', '\r' -> { }
                default -> out.append(c);
            }
        }
        return inString ? null : out.toString().replaceAll("\\{\\n\\s*}", "{}").replaceAll("\\[\\n\\s*]", "[]");
    }
}
