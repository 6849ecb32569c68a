package com.consentlens.detectors.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MultiPatternMatcherTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} in \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "13812345678|tel=13812345678&x=1|1",
            "13812345678|\"13812345678\"|1",
            "13812345678|8613812345678|0",          // inside a longer digit run
            "13812345678|138123456789|0",
            "13812345678|a13812345678f|0",          // inside a hex hash
            "13812345678|+8613812345678|0",
            "13812345678|138 1234 5678|0",
            "AC:37:43:12:34:56|mac=AC:37:43:12:34:56;|1",
            "rO0ABXQ=|x=rO0ABXQ=rest|1",            // ends with '=': no right boundary needed
            "abcd|abcdabcd abcd|1",
            "abc|abc abc|0",                        // shorter than 4 bytes: ignored
    })
    void find_tokenBoundaries(String pattern, String text, int expected) {
        MultiPatternMatcher m = new MultiPatternMatcher(List.of(b(pattern)));

        assertThat(m.findAll(b(text))).hasSize(expected);
    }

    /** {@code <hh>} is the byte 0xhh: binary framing around a value. */
    private static byte[] framed(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '<') {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                out.write(s.charAt(i));
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} in \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
            "867530012345674|<36><0f>867530012345674F<11>AC:37:43:12:34:56|1", // JCE: the next head is 'F' (tag 4, string)
            "867530012345674|<3a><0f>867530012345674B<11>AC:37|1",            // protobuf: the next key is 'B' (field 8)
            "867530012345674|t<00><0f>867530012345674t<00><11>|1",              // Java serialization: TC_STRING 't'
            "13812345678|<06>A13812345678<00>|1",                                // a letter before, a control byte before it
            "13812345678|138123456789<00>|0",                                     // a digit beside a digit: a longer number
            "13812345678|13812345678Fx|0",                                        // text: nothing but text beyond the letter
            "13812345678|13812345678F|0",                                         // the buffer's end is not a control byte
            "13812345678|<11>13812345678x|1",                                    // ...unless one precedes the value
            "13812345678|x13812345678x|0",
            "13812345678|13812345678F<09>|0",                                     // a tab is text
            "3c2f8a9b1d4e5f6a|<06><10>3c2f8a9b1d4e5f6aF<11>|0",                 // a letter at the edge: a longer hex token
    })
    void find_tokenBoundariesInBinaryFraming(String pattern, String framedText, int expected) {
        MultiPatternMatcher m = new MultiPatternMatcher(List.of(b(pattern)));

        assertThat(m.findAll(framed(framedText))).hasSize(expected);
    }

    @Test
    void find_manyPatternsSharingPrefixes() {
        List<byte[]> patterns = List.of(b("+86 138 1234 5678"), b("+86 139 0000 1111"), b("+86 138"), b("86138"));
        MultiPatternMatcher m = new MultiPatternMatcher(patterns);

        List<int[]> hits = m.findAll(b("call +86 139 0000 1111 or +86 138 1234 5678"));

        assertThat(hits).extracting(h -> h[0]).containsExactly(1, 0, 2);
        assertThat(hits.get(0)[1]).isEqualTo(5);
    }

    @Test
    void find_hundredThousandPatternsSameAnswersAsNaiveSearch() {
        Random random = new Random(42);
        List<byte[]> patterns = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            patterns.add(b(Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Integer.toHexString(i)));
        }
        StringBuilder text = new StringBuilder();
        List<Integer> planted = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            text.append("{\"k\":\"");
            int p = random.nextInt(patterns.size());
            planted.add(p);
            text.append(new String(patterns.get(p), StandardCharsets.UTF_8)).append("\"},");
        }
        MultiPatternMatcher m = new MultiPatternMatcher(patterns);

        List<int[]> hits = m.findAll(b(text.toString()));

        assertThat(hits).extracting(h -> h[0]).containsExactlyElementsOf(planted);
    }
}
