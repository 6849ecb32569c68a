package com.consentlens.proxy;

import com.consentlens.model.Exchange;
import com.consentlens.model.Headers;
import com.consentlens.model.ProxyEvent;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.ssl.SslHandler;
import java.net.InetAddress;
import java.util.concurrent.RejectedExecutionException;
import org.littleshoot.proxy.HttpFiltersAdapter;

/**
 * The filter of a CONNECT: refuses clients outside the allowlist, installs the {@link TunnelHandler} that the
 * decrypted requests will read, and records an upstream that cannot be reached or fails TLS as a 502 error
 * exchange plus an UPSTREAM_ERROR event.
 *
 * <p>LittleProxy answers 502 to the CONNECT both when the upstream failed and when the phone rejected our
 * certificate (a blind spot, which {@link TunnelHandler} reports). The phone-side verdict is reached on the
 * phone's event loop, in the same task that fails the handshake that triggers this 502 on the upstream's
 * loop; deciding in a task queued on the phone's loop therefore always sees it.
 */
final class ConnectFilter extends HttpFiltersAdapter {
    private final CaptureRuntime runtime;
    private final InetAddress clientAddress;
    private final String client;
    private final Authority authority;
    private final UpstreamFailure failure = new UpstreamFailure();
    private final long startMillis = System.currentTimeMillis();
    private volatile TunnelHandler tunnel;
    private volatile boolean refused;

    ConnectFilter(HttpRequest connect, ChannelHandlerContext clientCtx, CaptureRuntime runtime) {
        super(connect, clientCtx);
        this.runtime = runtime;
        this.clientAddress = CaptureRuntime.clientAddress(clientCtx.channel().remoteAddress());
        this.client = clientAddress == null ? "" : clientAddress.getHostAddress();
        this.authority = Authority.parse(connect.uri());
    }

    @Override
    public HttpResponse clientToProxyRequest(HttpObject object) {
        if (!(object instanceof HttpRequest)) {
            return null;
        }
        if (clientAddress == null || !runtime.config.allowlist().allows(clientAddress)) {
            refused = true;
            return runtime.forbid(clientAddress, authority.host());
        }
        runtime.counters.clientSeen(client);
        TunnelHandler handler = new TunnelHandler(authority, client, runtime.events, runtime.counters);
        if (ctx.pipeline().get(TunnelHandler.NAME) == null) {
            ctx.pipeline().addFirst(TunnelHandler.NAME, handler);
            tunnel = handler;
        } else {
            tunnel = (TunnelHandler) ctx.pipeline().get(TunnelHandler.NAME);
        }
        return null;
    }

    @Override
    public void proxyToServerConnectionSucceeded(ChannelHandlerContext serverCtx) {
        SslHandler ssl = serverCtx.pipeline().get(SslHandler.class);
        TunnelHandler t = tunnel;
        if (ssl != null && t != null) {
            t.upstream(ssl.engine().getSession().getProtocol(), runtime.verifiesUpstream);
        }
    }

    @Override
    public HttpObject proxyToClientResponse(HttpObject object) {
        if (refused || !UpstreamFailure.isProxyGenerated(object)) {
            return object;
        }
        String reason = failure.reason(authority.forUrl(-1));
        try {
            ctx.executor().execute(() -> recordUnlessBlindSpot(reason));
        } catch (RejectedExecutionException e) {
            recordUnlessBlindSpot(reason); // the proxy is shutting down; no handshake verdict will come
        }
        return UpstreamFailure.replace(object, reason);
    }

    private void recordUnlessBlindSpot(String reason) {
        TunnelHandler t = tunnel;
        if (t != null && t.clientTlsFailed()) {
            return;
        }
        runtime.deliver(Exchange.builder().flowId(runtime.config.nextFlowId()).client(client)
                .startMillis(startMillis).endMillis(System.currentTimeMillis()).method("CONNECT")
                .url("https://" + authority.forUrl(443) + "/").host(authority.host())
                .requestHeaders(ExchangeFilter.copy(originalRequest.headers())).status(502)
                .responseHeaders(Headers.EMPTY).error(reason).build());
        runtime.events.emit(ProxyEvent.Kind.UPSTREAM_ERROR, client, authority.host(), reason);
    }

    @Override
    public void proxyToServerResolutionFailed(String hostAndPort) {
        failure.unresolved();
    }

    @Override
    public void proxyToServerConnectionSSLHandshakeStarted() {
        failure.tlsStarted();
    }
}
