package com.consentlens.detectors;

/**
 * Bounds that keep hostile or absurd payloads harmless: a gzip bomb, a 10,000-deep JSON, base64 inside
 * base64 inside base64… When a bound stops decoding, detection goes on over what was decoded and the
 * result names the bound ({@link DetectionResult#limitsHit()}: {@code depth}, {@code decoded-bytes},
 * {@code expansion-ratio}, {@code views}) so the caller can record a DECODE_LIMIT event.
 *
 * @param maxDepth          decoding steps from a root view to the deepest view (each decoder adds one)
 * @param maxJsonDepth      nesting of JSON objects and arrays followed inside one document
 * @param maxDecodedBytes   bytes all decoders together may produce for one exchange
 * @param maxExpansionRatio output/input ratio a decompressor may reach (a normal JSON body is 5–20)
 * @param maxViews          views (fields, values, decoded blobs) examined per exchange
 */
public record DetectionLimits(int maxDepth, int maxJsonDepth, long maxDecodedBytes, int maxExpansionRatio,
                              int maxViews) {
    public static final DetectionLimits DEFAULT = new DetectionLimits(24, 64, 64L << 20, 200, 200_000);

    public DetectionLimits {
        if (maxDepth < 1 || maxJsonDepth < 1 || maxDecodedBytes < 1 || maxExpansionRatio < 1 || maxViews < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
