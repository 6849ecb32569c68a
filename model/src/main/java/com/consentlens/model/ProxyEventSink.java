package com.consentlens.model;

/** Receives proxy events; like {@link ExchangeSink}, called on event loops and must never block. */
@FunctionalInterface
public interface ProxyEventSink {
    void accept(ProxyEvent event);

    ProxyEventSink NONE = event -> { };
}
