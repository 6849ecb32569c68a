package com.consentlens.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes of phone identifiers, shared by profile validation (a profile's IMEI of 14 letters is an error)
 * and by the pattern detectors (a 15-digit number is only an IMEI if its Luhn digit checks out). Each check
 * is strict on purpose: false positives cost a tester as much as misses.
 */
public final class IdentifierFormats {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern MAC = Pattern.compile(
            "[0-9a-fA-F]{2}([:-]?)[0-9a-fA-F]{2}(\\1[0-9a-fA-F]{2}){4}");
    private static final Pattern SERIAL = Pattern.compile("[0-9A-Za-z]{4,32}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{4,22}[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> PLACEHOLDERS = Set.of("unknown", "null", "none", "n/a", "undefined",
            "02:00:00:00:00:00", "020000000000", "00000000-0000-0000-0000-000000000000", "9774d56d682e549c");

    private IdentifierFormats() {
    }

    /** Luhn check over a string of digits (the IMEI's 15th digit). */
    public static boolean luhnValid(String digits) {
        if (digits.isEmpty() || !DIGITS.matcher(digits).matches()) {
            return false;
        }
        byte[] ascii = digits.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return luhnValid(ascii, 0, ascii.length);
    }

    /** The Luhn check over {@code b[from, from + length)}, which the caller knows to be ASCII digits. */
    public static boolean luhnValid(byte[] b, int from, int length) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = from + length - 1; i >= from; i--) {
            int d = b[i] - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /** The Luhn check digit for the first 14 digits of an IMEI. */
    public static char luhnCheckDigit(String digits14) {
        for (char c = '0'; c <= '9'; c++) {
            if (luhnValid(digits14 + c)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not digits: " + digits14);
    }

    /**
     * Placeholder values that platforms return when an identifier is unavailable: never a finding. Includes
     * all-zero and all-same-character IDs, Android's fake MAC {@code 02:00:00:00:00:00} and the emulator's
     * well-known Android ID {@code 9774d56d682e549c}.
     */
    public static boolean isPlaceholder(String value) {
        if (value == null) {
            return true;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || PLACEHOLDERS.contains(v)) {
            return true;
        }
        // All the same character once separators (-, :, regex \s) are dropped: 000000…, ff:ff:…, ----.
        int first = -1;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '-' || c == ':' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                continue;
            }
            if (first < 0) {
                first = c;
            } else if (c != first) {
                return false;
            }
        }
        return true;
    }

    /**
     * Validates a profile value of the given type; returns null when valid, otherwise a short reason
     * ("must be 15 digits with a valid check digit, or 14 digits").
     */
    public static String problemWith(PiiType type, String value) {
        if (value == null || value.isBlank()) {
            return "must not be empty";
        }
        String v = value.trim();
        return switch (type) {
            // A profile value is what the tester read off the phone: 15 digits are accepted even when the Luhn
            // digit is off (a typo still identifies the phone in traffic); pattern detection requires Luhn.
            case IMEI -> (DIGITS.matcher(v).matches() && (v.length() == 14 || v.length() == 15))
                    ? null : "must be 15 digits (or 14 digits without the check digit)";
            case MEID -> (HEX.matcher(v).matches() && (v.length() == 14 || v.length() == 15))
                    ? null : "must be 14 hexadecimal characters";
            case IMSI -> (DIGITS.matcher(v).matches() && v.length() >= 14 && v.length() <= 15)
                    ? null : "must be 14 or 15 digits";
            case ICCID -> (v.matches("\\d{18,21}[Ff]?"))
                    ? null : "must be 18 to 21 digits (usually starting 8986 in China)";
            case OAID -> (v.matches("[0-9A-Za-z-]{8,100}"))
                    ? null : "must be 8 to 100 letters, digits or dashes";
            case GAID -> UUID.matcher(v).matches() ? null : "must be a UUID (8-4-4-4-12 hexadecimal)";
            case ANDROID_ID -> (HEX.matcher(v).matches() && v.length() >= 8 && v.length() <= 16)
                    ? null : "must be 8 to 16 hexadecimal characters";
            case MAC, WIFI -> MAC.matcher(v).matches() ? null : "must be six hexadecimal octets, e.g. AC:37:43:12:34:56";
            case SERIAL -> SERIAL.matcher(v).matches() ? null : "must be 4 to 32 letters or digits";
            case PHONE -> PHONE.matcher(v).matches() ? null : "must be a phone number (digits, optional +, spaces)";
            case EMAIL -> EMAIL.matcher(v).matches() ? null : "must be an email address";
            default -> null;
        };
    }
}
