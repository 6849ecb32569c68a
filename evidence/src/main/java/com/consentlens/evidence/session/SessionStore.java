package com.consentlens.evidence.session;

import com.consentlens.evidence.rules.RuleSettings;
import com.consentlens.evidence.session.WriteCommand.AddMarker;
import com.consentlens.evidence.session.WriteCommand.Barrier;
import com.consentlens.evidence.session.WriteCommand.MoveMarker;
import com.consentlens.evidence.session.WriteCommand.RecordEvent;
import com.consentlens.evidence.session.WriteCommand.RecordExchange;
import com.consentlens.evidence.session.WriteCommand.Stop;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.MarkerType;
import com.consentlens.model.Profile;
import com.consentlens.model.ProxyEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One capture session on disk ({@code <dataDir>/sessions/<name>/session.db}): every exchange with its raw
 * bytes, every finding with its verdict, the tester's markers, the proxy's events and the audit trail.
 *
 * <p><b>Writing.</b> Detector workers call {@link #recordExchange}; one writer thread per store judges the
 * findings with the rule engine, inserts exchange and findings, <em>commits</em>, and only then calls the
 * {@link SessionListener}s with the stored findings (ids and verdicts set). So a finding is durable before
 * a UI, the control API or a JSONL file can show it: a {@code kill -9} loses nothing that was shown. The
 * queue is bounded ({@value #QUEUE_CAPACITY} commands); a full queue blocks the detector worker briefly,
 * never a Netty event loop (the proxy does not call the store).
 *
 * <p><b>Markers.</b> {@link #addMarker} and {@link #moveMarker} return once committed. A marker applies to
 * findings from its own millisecond on (see {@code ConsentTimeline}); moving one re-judges every finding
 * and leaves an audit row.
 *
 * <p><b>Reading.</b> The read methods use their own connection (WAL readers never block the writer) and
 * stream where a session can be large.
 *
 * <pre>{@code
 * try (SessionStore store = new SessionDirectory(dataDir).openOrCreate("lab-1", profile, RuleSettings.DEFAULTS)) {
 *     store.addListener(new SessionListener() {
 *         public void onFindings(List<Finding> findings) { ui.show(findings); }
 *     });
 *     store.recordExchange(exchange, detectedFindings);
 * }
 * }</pre>
 */
public final class SessionStore implements AutoCloseable {
    static final int QUEUE_CAPACITY = 1024;

    private final String name;
    private final Path directory;
    private final long createdMillis;
    private volatile Profile profile;
    private final RuleSettings settings;
    private final BlockingQueue<WriteCommand> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Listeners listeners = new Listeners();
    private final SessionReader reader;
    private final AtomicLong flowNumbers;
    private final Thread writerThread;
    private volatile boolean closed;

    SessionStore(String name, Path directory, Connection writeConnection, WriterState state,
                 Connection readConnection, long createdMillis, Profile profile, RuleSettings settings,
                 long lastFlowNumber) {
        this.name = name;
        this.directory = directory;
        this.createdMillis = createdMillis;
        this.profile = profile;
        this.settings = settings;
        this.reader = new SessionReader(readConnection);
        this.flowNumbers = new AtomicLong(lastFlowNumber);
        this.writerThread = new Thread(new SessionWriter(queue, writeConnection, state, listeners),
                "session-writer-" + name);
        writerThread.setDaemon(true);
        writerThread.start();
    }

    /** Queues an exchange and its detected findings; blocks only while the write queue is full. */
    public void recordExchange(Exchange exchange, List<Finding> detected) {
        submit(new RecordExchange(exchange, List.copyOf(detected)));
    }

    public void recordEvent(ProxyEvent event) {
        submit(new RecordEvent(event));
    }

    /** Adds a marker; returns it with its id once committed. Findings from {@code timeMillis} on see it. */
    public Marker addMarker(MarkerType type, long timeMillis, String text) {
        CompletableFuture<Marker> done = new CompletableFuture<>();
        return submitAndWait(new AddMarker(type, timeMillis, text, done), done);
    }

    /** Moves a marker, re-judges every finding and records who moved it, from when to when and why. */
    public void moveMarker(long markerId, long newTimeMillis, String reason) {
        moveMarker(markerId, newTimeMillis, reason, actor());
    }

    public void moveMarker(long markerId, long newTimeMillis, String reason, String actor) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        submitAndWait(new MoveMarker(markerId, newTimeMillis, reason, actor, done), done);
    }

    /**
     * Replaces the session's profile (the tester edited it while capturing): stored, audited as
     * {@code profile-changed}, and every finding judged again with the new app profile. Returns once committed.
     */
    public void updateProfile(Profile newProfile) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        submitAndWait(new WriteCommand.UpdateProfile(newProfile, actor(), done), done);
        profile = newProfile;
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    /** Waits until everything submitted so far is committed and its listeners were called. */
    public void flush() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        submitAndWait(new Barrier(done), done);
    }

    /** The next flow number (1, 2, …), continuing after the highest {@code f-NNNNNN} stored. Never blocks. */
    public long nextFlowNumber() {
        return flowNumbers.incrementAndGet();
    }

    public List<Finding> findingsSince(long afterId, int limit) {
        return reader.read(c -> SessionQueries.findingsSince(c, afterId, limit));
    }

    /** Streams every finding in id order without holding them in memory. */
    public void forEachFinding(Consumer<Finding> action) {
        reader.read(c -> {
            SessionQueries.forEachFinding(c, action);
            return null;
        });
    }

    public Optional<Exchange> exchange(String flowId) {
        return reader.read(c -> SessionQueries.exchange(c, flowId));
    }

    public void forEachExchange(Consumer<Exchange> action) {
        reader.read(c -> {
            SessionQueries.forEachExchange(c, action);
            return null;
        });
    }

    public List<Marker> markers() {
        return reader.read(SessionQueries::markers);
    }

    public List<ProxyEvent> events() {
        return reader.read(SessionQueries::events);
    }

    public List<AuditEntry> auditTrail() {
        return reader.read(SessionQueries::audit);
    }

    public SessionStats stats() {
        return reader.read(SessionQueries::stats);
    }

    /** The session's current profile, without the database read {@link #info()} makes. */
    public Profile profile() {
        return profile;
    }

    public SessionInfo info() {
        long last = reader.read(c -> Meta.getLong(c, Meta.LAST_ACTIVITY));
        return new SessionInfo(name, createdMillis, Math.max(last, createdMillis), profile, settings, directory);
    }

    /** Flushes, stops the writer and closes the database. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() == writerThread) {
            throw new IllegalStateException("a session listener must not close the session");
        }
        closed = true; // refuse new writes; one that raced past the check is failed by the writer
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            queue.put(new Stop(done));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SessionStoreException("interrupted while closing session '" + name + "'", e);
        }
        await(done);
        try {
            writerThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reader.close();
    }

    static String actor() {
        return System.getProperty("user.name", "unknown");
    }

    private void submit(WriteCommand command) {
        if (closed) {
            throw new SessionStoreException("session '" + name + "' is closed");
        }
        if (Thread.currentThread() == writerThread) {
            // A listener may record (an event, say), but must not wait for room its own thread would make.
            if (!queue.offer(command)) {
                throw new IllegalStateException("session write queue is full; a listener cannot wait for it");
            }
            return;
        }
        try {
            queue.put(command);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SessionStoreException("interrupted while queueing a write to session '" + name + "'", e);
        }
    }

    /** Queues a command and waits until the writer has committed it. */
    private <T> T submitAndWait(WriteCommand command, CompletableFuture<T> done) {
        if (Thread.currentThread() == writerThread) {
            // A listener waiting for its own writer thread would wait forever.
            throw new IllegalStateException("a session listener must not call flush, addMarker, moveMarker or"
                    + " close; hand the work to another thread");
        }
        submit(command);
        return await(done);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw new IllegalArgumentException(iae.getMessage(), iae);
            }
            if (e.getCause() instanceof SQLException sql) {
                throw new SessionStoreException("session write failed: " + sql.getMessage(), sql);
            }
            throw e;
        }
    }
}
