package com.consentlens.detectors.decode;

import com.consentlens.model.Where;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The performance shortcuts must give exactly the answers of the straightforward code they replace. */
class FastPathsTest {
    private static final byte[] ALPHABET = {0, 1, 9, 10, 13, 31, 32, 33, 65, 126, 127, (byte) 0x80, (byte) 0xBF,
            (byte) 0xC2, (byte) 0xE0, (byte) 0xF0, (byte) 0xF4, (byte) 0xFF};

    @Test
    void textCheckFastPathAgreesWithByteWiseCheck() {
        Random r = new Random(7);
        for (int t = 0; t < 200_000; t++) {
            byte[] b = new byte[r.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = r.nextInt(4) == 0 ? ALPHABET[r.nextInt(ALPHABET.length)] : (byte) (32 + r.nextInt(95));
            }
            assertThat(TextCheck.isText(b)).as("%s", java.util.Arrays.toString(b)).isEqualTo(reference(b));
        }
    }

    /** The byte-at-a-time definition: valid UTF-8, no controls but tab, CR, LF, no DEL; empty is not text. */
    private static boolean reference(byte[] b) {
        if (b.length == 0) {
            return false;
        }
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                    return false;
                }
                i++;
                continue;
            }
            int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (extra < 0) {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += extra + 1;
        }
        return true;
    }

    @Test
    void lazyMemberPathEqualsEagerPartPath() {
        View doc = View.root(new byte[0], Where.BODY, "form.data", "data", View.Kind.BODY, "", "");
        List<String> enc = doc.encodingWith("json");
        assertThat(doc.memberSlice(new byte[0], 0, 0, "$.a", "b", -1, enc, "b", false, -1, false).path())
                .isEqualTo(doc.part(new byte[0], "$.a.b", enc, "b", false).path());
        assertThat(doc.memberSlice(new byte[0], 0, 0, "$.a", null, 3, enc, "a", false, -1, false).path())
                .isEqualTo(doc.part(new byte[0], "$.a[3]", enc, "a", false).path());
        View body = View.root(new byte[0], Where.BODY, "", "", View.Kind.BODY, "", "");
        View leaf = body.memberSlice("_x_".getBytes(StandardCharsets.UTF_8), 1, 2, "$", "k", -1, enc, "k", false, -1, false);
        assertThat(leaf.path()).isEqualTo("$.k");
        assertThat(leaf.data()).containsExactly('x');
        assertThat(leaf.child("y".getBytes(StandardCharsets.UTF_8), null, "base64", null).path()).isEqualTo("$.k");
    }
}
