package com.consentlens.evidence.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The store's listeners; one failing listener is logged and neither stops the writer nor the others. */
final class Listeners {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);
    private final List<SessionListener> list = new CopyOnWriteArrayList<>();

    void add(SessionListener listener) {
        list.add(listener);
    }

    void remove(SessionListener listener) {
        list.remove(listener);
    }

    void each(Consumer<SessionListener> action) {
        for (SessionListener l : list) {
            try {
                action.accept(l);
            } catch (RuntimeException e) {
                LOG.error("session listener {} failed", l, e);
            }
        }
    }
}
