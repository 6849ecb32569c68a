package com.consentlens.bench;

import com.consentlens.detectors.match.MultiPatternMatcher;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The multi-pattern search alone, at 100 and 100,000 patterns (hex digests and digit IDs, as the variant
 * generator makes), over 1 MiB of decoded JSON text with 100 planted matches: our q-gram matcher against the
 * {@code org.ahocorasick} 0.6.3 trie. One operation = one pass over the 1 MiB buffer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MatcherBench {
    @Param({"100", "100000"})
    public int patterns;

    private byte[] data;
    private String text;
    private MultiPatternMatcher matcher;
    private Trie trie;

    @Setup(Level.Trial)
    public void setUp() {
        Random r = new Random(3);
        List<String> list = new ArrayList<>();
        for (int i = 0; i < patterns; i++) {
            byte[] digest = new byte[16];
            r.nextBytes(digest);
            list.add(i % 4 == 0 ? String.format("86%013d", Math.floorMod(r.nextLong(), 10_000_000_000_000L))
                    : HexFormat.of().formatHex(digest));
        }
        StringBuilder sb = new StringBuilder();
        int planted = 0;
        while (sb.length() < 1 << 20) {
            sb.append("{\"id\":").append(r.nextInt(1_000_000)).append(",\"title\":\"Cotton T-shirt ")
                    .append(r.nextInt(10_000)).append("\",\"price\":").append(r.nextInt(50_000) / 100.0)
                    .append(",\"ts\":").append(1763883662123L + r.nextInt(1000)).append(",\"rid\":\"")
                    .append(Long.toHexString(r.nextLong())).append(Long.toHexString(r.nextLong())).append('"');
            if (planted < 100 && r.nextInt(40) == 0) {
                sb.append(",\"imei\":\"").append(list.get(r.nextInt(list.size()))).append('"');
                planted++;
            }
            sb.append("},");
        }
        text = sb.toString();
        data = text.getBytes(StandardCharsets.UTF_8);
        matcher = new MultiPatternMatcher(list.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
        trie = Trie.builder().addKeywords(list).build();
        System.out.printf("%n[matcher] %d patterns, %d bytes, %d planted, q-gram finds %d, aho-corasick finds %d%n",
                patterns, data.length, planted, matcher.findAll(data).size(), trie.parseText(text).size());
    }

    @Benchmark
    public int qgram() {
        int[] count = new int[1];
        matcher.find(data, (p, s, e) -> count[0]++);
        return count[0];
    }

    @Benchmark
    public int ahoCorasickLibrary() {
        Collection<Emit> emits = trie.parseText(text);
        return emits.size();
    }
}
