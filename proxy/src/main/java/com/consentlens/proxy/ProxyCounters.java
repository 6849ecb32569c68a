package com.consentlens.proxy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters behind {@link ProxyStats}; updated from event loops, so lock-free. */
final class ProxyCounters {
    final LongAdder exchanges = new LongAdder();
    final LongAdder dropped = new LongAdder();
    final LongAdder blindSpots = new LongAdder();
    final LongAdder errors = new LongAdder();
    private final Set<String> clients = ConcurrentHashMap.newKeySet();

    void clientSeen(String ip) {
        clients.add(ip);
    }

    ProxyStats snapshot(String tlsProvider) {
        return new ProxyStats(exchanges.sum(), dropped.sum(), clients.size(), blindSpots.sum(), errors.sum(),
                tlsProvider);
    }
}
