package com.consentlens.detectors.decode;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Standard and URL-safe base64 (padding optional, lines wrapped as MIME and Android's {@code Base64.DEFAULT}
 * wrap them at 76 characters), followed only when the result is plausible
 * ({@link Plausible}). Pure hex and pure digits are left alone: they are hashes, IDs and numbers far more
 * often than base64.
 *
 * <p>Standard base64 is also read through Mintegral's alphabet (step {@code base64-mintegral}). That ad SDK's
 * {@code SameBase64Tool} writes base64 and then swaps every character for another one of the same alphabet
 * ({@code A}→{@code v}, {@code B}→{@code S}, …; the table is the same in every decompiled copy read), so the
 * same characters decode both ways. Each reading is followed when it is plausible, the Mintegral one only
 * when it is text: one alphabet's text reads as random bytes in the other.
 *
 * <p>A query or form value whose {@code '+'} characters were not percent-encoded reads them as spaces; such a
 * value is read with its spaces as {@code '+'} (see {@link #spaceIsPlus}).
 */
public final class Base64Decoder implements Decoder {
    private static final int MIN_LENGTH = 12;
    /** The shortest line of wrapped base64 (MIME and Android wrap at 76, PEM at 64). */
    private static final int MIN_LINE = 16;
    private static final String STANDARD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    /** Mintegral's character for each character of {@link #STANDARD}, in the same order. */
    static final String MINTEGRAL = "vSoajc7dRzpWifGyNxZnV5k+DHLYhJ46lt0U3QrgEuq8sw/XMeBAT2Fb9P1OIKmC";
    private static final char[] FROM_MINTEGRAL = new char[128];

    static {
        for (int i = 0; i < STANDARD.length(); i++) {
            FROM_MINTEGRAL[MINTEGRAL.charAt(i)] = STANDARD.charAt(i);
        }
    }

    @Override
    public String name() {
        return "base64";
    }

    @Override
    public boolean applies(View view) {
        byte[] b = view.array();
        int o = view.offset();
        int n = view.length();
        boolean spaceIsPlus = spaceIsPlus(view);
        while (n > 0 && (b[o + n - 1] == '\n' || b[o + n - 1] == '\r' || b[o + n - 1] == ' ' && !spaceIsPlus)) {
            n--; // trailing line ends and spaces are trimmed
        }
        if (n < MIN_LENGTH || n == 36 && b[o + 8] == '-' && b[o + 13] == '-' && b[o + 18] == '-' && b[o + 23] == '-') {
            return false; // a UUID is made of base64url characters but is an ID, not an encoding
        }
        if (view.shapeKnown() && view.hasNonBase64Byte()) {
            return false; // the view's shared byte pass already saw a byte the loop below would reject
        }
        // One class-table load per byte: every byte from the (url-safe) alphabet, '=' only in the last two
        // places, and some byte outside hex (else it is a digest or an ID). Line breaks are allowed where
        // wrapped base64 has them: MIME and Android's Base64.DEFAULT break every 76 characters.
        int[] classes = ByteShape.CLASS;
        int seen = 0;
        int lineStart = 0;
        int lineLength = -1;
        for (int i = 0; i < n; i++) {
            byte ch = b[o + i];
            int c = classes[ch & 0xFF];
            if (ch == ' ' && spaceIsPlus) {
                seen |= ByteShape.NON_HEX; // a '+' the URL decoding turned into a space
                continue;
            }
            if ((c & ByteShape.TRIMMED_SPACE) != 0) {
                int line = i - lineStart;
                boolean crlf = ch == '\r' && i + 1 < n && b[o + i + 1] == '\n';
                if (ch == ' ' || ch == '\r' && !crlf || line < MIN_LINE || line % 4 != 0
                        || lineLength >= 0 && line != lineLength) {
                    return false;
                }
                lineLength = line;
                i += crlf ? 1 : 0;
                lineStart = i + 1;
                continue;
            }
            if ((c & ByteShape.NON_BASE64) != 0 || (c & ByteShape.EQUALS) != 0 && i < n - 2) {
                return false;
            }
            seen |= c;
        }
        if (lineLength >= 0 && (n - lineStart == 0 || n - lineStart > lineLength)) {
            return false; // wrapped: the last line is no longer than the others
        }
        return (seen & ByteShape.NON_HEX) != 0;
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        String s = spaceIsPlus(view) ? view.text().replace(' ', '+').trim() : view.text().trim();
        if (s.indexOf('\n') >= 0) {
            s = s.replace("\r", "").replace("\n", ""); // wrapped lines (applies checked their shape)
        }
        boolean urlSafe = s.indexOf('-') >= 0 || s.indexOf('_') >= 0;
        String unpadded = s.replace("=", "");
        if (unpadded.length() % 4 == 1) {
            return List.of();
        }
        byte[] out;
        try {
            out = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(pad(unpadded));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        out = Plausible.decodedOrTrimmed(out);
        byte[] mintegral = urlSafe ? null : fromMintegral(unpadded);
        List<View> children = new ArrayList<>(1);
        if (out != null && context.charge(out.length)) {
            children.add(view.child(out, null, urlSafe ? "base64url" : "base64", null));
        }
        if (mintegral != null && context.charge(mintegral.length)) {
            children.add(view.child(mintegral, null, "base64-mintegral", null));
        }
        return children;
    }

    /**
     * True when the view is a query or form value with a space in it and no line break: a URL built by hand
     * with base64 in it ({@code "&dvi=" + base64}, as Mintegral's old report URL and many SDKs build theirs)
     * carries its {@code '+'} characters as they are, and form decoding reads each as a space. Those values are
     * read with the spaces turned back into {@code '+'}; a value that was text with spaces reads as no
     * plausible base64 and is left alone.
     */
    private static boolean spaceIsPlus(View view) {
        String step = view.lastStep();
        if (!step.equals("query") && !step.equals("form")) {
            return false;
        }
        byte[] b = view.array();
        boolean space = false;
        for (int i = view.offset(), end = view.offset() + view.length(); i < end; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                return false;
            }
            space |= b[i] == ' ';
        }
        return space;
    }

    /** The text behind base64 written with Mintegral's alphabet, or null when that gives no text. */
    static byte[] fromMintegral(String unpadded) {
        char[] standard = new char[unpadded.length()];
        for (int i = 0; i < standard.length; i++) {
            char c = unpadded.charAt(i);
            standard[i] = c < 128 ? FROM_MINTEGRAL[c] : 0;
            if (standard[i] == 0) {
                return null;
            }
        }
        try {
            byte[] out = Base64.getDecoder().decode(pad(new String(standard)));
            return Plausible.text(out) ? out : null;
        } catch (IllegalArgumentException e) {
            return null; // 4n + 1 characters
        }
    }

    /** Pads unpadded base64 to a multiple of 4; a length of 4n + 1 is no base64 at all. */
    static String pad(String s) {
        int rem = s.length() % 4;
        if (rem == 1) {
            throw new IllegalArgumentException("base64 of length 4n + 1");
        }
        return rem == 0 ? s : s + "==".substring(0, 4 - rem);
    }
}
