package com.consentlens.app.session;

/**
 * Pads and cuts text to terminal columns. Chinese characters take two columns, so padding by
 * {@code String.length()} would misalign every table that shows an SDK's Chinese name.
 */
public final class TextColumns {
    private TextColumns() {
    }

    /** Display width in terminal columns (East Asian wide and full-width characters count 2). */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code s} cut with an ellipsis to fit {@code columns}, then padded with spaces to exactly that width. */
    public static String fit(String s, int columns) {
        String text = s == null ? "" : s;
        if (width(text) > columns) {
            StringBuilder out = new StringBuilder();
            int w = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int cw = isWide(cp) ? 2 : 1;
                if (w + cw > columns - 1) {
                    break;
                }
                out.appendCodePoint(cp);
                w += cw;
                i += Character.charCount(cp);
            }
            text = out.append('…').toString();
        }
        return text + " ".repeat(Math.max(0, columns - width(text)));
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
