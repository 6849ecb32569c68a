package com.consentlens.detectors.match;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-character PRC resident identity number (GB 11643): region, birth date, sequence, check character. */
final class ResidentId {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentId() {
    }

    static boolean valid(String s) {
        if (s.length() != 18 || s.charAt(0) < '1' || s.charAt(0) > '9') {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        if (Character.toUpperCase(s.charAt(17)) != CHECK[sum % 11]) {
            return false;
        }
        try {
            int year = Integer.parseInt(s.substring(6, 10));
            LocalDate birth = LocalDate.of(year, Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
            return year >= 1900 && !birth.isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }
}
