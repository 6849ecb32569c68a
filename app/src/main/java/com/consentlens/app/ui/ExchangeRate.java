package com.consentlens.app.ui;

/** Exchanges per second between two polls of the proxy's counter (the window polls about once a second). */
final class ExchangeRate {
    private long lastCount = -1;
    private long lastNanos;
    private double rate;

    synchronized double perSecond(long count) {
        long now = System.nanoTime();
        if (lastCount >= 0 && now - lastNanos >= 500_000_000L) {
            rate = (count - lastCount) * 1e9 / (now - lastNanos);
            lastCount = count;
            lastNanos = now;
        } else if (lastCount < 0) {
            lastCount = count;
            lastNanos = now;
        }
        return rate;
    }
}
