package com.consentlens.bench;

import com.consentlens.detectors.DetectionEngine;
import com.consentlens.detectors.DetectionResult;
import com.consentlens.detectors.SdkCatalog;
import com.consentlens.model.Exchange;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes every finding (and the limits hit) of every corpus request, at 2 and 1,000 profile values and with
 * no profile, one {@code Finding.toString()} per line, to the file named by the first argument. Run it on two
 * builds and compare the files byte for byte: a detection speed-up must leave them identical.
 * {@code java -cp bench/target/benchmarks.jar com.consentlens.bench.FindingsDump findings.txt}
 */
public class FindingsDump {
    public static void main(String[] a) throws Exception {
        List<Exchange> corpus = BenchCorpus.exchanges();
        try (PrintWriter w = new PrintWriter(a[0], "UTF-8")) {
            for (int values : new int[] {2, 1000, 0}) {
                DetectionEngine engine = new DetectionEngine(values == 0 ? null : BenchCorpus.profile(values), SdkCatalog.loadDefault());
                int i = 0, n = 0;
                for (Exchange e : corpus) {
                    DetectionResult r = engine.detect(e);
                    w.println("# values=" + values + " req=" + i++ + " limits=" + r.limitsHit());
                    for (var f : r.findings()) { w.println(f); n++; }
                }
                System.out.println("values=" + values + " findings=" + n);
            }
        }
    }
}
