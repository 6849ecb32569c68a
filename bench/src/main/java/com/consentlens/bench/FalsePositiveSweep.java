package com.consentlens.bench;

import com.consentlens.detectors.DetectionEngine;
import com.consentlens.detectors.SdkCatalog;
import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Headers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Pattern-mode detection (no profile) over files that hold no phone's identifiers: every {@code .json},
 * {@code .xml} and {@code .pom} file under the directories given, each posted as one request body. Each
 * finding is printed (type, path, masked value, file) and counted by type; every one is a false positive
 * candidate to read. With {@code --binary} first, every file of 17 bytes to 256 KiB is posted as
 * {@code application/octet-stream} instead (libraries, fonts, archives: bytes the binary decoders, protobuf
 * and Thrift, must not take for messages). Run by hand:
 * {@code java -cp bench/target/benchmarks.jar com.consentlens.bench.FalsePositiveSweep ~/.m2/repository /usr/share}
 */
public class FalsePositiveSweep {
    private static final int MAX_FILE = 2_000_000;
    private static final int MAX_BINARY = 256 * 1024;
    private static boolean binary;

    public static void main(String[] args) throws IOException {
        binary = args.length > 0 && args[0].equals("--binary");
        DetectionEngine engine = new DetectionEngine(null, SdkCatalog.loadDefault());
        Map<String, Integer> byType = new TreeMap<>();
        int files = 0;
        long bytes = 0;
        for (String root : binary ? java.util.Arrays.copyOfRange(args, 1, args.length) : args) {
            for (Path file : candidates(Path.of(root))) {
                byte[] body = Files.readAllBytes(file);
                files++;
                bytes += body.length;
                for (Finding f : engine.detect(request(file, body)).findings()) {
                    byType.merge(f.pii().name(), 1, Integer::sum);
                    System.out.println(f.pii() + "\t" + f.path() + "\t" + f.maskedValue() + "\t" + file);
                }
            }
        }
        System.out.println("files=" + files + " bytes=" + bytes + " findings=" + byType);
    }

    private static List<Path> candidates(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(FalsePositiveSweep::wanted).sorted().toList();
        }
    }

    private static boolean wanted(Path p) {
        String name = p.getFileName().toString();
        try {
            if (binary) {
                long size = Files.size(p);
                return size > 16 && size <= MAX_BINARY;
            }
            return (name.endsWith(".json") || name.endsWith(".xml") || name.endsWith(".pom"))
                    && Files.size(p) <= MAX_FILE;
        } catch (IOException e) {
            return false;
        }
    }

    private static Exchange request(Path file, byte[] body) {
        String type = binary ? "application/octet-stream"
                : file.toString().endsWith(".json") ? "application/json" : "application/xml";
        return Exchange.builder().flowId("f").client("127.0.0.1").method("POST").url("https://log.example.net/sweep")
                .requestHeaders(Headers.of("Content-Type", type)).requestBody(Body.of(body)).status(200).build();
    }
}
