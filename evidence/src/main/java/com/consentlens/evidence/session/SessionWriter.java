package com.consentlens.evidence.session;

import com.consentlens.evidence.session.WriteCommand.AddMarker;
import com.consentlens.evidence.session.WriteCommand.MoveMarker;
import com.consentlens.evidence.session.WriteCommand.RecordEvent;
import com.consentlens.evidence.session.WriteCommand.RecordExchange;
import com.consentlens.evidence.session.WriteCommand.Stop;
import com.consentlens.model.Marker;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes a session. It takes whatever is queued (up to {@value #MAX_BATCH} commands),
 * applies it in one transaction, commits, and only then tells the listeners and the waiting callers: group
 * commit, so a busy session writes thousands of rows per commit while a quiet one commits each exchange
 * at once. A batch that fails is retried command by command so one bad row does not take its neighbours
 * down; the failing command is logged and its caller gets the exception.
 */
final class SessionWriter implements Runnable {
    static final int MAX_BATCH = 512;
    private static final Logger LOG = LoggerFactory.getLogger(SessionWriter.class);

    private final BlockingQueue<WriteCommand> queue;
    private final Connection connection;
    private final WriterState state;
    private final Listeners listeners;

    SessionWriter(BlockingQueue<WriteCommand> queue, Connection connection, WriterState state, Listeners listeners) {
        this.queue = queue;
        this.connection = connection;
        this.state = state;
        this.listeners = listeners;
    }

    @Override
    public void run() {
        List<WriteCommand> batch = new ArrayList<>(MAX_BATCH);
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warn("session writer interrupted; {} commands left unwritten", queue.size());
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            stopping = batch.stream().anyMatch(c -> c instanceof Stop);
            if (!commit(batch) && batch.size() > 1) {
                for (WriteCommand single : batch) {
                    commit(List.of(single));
                }
            }
            batch.clear();
        }
        failLeftovers();
        try {
            state.close();
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing session database failed", e);
        }
    }

    /** Commands that raced past {@code close()} after the stop: their callers must not wait forever. */
    private void failLeftovers() {
        List<WriteCommand> left = new ArrayList<>();
        queue.drainTo(left);
        for (WriteCommand c : left) {
            if (c.done() != null) {
                c.done().completeExceptionally(new SessionStoreException("the session was closed"));
            }
        }
        if (!left.isEmpty()) {
            LOG.warn("{} writes arrived after the session was closed and were not stored", left.size());
        }
    }

    /** Applies the commands in one transaction; returns false (rolled back, nobody told) on failure. */
    private boolean commit(List<WriteCommand> commands) {
        Notifications out = new Notifications();
        try {
            for (WriteCommand c : commands) {
                apply(c, out);
            }
            state.touch();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (commands.size() == 1) {
                if (e instanceof IllegalArgumentException) {
                    LOG.warn("session write refused: {}", e.getMessage());
                } else {
                    LOG.error("session write failed: {}", commands.get(0).getClass().getSimpleName(), e);
                }
                CompletableFuture<?> done = commands.get(0).done();
                if (done != null) {
                    done.completeExceptionally(e);
                }
            }
            return false;
        }
        out.deliver(listeners);
        for (WriteCommand c : commands) {
            complete(c, out);
        }
        return true;
    }

    private void apply(WriteCommand c, Notifications out) throws SQLException {
        if (c instanceof RecordExchange r) {
            out.findings(state.storeExchange(r.exchange(), r.detected()));
        } else if (c instanceof RecordEvent r) {
            state.storeEvent(r.event());
            out.event(r.event());
        } else if (c instanceof AddMarker m) {
            Marker marker = state.storeMarker(m.type(), m.timeMillis(), m.text());
            out.markerAdded(c, marker);
            if (state.judgedFindingsAffectedBy(marker)) {
                state.recomputeAll();
                out.recomputed();
            }
        } else if (c instanceof MoveMarker m) {
            state.moveMarker(m.markerId(), m.newTimeMillis(), m.reason(), m.actor());
            out.recomputed();
        } else if (c instanceof WriteCommand.UpdateProfile u) {
            state.updateProfile(u.profile(), u.actor());
            out.recomputed();
        }
    }

    @SuppressWarnings("unchecked")
    private static void complete(WriteCommand c, Notifications out) {
        if (c instanceof AddMarker m) {
            m.done().complete(out.markerFor(c));
        } else if (c.done() != null) {
            ((CompletableFuture<Object>) c.done()).complete(null);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.error("rollback failed", e);
        }
        state.reloadAfterRollback();
    }
}
