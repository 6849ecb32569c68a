package com.consentlens.proxy;

import com.consentlens.model.ProxyEvent;
import com.consentlens.model.TlsInfo;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.util.List;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;

/**
 * Sits in a phone's connection once it sent CONNECT, and remembers what the decrypted requests that follow
 * need: the CONNECT authority (their URIs are relative), and both TLS sessions for {@link TlsInfo}.
 *
 * <p>It is also how a blind spot is seen. LittleProxy has no callback for a phone refusing our certificate;
 * but the phone-facing {@link SslHandler} is added in front of this handler, so its handshake outcome passes
 * through here as an {@link SslHandshakeCompletionEvent}. That handler exists only once the upstream
 * handshake succeeded, so a failure (an alert because the phone does not trust our CA or pins the real
 * certificate, or a hang-up mid-handshake) is the phone's refusal and is reported as BLIND_SPOT for the host.
 * Inbound traffic passes through untouched.
 */
final class TunnelHandler extends ChannelInboundHandlerAdapter {
    static final String NAME = "consentlens-tunnel";

    private final Authority connect;
    private final String client;
    private final ProxyEvents events;
    private final ProxyCounters counters;
    private volatile TlsInfo clientTls;
    private volatile boolean clientTlsFailed;
    private volatile String upstreamProtocol;
    private volatile boolean upstreamVerified;

    TunnelHandler(Authority connect, String client, ProxyEvents events, ProxyCounters counters) {
        this.connect = connect;
        this.client = client;
        this.events = events;
        this.counters = counters;
    }

    Authority connect() {
        return connect;
    }

    boolean clientTlsFailed() {
        return clientTlsFailed;
    }

    void upstream(String protocol, boolean verified) {
        upstreamProtocol = protocol;
        upstreamVerified = verified;
    }

    /** TLS facts for a decrypted exchange; null before the phone-facing handshake completed. */
    TlsInfo tlsInfo() {
        TlsInfo c = clientTls;
        return c == null ? null : new TlsInfo(c.clientProtocol(), c.clientCipherSuite(), c.sni(), c.alpn(),
                upstreamProtocol, upstreamVerified);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof SslHandshakeCompletionEvent done) {
            if (done.isSuccess()) {
                clientTls = readClientTls(ctx);
            } else if (!clientTlsFailed) {
                clientTlsFailed = true;
                // Keyed per client, host and way of failing: an app retrying a pinned host makes one entry, not a storm.
                String signature = done.cause() instanceof SSLException ? "alert" : "hang-up";
                if (events.emitLimited(ProxyEvent.Kind.BLIND_SPOT, client + "|" + connect.host() + "|" + signature,
                        client, connect.host(), describe(done.cause()))) {
                    counters.blindSpots.increment();
                }
            }
        }
        ctx.fireUserEventTriggered(evt);
    }

    /**
     * Phones (Conscrypt, BoringSSL, Apple's TLS) reject with an alert; some clients, like the JDK's HttpClient,
     * just hang up, which a cancelled connection also does, hence the weaker wording.
     */
    static String describe(Throwable cause) {
        if (cause instanceof SSLException) {
            return "the client rejected our certificate with a TLS alert (" + cause.getMessage()
                    + "): its CA store does not trust ConsentLens, or it pins certificates";
        }
        return "the client closed the connection during the TLS handshake: likely it does not trust ConsentLens"
                + " or pins certificates (or it cancelled the connection)";
    }

    private static TlsInfo readClientTls(ChannelHandlerContext ctx) {
        SslHandler ssl = ctx.pipeline().get(SslHandler.class);
        if (ssl == null) {
            return null;
        }
        SSLSession session = ssl.engine().getSession();
        return new TlsInfo(session.getProtocol(), session.getCipherSuite(), sni(session), ssl.applicationProtocol(),
                null, false);
    }

    private static String sni(SSLSession session) {
        if (!(session instanceof ExtendedSSLSession extended)) {
            return null;
        }
        try {
            List<SNIServerName> names = extended.getRequestedServerNames();
            for (SNIServerName name : names) {
                if (name instanceof SNIHostName host) {
                    return host.getAsciiName();
                }
            }
        } catch (UnsupportedOperationException e) {
            // some engines cannot report it; the TlsInfo then says null rather than guessing
        }
        return null;
    }
}
