package com.consentlens.model;

/**
 * Masks personal values for display and export, keeping enough to recognise them: {@code 867530012345674}
 * becomes {@code 8675********674}. Evidence packages keep the raw request bytes; only the displayed value is
 * masked. Locations keep one decimal (about 10 km); app lists are not personal values and stay readable.
 */
public final class ValueMasker {
    private ValueMasker() {
    }

    public static String mask(PiiType type, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (type == PiiType.APP_LIST) {
            return value;
        }
        if (type == PiiType.LOCATION) {
            return maskLocation(value);
        }
        return mask(value);
    }

    public static String mask(String value) {
        int n = value.length();
        if (n >= 10) {
            return value.substring(0, 4) + "*".repeat(n - 7) + value.substring(n - 3);
        }
        if (n >= 5) {
            return value.charAt(0) + "*".repeat(n - 3) + value.substring(n - 2);
        }
        return "*".repeat(n);
    }

    private static String maskLocation(String value) {
        StringBuilder out = new StringBuilder();
        for (String part : value.split(",", -1)) {
            if (out.length() > 0) {
                out.append(',');
            }
            String p = part.trim();
            int dot = p.indexOf('.');
            out.append(dot >= 0 && dot + 2 <= p.length() ? p.substring(0, dot + 2) + "*" : mask(p));
        }
        return out.toString();
    }
}
