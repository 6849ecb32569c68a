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
