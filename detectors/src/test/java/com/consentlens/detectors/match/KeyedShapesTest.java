package com.consentlens.detectors.match;

import com.consentlens.model.IdentifierFormats;
import com.consentlens.model.PiiType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The identifier shapes under announcing keys, checked by loops, answer exactly as the regexes they replace. */
class KeyedShapesTest {
    /** 16 hex digits, one of them a letter, alone or after Kuaishou's {@code ANDROID_}. */
    private static final Pattern ANDROID_ID = Pattern.compile("(?:(?i)android[_-])?(?=[0-9]*[a-fA-F])[0-9a-fA-F]{16}");
    private static final Pattern OAID = Pattern.compile("[0-9a-fA-F-]{16,64}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HEX14 = Pattern.compile("[0-9a-fA-F]{14}");
    private static final Pattern HEX12 = Pattern.compile("[0-9a-fA-F]{12}");
    private static final Pattern DIGITS15 = Pattern.compile("\\d{15}");
    private static final Pattern IMSI = Pattern.compile("\\d{14,15}");
    private static final Pattern ICCID = Pattern.compile("89\\d{17,18}");
    private static final Pattern SERIAL = Pattern.compile("(?=.*[0-9])(?=.*[a-zA-Z])[0-9a-zA-Z]{6,20}");
    private static final String ALPHABET = "0123456789abcdefABCDEF-gG:x ０٣";

    @Test
    void loopsAgreeWithTheRegexes() {
        Random r = new Random(4);
        List<String> fixed = List.of("3c2f8a9b1d4e5f60", "6f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f", "867530012345674",
                "A0000012345678", "ac3743123456", "----------------", "０１２３４５６７８９abcdef",
                "ANDROID_3c2f8a9b1d4e5f60", "android-3C2F8A9B1D4E5F60", "ANDROID_6049434046331954", "6049434046331954",
                "ANDROIDX3c2f8a9b1d4e5f60", "R58N12345AB", "a1b2c3", "a1b2c", "89860012345678901234",
                "8986001234567890123", "460001234567890", "46000123456789");
        for (String v : fixed) {
            check(v);
        }
        for (int t = 0; t < 200_000; t++) {
            int n = List.of(6, 12, 14, 15, 16, 19, 20, 36, 1 + r.nextInt(70)).get(r.nextInt(9));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(r.nextInt(10) == 0 ? ALPHABET.charAt(r.nextInt(ALPHABET.length()))
                        : ALPHABET.charAt(r.nextInt(16)));
                if (n == 36 && (i == 7 || i == 12 || i == 17 || i == 22) && r.nextBoolean()) {
                    sb.append('-');
                    i++;
                }
            }
            check(sb.toString());
        }
    }

    private static void check(String v) {
        assertThat(PatternDetector.keyed(PiiType.ANDROID_ID, v) != null).as(v).isEqualTo(ANDROID_ID.matcher(v).matches());
        assertThat(PatternDetector.keyed(PiiType.OAID, v) != null).as(v).isEqualTo(OAID.matcher(v).matches());
        assertThat(PatternDetector.keyed(PiiType.GAID, v) != null).as(v).isEqualTo(UUID.matcher(v).matches());
        assertThat(PatternDetector.keyed(PiiType.MEID, v) != null).as(v).isEqualTo(HEX14.matcher(v).matches());
        assertThat(PatternDetector.keyed(PiiType.MAC, v) != null).as(v).isEqualTo(HEX12.matcher(v).matches());
        assertThat(PatternDetector.keyed(PiiType.IMEI, v) != null).as(v)
                .isEqualTo(DIGITS15.matcher(v).matches() && IdentifierFormats.luhnValid(v));
        assertThat(PatternDetector.keyed(PiiType.IMSI, v) != null).as(v).isEqualTo(IMSI.matcher(v).matches());
        assertThat(PatternDetector.keyed(PiiType.ICCID, v) != null).as(v).isEqualTo(ICCID.matcher(v).matches());
        assertThat(PatternDetector.keyed(PiiType.SERIAL, v) != null).as(v)
                .isEqualTo(SERIAL.matcher(v).matches() && !v.equalsIgnoreCase("0123456789abcdef"));
    }
}
