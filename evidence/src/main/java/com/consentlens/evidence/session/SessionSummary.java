package com.consentlens.evidence.session;

/** One line of {@code consentlens sessions}: a session's name, times and counts. */
public record SessionSummary(String name, long createdMillis, long lastActivityMillis, long exchanges,
                             long findings, long markers, long events) {
}
