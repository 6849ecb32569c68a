package com.consentlens.model;

/**
 * Where the proxy hands each completed exchange. Implementations must never block: the proxy calls this on
 * a Netty event loop. Return false when the exchange could not be accepted (queue full); the caller counts it.
 */
@FunctionalInterface
public interface ExchangeSink {
    boolean offer(Exchange exchange);
}
