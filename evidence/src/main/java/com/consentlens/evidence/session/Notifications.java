package com.consentlens.evidence.session;

import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.ProxyEvent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What one transaction will tell the listeners once it has committed, in the order it happened.
 * Consecutive findings are delivered as one list so a UI refreshes once per batch, not per row.
 */
final class Notifications {
    private final List<Consumer<SessionListener>> actions = new ArrayList<>();
    private final Map<WriteCommand, Marker> markers = new IdentityHashMap<>();
    private List<Finding> openFindings;

    void findings(List<Finding> stored) {
        if (stored.isEmpty()) {
            return;
        }
        if (openFindings == null) {
            List<Finding> list = new ArrayList<>();
            openFindings = list;
            actions.add(l -> l.onFindings(List.copyOf(list)));
        }
        openFindings.addAll(stored);
    }

    void event(ProxyEvent event) {
        add(l -> l.onEvent(event));
    }

    void markerAdded(WriteCommand command, Marker marker) {
        markers.put(command, marker);
        add(l -> l.onMarker(marker));
    }

    void recomputed() {
        add(SessionListener::onVerdictsRecomputed);
    }

    Marker markerFor(WriteCommand command) {
        return markers.get(command);
    }

    void deliver(Listeners listeners) {
        for (Consumer<SessionListener> action : actions) {
            listeners.each(action);
        }
    }

    private void add(Consumer<SessionListener> action) {
        openFindings = null;
        actions.add(action);
    }
}
