package com.consentlens.app.pipeline;

import com.consentlens.detectors.DetectionEngine;
import com.consentlens.detectors.DetectionResult;
import com.consentlens.evidence.session.SessionStore;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.ExchangeSink;
import com.consentlens.model.ProxyEvent;
import com.consentlens.model.ProxyEventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The path every exchange takes after the proxy: a bounded queue, detector workers, then the session store
 * (which judges, commits and only then notifies listeners). The proxy calls {@link #offer} and
 * {@link #accept} on Netty event loops, so both only enqueue and never block; a full queue drops the item
 * and counts it — the proxy records the drop as an event so it is visible.
 *
 * <p>A HAR file replays through the same object: {@link #offer} each exchange and {@link #close} to drain.
 */
public final class CapturePipeline implements ExchangeSink, ProxyEventSink, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CapturePipeline.class);
    private static final Object POISON = new Object();

    private volatile DetectionEngine engine;
    private final SessionStore store;
    private final BlockingQueue<Object> queue;
    private final List<Thread> workers = new ArrayList<>();
    private final LatencyRecorder latency = new LatencyRecorder(16_384);
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong findings = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    /** Bodies waiting in the queue, in bytes: the count bound alone would let 10,000 × 4 MiB uploads fill the heap. */
    private final AtomicLong queuedBytes = new AtomicLong();
    private final long maxQueuedBytes;
    private final List<BiConsumer<Exchange, List<Finding>>> exchangeObservers = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private record Queued(Exchange exchange, long enqueuedNanos) {
    }

    public static final long DEFAULT_MAX_QUEUED_BYTES = 256L << 20;

    public CapturePipeline(DetectionEngine engine, SessionStore store, int capacity, int workerCount) {
        this(engine, store, capacity, workerCount, DEFAULT_MAX_QUEUED_BYTES);
    }

    public CapturePipeline(DetectionEngine engine, SessionStore store, int capacity, int workerCount, long maxQueuedBytes) {
        this.maxQueuedBytes = maxQueuedBytes;
        this.engine = engine;
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(capacity);
        for (int i = 0; i < workerCount; i++) {
            Thread t = new Thread(this::work, "detector-" + (i + 1));
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    @Override
    public boolean offer(Exchange exchange) {
        long bytes = sizeOf(exchange);
        if (closed || queuedBytes.addAndGet(bytes) > maxQueuedBytes && queuedBytes.get() > bytes) {
            queuedBytes.addAndGet(-bytes);
            dropped.incrementAndGet();
            return false;
        }
        inFlight.incrementAndGet();
        if (!queue.offer(new Queued(exchange, System.nanoTime()))) {
            inFlight.decrementAndGet();
            queuedBytes.addAndGet(-bytes);
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    private static long sizeOf(Exchange e) {
        return 512L + e.requestBody().length() + e.responseBody().length();
    }

    /** Replays wait for room instead of dropping: a HAR import must not lose exchanges. */
    public void put(Exchange exchange) throws InterruptedException {
        inFlight.incrementAndGet();
        queuedBytes.addAndGet(sizeOf(exchange));
        queue.put(new Queued(exchange, System.nanoTime()));
    }

    @Override
    public void accept(ProxyEvent event) {
        if (closed || !queue.offer(event)) {
            dropped.incrementAndGet();
        }
    }

    /** Swaps the detection engine (a new profile); exchanges already queued are detected with the new one. */
    public void setEngine(DetectionEngine newEngine) {
        engine = newEngine;
    }

    /** Called on a worker thread after each exchange was handed to the store (headless printing, UI flows). */
    public void addExchangeObserver(BiConsumer<Exchange, List<Finding>> observer) {
        exchangeObservers.add(observer);
    }

    public PipelineStats stats() {
        return new PipelineStats(queue.size(), dropped.get(), processed.get(), findings.get(),
                latency.percentileMillis(50), latency.percentileMillis(99));
    }

    private void work() {
        while (true) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (item == POISON) {
                return;
            }
            try {
                if (item instanceof Queued q) {
                    try {
                        detectAndRecord(q);
                    } finally {
                        queuedBytes.addAndGet(-sizeOf(q.exchange()));
                        inFlight.decrementAndGet();
                    }
                } else if (item instanceof ProxyEvent event) {
                    store.recordEvent(event);
                }
            } catch (RuntimeException e) {
                log.error("pipeline worker failed on {}", item, e);
            }
        }
    }

    private void detectAndRecord(Queued q) {
        Exchange exchange = q.exchange();
        DetectionResult result = engine.detect(exchange);
        latency.record(System.nanoTime() - q.enqueuedNanos());
        for (ProxyEvent event : detectionEvents(exchange, result, System.currentTimeMillis())) {
            store.recordEvent(event);
        }
        store.recordExchange(exchange, result.findings());
        processed.incrementAndGet();
        findings.addAndGet(result.findings().size());
        for (BiConsumer<Exchange, List<Finding>> observer : exchangeObservers) {
            observer.accept(exchange, result.findings());
        }
    }

    /**
     * What detection of one exchange leaves for the tester besides findings: a DECODE_LIMIT event per limit
     * that stopped decoding, and an ERROR event per decoder or detector that failed by a bug (its part of
     * the payload went unexamined, so the exchange's findings may be incomplete).
     */
    static List<ProxyEvent> detectionEvents(Exchange exchange, DetectionResult result, long nowMillis) {
        List<ProxyEvent> events = new ArrayList<>();
        for (String limit : result.limitsHit()) {
            events.add(new ProxyEvent(nowMillis, ProxyEvent.Kind.DECODE_LIMIT, exchange.client(), exchange.host(),
                    exchange.flowId() + ": " + limit));
        }
        for (String fault : result.faults()) {
            events.add(new ProxyEvent(nowMillis, ProxyEvent.Kind.ERROR, exchange.client(), exchange.host(),
                    exchange.flowId() + ": detection fault in " + fault + " (findings may be incomplete)"));
        }
        return events;
    }

    /**
     * Waits until every exchange offered so far has been detected and handed to the store, and the store has
     * committed it; false when that did not happen within {@code timeoutMillis}.
     */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (inFlight.get() > 0) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        store.flush();
        return true;
    }

    /** Stops accepting, lets the workers drain what is queued, and waits until the store has committed it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = 0; i < workers.size(); i++) {
            try {
                queue.put(POISON);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Thread t : workers) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        store.flush();
    }
}
