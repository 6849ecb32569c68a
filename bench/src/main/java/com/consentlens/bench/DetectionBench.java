package com.consentlens.bench;

import com.consentlens.detectors.DetectionEngine;
import com.consentlens.detectors.SdkCatalog;
import com.consentlens.model.Exchange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Detection throughput on one thread over the mixed corpus: one operation = every exchange of the corpus
 * through {@link DetectionEngine#detect}. MB/s per core = ops/s × corpus MB (printed at setup).
 * {@code values} is the number of profile values; the number of literal patterns they expand to is printed
 * (2 values → 93 patterns and 1,700 → 100,531: the "100 versus 100,000 patterns").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DetectionBench {
    @Param({"2", "3", "1000", "1700", "2000", "2425"})
    public int values;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DetectionEngine engine;
    private List<Exchange> corpus;
    private long corpusBytes;
    private long cpuNanos;
    private long passes;

    @Setup(Level.Trial)
    public void setUp() {
        corpus = BenchCorpus.exchanges();
        engine = new DetectionEngine(BenchCorpus.profile(values), SdkCatalog.loadDefault());
        corpusBytes = BenchCorpus.bytes(corpus);
        int findings = corpus.stream().mapToInt(e -> engine.detect(e).findings().size()).sum();
        System.out.printf("%n[corpus] %d exchanges, %d bytes; profile values %d -> %d patterns; %d findings per pass%n",
                corpus.size(), BenchCorpus.bytes(corpus), values, engine.patternCount(), findings);
    }

    @Setup(Level.Iteration)
    public void resetCpu() {
        cpuNanos = 0;
        passes = 0;
    }

    /**
     * The machine is shared, so wall-clock ops/s understate a core's speed; this prints MB per CPU-second
     * of the benchmark thread, which is the per-core figure.
     */
    @TearDown(Level.Iteration)
    public void printCpuRate() {
        if (cpuNanos > 0) {
            System.out.printf("%n[cpu] %d passes, %.1f MB per CPU-second%n", passes,
                    passes * (double) corpusBytes / 1e6 / (cpuNanos / 1e9));
        }
    }

    @Benchmark
    public void detectCorpus(Blackhole bh) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (Exchange e : corpus) {
            bh.consume(engine.detect(e));
        }
        cpuNanos += THREADS.getCurrentThreadCpuTime() - t0;
        passes++;
    }
}
