package com.consentlens.app.pipeline;

/**
 * A snapshot of the capture pipeline's counters: how many exchanges wait in the queue, how many were dropped
 * because it was full, how many the detector workers finished, and the detection latency (queue wait plus
 * detection) at p50 and p99 in milliseconds.
 */
public record PipelineStats(int queued, long dropped, long processed, long findings, double latencyP50Millis,
                            double latencyP99Millis) {
}
