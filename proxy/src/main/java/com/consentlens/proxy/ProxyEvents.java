package com.consentlens.proxy;

import com.consentlens.model.ProxyEvent;
import com.consentlens.model.ProxyEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The proxy's side of the event sink: never lets a sink exception reach Netty, and keeps storms (a queue
 * overflowing under load, a refused client retrying, an app re-trying a pinned host) down to one event per
 * key and interval, so the tester sees each problem without the event log drowning.
 */
final class ProxyEvents {
    private static final Logger LOG = LoggerFactory.getLogger(ProxyEvents.class);
    static final long DEFAULT_INTERVAL_MILLIS = 1_000;

    private final ProxyEventSink sink;
    private final long intervalMillis;
    private final Map<String, AtomicLong> lastEmitted = new ConcurrentHashMap<>();

    ProxyEvents(ProxyEventSink sink, long intervalMillis) {
        this.sink = sink == null ? ProxyEventSink.NONE : sink;
        this.intervalMillis = intervalMillis;
    }

    /** Always delivered. */
    void emit(ProxyEvent.Kind kind, String client, String host, String detail) {
        try {
            sink.accept(new ProxyEvent(System.currentTimeMillis(), kind, client, host, detail));
        } catch (RuntimeException e) {
            LOG.warn("event sink failed on {}: {}", kind, e.toString());
        }
    }

    /** Delivered unless an event with the same kind and key went out less than the interval ago. */
    boolean emitLimited(ProxyEvent.Kind kind, String key, String client, String host, String detail) {
        long now = System.currentTimeMillis();
        AtomicLong last = lastEmitted.computeIfAbsent(kind + "|" + key, k -> new AtomicLong(Long.MIN_VALUE / 2));
        long previous = last.get();
        if (now - previous < intervalMillis || !last.compareAndSet(previous, now)) {
            return false;
        }
        if (lastEmitted.size() > 10_000) { // a scan of many addresses must not grow this map without bound
            lastEmitted.clear();
        }
        emit(kind, client, host, detail);
        return true;
    }
}
