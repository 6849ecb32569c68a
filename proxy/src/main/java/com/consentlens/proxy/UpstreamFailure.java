package com.consentlens.proxy;

import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Collects LittleProxy's scattered hints about why an upstream failed (resolution, TCP connect, TLS
 * handshake, response timeout) and turns LittleProxy's generic 502/504 into our 502 with a short reason.
 */
final class UpstreamFailure {
    private volatile boolean unresolved;
    private volatile boolean tlsStarted;
    private volatile boolean timedOut;

    void unresolved() {
        unresolved = true;
    }

    void tlsStarted() {
        tlsStarted = true;
    }

    void timedOut() {
        timedOut = true;
    }

    boolean hasTimedOut() {
        return timedOut;
    }

    /** True for the 502/504 LittleProxy writes itself when the upstream could not be reached or answer. */
    static boolean isProxyGenerated(HttpObject object) {
        return object instanceof HttpResponse response
                && (response.status().code() == 502 || response.status().code() == 504);
    }

    String reason(String hostAndPort) {
        if (timedOut) {
            return "upstream " + hostAndPort + " did not answer in time";
        }
        if (unresolved) {
            return "cannot resolve " + hostAndPort;
        }
        // LittleProxy reports the connection failure itself only after it answered 502, so the reason is
        // inferred from how far the connection got: TLS had started, or not even TCP succeeded.
        if (tlsStarted) {
            return "TLS handshake with upstream " + hostAndPort + " failed (certificate not trusted, wrong host name"
                    + " or no common protocol)";
        }
        return "upstream " + hostAndPort + " refused the connection or is unreachable";
    }

    /** Our 502 in place of LittleProxy's; its response is released because it is never written. */
    static FullHttpResponse replace(HttpObject proxyGenerated, String reason) {
        io.netty.util.ReferenceCountUtil.release(proxyGenerated);
        return CaptureRuntime.plain(HttpResponseStatus.BAD_GATEWAY, "ConsentLens: " + reason + "\n", false);
    }
}
