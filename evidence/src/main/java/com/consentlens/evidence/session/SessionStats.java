package com.consentlens.evidence.session;

/** Row counts of one session and the time span of its exchanges ({@code 0} when it has none). */
public record SessionStats(long exchanges, long findings, long markers, long events,
                           long firstExchangeMillis, long lastExchangeMillis) {
}
