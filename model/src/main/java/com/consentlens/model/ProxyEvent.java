package com.consentlens.model;

import java.util.Objects;

/**
 * Something the tester must see that is not an exchange: a host the phone refused to talk to through us
 * (a blind spot, most often certificate pinning), a client we refused to serve, an exchange dropped because
 * the detection queue was full, a body above the capture cap, a decode limit hit. Events are recorded, not
 * lost, so that a missing finding can be explained.
 */
public record ProxyEvent(long timeMillis, Kind kind, String client, String host, String detail) {

    public enum Kind {
        /** The client aborted the TLS handshake with our certificate: traffic to this host is not visible. */
        BLIND_SPOT,
        /** The upstream refused, timed out or failed TLS; the client got a 502. */
        UPSTREAM_ERROR,
        /** A client outside the allowlist was refused with 403. */
        FORBIDDEN_CLIENT,
        /** An exchange was dropped because the detection queue was full. */
        QUEUE_OVERFLOW,
        /** A body exceeded the capture cap and was kept truncated. */
        OVERSIZE_BODY,
        /** A decode bound (depth, size, expansion ratio) stopped decoding of a payload. */
        DECODE_LIMIT,
        /**
         * Any other error worth recording, among them a detection fault: a decoder or detector failed on an
         * exchange by a bug, so that exchange's findings may be incomplete.
         */
        ERROR
    }

    public ProxyEvent {
        Objects.requireNonNull(kind, "kind");
        client = client == null ? "" : client;
        host = host == null ? "" : host;
        detail = detail == null ? "" : detail;
    }
}
