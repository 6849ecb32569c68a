package com.consentlens.detectors.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * {@code application/x-www-form-urlencoded}: by Content-Type, or for a text value that is plainly
 * {@code k=v&k=v} or {@code &k=v&k=v} (at least two pairs with field-name-shaped keys, so a base64 string ending
 * in {@code =} is not mistaken for a form). Children are {@code form.NAME}.
 */
public final class FormDecoder implements Decoder {
    private static final int MAX_SNIFF = 1 << 20;

    @Override
    public String name() {
        return "form";
    }

    @Override
    public boolean structural() {
        return true;
    }

    @Override
    public boolean applies(View view) {
        if (view.kind() == View.Kind.URL || view.length() < 3) {
            return false;
        }
        if (!view.contentType().isEmpty() && view.contentType().toLowerCase(Locale.ROOT).contains("x-www-form-urlencoded")) {
            return true;
        }
        byte[] b = view.data();
        return b.length <= MAX_SNIFF && b.length >= 7 && looksLikeForm(b);
    }

    static boolean looksLikeForm(byte[] b) {
        int equals = 0;
        for (byte c : b) {
            if (c == '=') {
                equals++;
            }
        }
        if (equals < 2) {
            return false;
        }
        int pairs = 0;
        int i = b[0] == '&' ? 1 : 0; // "&k=v&k=v", as a builder that puts '&' before every pair writes it
        while (i < b.length) {
            int keyStart = i;
            while (i < b.length && isKeyChar(b[i])) {
                i++;
            }
            if (i == keyStart || i >= b.length || b[i] != '=') {
                return false;
            }
            i++;
            while (i < b.length && b[i] != '&') {
                if (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '"' || b[i] == '{') {
                    return false;
                }
                i++;
            }
            pairs++;
            i++;
        }
        return pairs >= 2;
    }

    private static boolean isKeyChar(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '$' || c == '-' || c == '[' || c == ']' || c == '%';
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        List<View> out = new ArrayList<>();
        pairs(view.text().trim(), (name, value) -> out.add(view.child(value, "form." + name, "form", name)));
        return out;
    }

    /** Splits {@code a=1&b=2} and percent-decodes names and values ({@code +} is a space). */
    static void pairs(String s, BiConsumer<String, byte[]> sink) {
        for (String pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = Percent.decodeToString(eq < 0 ? pair : pair.substring(0, eq), true);
            byte[] value = Percent.decode(eq < 0 ? "" : pair.substring(eq + 1), true);
            if (value.length > 0) {
                sink.accept(name, value);
            }
        }
    }
}
