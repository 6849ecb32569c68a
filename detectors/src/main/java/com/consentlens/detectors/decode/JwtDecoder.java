package com.consentlens.detectors.decode;

import java.util.Base64;
import java.util.List;

/** JSON Web Tokens ({@code eyJ…}.{@code eyJ…}.sig): the payload, which often carries device and user IDs. */
public final class JwtDecoder implements Decoder {
    @Override
    public String name() {
        return "jwt";
    }

    @Override
    public boolean applies(View view) {
        byte[] b = view.data();
        int start = 0;
        while (start < b.length && b[start] == ' ') {
            start++;
        }
        if (b.length - start > 7 && (b[start] | 0x20) == 'b') { // "Bearer eyJ…"
            start = indexOfEyj(b);
        }
        return start >= 0 && b.length - start > 20 && b[start] == 'e' && b[start + 1] == 'y' && b[start + 2] == 'J';
    }

    private static int indexOfEyj(byte[] b) {
        for (int i = 0; i + 2 < b.length && i < 16; i++) {
            if (b[i] == 'e' && b[i + 1] == 'y' && b[i + 2] == 'J') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        String s = view.text().trim();
        s = s.substring(s.indexOf("eyJ"));
        String[] parts = s.split("\\.");
        if (parts.length < 2 || !parts[1].startsWith("eyJ")) {
            return List.of();
        }
        byte[] payload;
        try {
            payload = Base64.getUrlDecoder().decode(Base64Decoder.pad(parts[1].replace("=", "")));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (!context.charge(payload.length)) {
            return List.of();
        }
        return List.of(view.child(payload, null, "jwt", null));
    }
}
