package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.ProxyEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ProxyEventsTest {
    private final List<ProxyEvent> delivered = new CopyOnWriteArrayList<>();

    @Test
    void emitLimited_stormOfOneKey_deliversOnePerInterval() {
        ProxyEvents events = new ProxyEvents(delivered::add, 60_000);

        for (int i = 0; i < 100; i++) {
            events.emitLimited(ProxyEvent.Kind.QUEUE_OVERFLOW, "queue", "", "", "dropped " + i);
        }

        assertThat(delivered).extracting(ProxyEvent::detail).containsExactly("dropped 0");
    }

    @Test
    void emitLimited_differentKeys_areIndependent() {
        ProxyEvents events = new ProxyEvents(delivered::add, 60_000);

        events.emitLimited(ProxyEvent.Kind.FORBIDDEN_CLIENT, "203.0.113.1", "203.0.113.1", "", "");
        events.emitLimited(ProxyEvent.Kind.FORBIDDEN_CLIENT, "203.0.113.2", "203.0.113.2", "", "");
        events.emitLimited(ProxyEvent.Kind.FORBIDDEN_CLIENT, "203.0.113.1", "203.0.113.1", "", "");

        assertThat(delivered).extracting(ProxyEvent::client).containsExactly("203.0.113.1", "203.0.113.2");
    }

    @Test
    void emitLimited_afterTheInterval_deliversAgain() throws InterruptedException {
        ProxyEvents events = new ProxyEvents(delivered::add, 20);

        events.emitLimited(ProxyEvent.Kind.QUEUE_OVERFLOW, "queue", "", "", "first");
        Thread.sleep(40);
        events.emitLimited(ProxyEvent.Kind.QUEUE_OVERFLOW, "queue", "", "", "second");

        assertThat(delivered).extracting(ProxyEvent::detail).containsExactly("first", "second");
    }

    @Test
    void emit_sinkThrows_isContained() {
        ProxyEvents events = new ProxyEvents(e -> {
            throw new IllegalStateException("broken sink");
        }, 1_000);

        events.emit(ProxyEvent.Kind.ERROR, "", "", "x");

        assertThat(delivered).isEmpty();
    }
}
