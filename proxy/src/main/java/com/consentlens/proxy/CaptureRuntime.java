package com.consentlens.proxy;

import com.consentlens.model.Exchange;
import com.consentlens.model.ExchangeSink;
import com.consentlens.model.ProxyEvent;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every filter of one running proxy shares: configuration, the exchange sink, events, counters and the
 * onboarding page. Handing an exchange over happens here, so the drop accounting lives in one place.
 */
final class CaptureRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureRuntime.class);

    final ProxyConfig config;
    final ProxyEvents events;
    final ProxyCounters counters;
    final OnboardingPage onboarding;
    final boolean verifiesUpstream;
    private final ExchangeSink sink;

    CaptureRuntime(ProxyConfig config, ExchangeSink sink, ProxyEvents events, ProxyCounters counters,
                   OnboardingPage onboarding, boolean verifiesUpstream) {
        this.config = config;
        this.sink = sink;
        this.events = events;
        this.counters = counters;
        this.onboarding = onboarding;
        this.verifiesUpstream = verifiesUpstream;
    }

    /** Hands a finished exchange to the sink; a refusal is counted and shown, never retried or blocked on. */
    void deliver(Exchange exchange) {
        counters.exchanges.increment();
        if (exchange.isError()) {
            counters.errors.increment();
        }
        boolean accepted;
        try {
            accepted = sink.offer(exchange);
        } catch (RuntimeException e) {
            LOG.warn("exchange sink failed on {}: {}", exchange.flowId(), e.toString());
            accepted = false;
        }
        if (!accepted) {
            counters.dropped.increment();
            events.emitLimited(ProxyEvent.Kind.QUEUE_OVERFLOW, "queue", exchange.client(), exchange.host(),
                    counters.dropped.sum() + " exchanges dropped so far: the detection queue is full");
        }
    }

    /** The client's IP, or null when the channel has no IP peer (never the case for TCP). */
    static InetAddress clientAddress(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }

    /** A short plain-text answer from the proxy itself, closing the connection when asked. */
    static FullHttpResponse plain(HttpResponseStatus status, String text, boolean close) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                .set(HttpHeaderNames.CONTENT_LENGTH, body.length);
        if (close) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        return response;
    }

    /** 403 for a client outside the allowlist, reported once per client and interval. */
    FullHttpResponse forbid(InetAddress client, String host) {
        String ip = client == null ? "" : client.getHostAddress();
        events.emitLimited(ProxyEvent.Kind.FORBIDDEN_CLIENT, ip, ip, host,
                "client " + ip + " is outside the allowlist; add it with --allow if it is a test phone");
        return plain(HttpResponseStatus.FORBIDDEN,
                "ConsentLens: this proxy serves only the lab network; " + ip + " is not allowed\n", true);
    }
}
