package com.consentlens.model;

import java.util.Objects;

/**
 * One HTTP request and its response (or its failure) as the proxy saw it: the unit everything in ConsentLens
 * is built from. Like mitmproxy's flow, it keeps the raw wire bytes ({@link Body}); decoded views (gunzipped,
 * JSON-parsed, base64-decoded…) are derived on demand by the detectors and never replace the bytes.
 *
 * <p>Every exchange ends in exactly one of: a response ({@link #status()} &gt; 0, {@link #error()} null) or
 * an error ({@link #error()} set; {@code status} is then what the proxy answered the client with, usually
 * 502, or 0 when the client got nothing). Instances are immutable and safe to hand between threads.
 *
 * <pre>{@code
 * Exchange e = Exchange.builder()
 *         .flowId("f-000001").client("127.0.0.1").startMillis(t0).endMillis(t1)
 *         .method("POST").url("https://ulogs.umeng.com/unify_logs")
 *         .requestHeaders(Headers.of("Content-Encoding", "gzip")).requestBody(Body.of(gz))
 *         .status(200).build();
 * }</pre>
 */
public record Exchange(
        String flowId,
        String client,
        long startMillis,
        long endMillis,
        String method,
        String url,
        String host,
        Headers requestHeaders,
        Body requestBody,
        int status,
        Headers responseHeaders,
        Body responseBody,
        TlsInfo tls,
        String error) {

    public Exchange {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        client = client == null ? "" : client;
        host = host == null ? HostNames.hostOf(url) : host;
        requestHeaders = requestHeaders == null ? Headers.EMPTY : requestHeaders;
        requestBody = requestBody == null ? Body.EMPTY : requestBody;
        responseHeaders = responseHeaders == null ? Headers.EMPTY : responseHeaders;
        responseBody = responseBody == null ? Body.EMPTY : responseBody;
    }

    public boolean isError() {
        return error != null;
    }

    /** True when the request was decrypted from a CONNECT tunnel. */
    public boolean intercepted() {
        return tls != null;
    }

    public long durationMillis() {
        return Math.max(0, endMillis - startMillis);
    }

    public Builder toBuilder() {
        return new Builder().flowId(flowId).client(client).startMillis(startMillis).endMillis(endMillis)
                .method(method).url(url).host(host).requestHeaders(requestHeaders).requestBody(requestBody)
                .status(status).responseHeaders(responseHeaders).responseBody(responseBody).tls(tls)
                .error(error);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder; the proxy fills one per request on the event loop and builds once at the end. */
    public static final class Builder {
        private String flowId;
        private String client;
        private long startMillis;
        private long endMillis;
        private String method = "GET";
        private String url;
        private String host;
        private Headers requestHeaders;
        private Body requestBody;
        private int status;
        private Headers responseHeaders;
        private Body responseBody;
        private TlsInfo tls;
        private String error;

        public Builder flowId(String v) { flowId = v; return this; }
        public Builder client(String v) { client = v; return this; }
        public Builder startMillis(long v) { startMillis = v; return this; }
        public Builder endMillis(long v) { endMillis = v; return this; }
        public Builder method(String v) { method = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder host(String v) { host = v; return this; }
        public Builder requestHeaders(Headers v) { requestHeaders = v; return this; }
        public Builder requestBody(Body v) { requestBody = v; return this; }
        public Builder status(int v) { status = v; return this; }
        public Builder responseHeaders(Headers v) { responseHeaders = v; return this; }
        public Builder responseBody(Body v) { responseBody = v; return this; }
        public Builder tls(TlsInfo v) { tls = v; return this; }
        public Builder error(String v) { error = v; return this; }

        public Exchange build() {
            return new Exchange(flowId, client, startMillis, endMillis, method, url, host, requestHeaders,
                    requestBody, status, responseHeaders, responseBody, tls, error);
        }
    }
}
