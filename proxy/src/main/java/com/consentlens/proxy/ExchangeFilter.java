package com.consentlens.proxy;

import com.consentlens.model.Body;
import com.consentlens.model.Exchange;
import com.consentlens.model.Header;
import com.consentlens.model.Headers;
import com.consentlens.model.HostNames;
import com.consentlens.model.ProxyEvent;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.AttributeKey;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.littleshoot.proxy.HttpFiltersAdapter;

/**
 * Captures one request and its response (plain HTTP, or decrypted inside a CONNECT tunnel) into an
 * {@link Exchange}: headers as the phone sent them, before LittleProxy adds Via or strips hop-by-hop
 * headers, and bodies as raw bytes. Requests for the onboarding page and refused clients are answered here
 * and not captured.
 *
 * <p>LittleProxy calls the request side on the phone's event loop and the response side on the upstream's,
 * so the capture state is guarded by this filter's monitor (uncontended in practice). The exchange is
 * delivered exactly once: when the response's last chunk passes, when the proxy answers 502 instead, or,
 * with an error, when the phone's connection closes first.
 */
final class ExchangeFilter extends HttpFiltersAdapter {
    /** The exchange a phone connection is waiting on, for the upstream-closed listener to find. */
    private static final AttributeKey<ExchangeFilter> PENDING = AttributeKey.valueOf("consentlens.pending");
    private final CaptureRuntime runtime;
    private final TunnelHandler tunnel;
    private final InetAddress clientAddress;
    private final String client;
    private final UpstreamFailure failure = new UpstreamFailure();
    private final Channel clientChannel;
    private final ChannelFutureListener closeListener = future -> closedBeforeResponse();
    private final Exchange.Builder exchange = Exchange.builder();
    private String flowId;
    private String host;
    private BodyCollector requestBody;
    private BodyCollector responseBody;
    private boolean local;
    private boolean sawResponse;
    private boolean skipInformational;
    private boolean delivered;

    ExchangeFilter(HttpRequest originalRequest, ChannelHandlerContext clientCtx, CaptureRuntime runtime) {
        super(originalRequest, clientCtx);
        this.runtime = runtime;
        this.tunnel = clientCtx.pipeline().get(TunnelHandler.class);
        this.clientChannel = clientCtx.channel();
        this.clientAddress = CaptureRuntime.clientAddress(clientCtx.channel().remoteAddress());
        this.client = clientAddress == null ? "" : clientAddress.getHostAddress();
    }

    @Override
    public synchronized HttpResponse clientToProxyRequest(HttpObject object) {
        if (object instanceof HttpRequest request) {
            if (clientAddress == null || !runtime.config.allowlist().allows(clientAddress)) {
                local = true;
                return runtime.forbid(clientAddress, request.headers().get(HttpHeaderNames.HOST));
            }
            runtime.counters.clientSeen(client);
            if (tunnel == null && OnboardingPage.isFor(request)) {
                local = true;
                return runtime.onboarding.respond(request);
            }
            begin(request);
        }
        if (!local && object instanceof HttpContent content && requestBody.append(content.content())) {
            oversize("request");
        }
        return null;
    }

    /** Whether the phone asked to switch this connection to WebSocket ({@code Connection: Upgrade}, {@code Upgrade: websocket}). */
    private boolean webSocketUpgrade;

    /**
     * LittleProxy strips {@code Upgrade} and {@code Connection} from every request as hop-by-hop headers, so
     * a WebSocket handshake would reach the server as a plain GET and fail (it answers 400, or a 101 the
     * phone rejects). A handshake is sent on with both headers; LittleProxy switches the connection to a
     * byte pipe when the 101 comes back.
     */
    @Override
    public synchronized HttpResponse proxyToServerRequest(HttpObject object) {
        if (webSocketUpgrade && object instanceof HttpRequest request) {
            request.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE)
                    .set(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET);
        }
        return null;
    }

    /** The phone's messages on the WebSocket this request opened, once the server agreed (101). */
    private WebSocketMessages webSocket;

    /** Bytes the phone sent after the switch to WebSocket: each complete message becomes an exchange. */
    @Override
    public synchronized void webSocketFrameReceived(Supplier<byte[]> frameBytes, boolean fromClient) {
        if (fromClient && webSocket != null) {
            webSocket.feed(frameBytes.get());
        }
    }

    /**
     * One message the phone sent: an exchange of its own (method {@code WS}, the handshake's URL as
     * {@code wss://…}, the message as the request body, no headers), so it is stored, searched and
     * detected like any request, and numbered in the order it was sent.
     */
    private void webSocketMessage(byte[] payload, boolean text, boolean truncated) {
        long now = System.currentTimeMillis();
        String url = exchangeUrl.replaceFirst("^(?i)http", "ws");
        runtime.deliver(Exchange.builder().flowId(runtime.config.nextFlowId()).client(client).startMillis(now)
                .endMillis(now).method("WS").url(url).host(host).requestHeaders(Headers.EMPTY)
                .requestBody(truncated ? Body.truncated(payload, -1) : Body.of(payload)).status(101)
                .tls(tunnel == null ? null : tunnel.tlsInfo()).build());
    }

    private String exchangeUrl = "";

    private synchronized void closeWebSocket() {
        if (webSocket != null) {
            webSocket.close();
        }
    }

    private void begin(HttpRequest request) {
        webSocketUpgrade = request.headers().containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE, true)
                && request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true);
        flowId = runtime.config.nextFlowId();
        String url = absoluteUrl(request);
        exchangeUrl = url;
        host = HostNames.hostOf(url);
        exchange.flowId(flowId).client(client).startMillis(System.currentTimeMillis()).method(request.method().name())
                .url(url).host(host).requestHeaders(copy(request.headers()));
        requestBody = new BodyCollector(runtime.config.bodyCapBytes());
        responseBody = new BodyCollector(runtime.config.responseBodyCapBytes());
        clientChannel.closeFuture().addListener(closeListener);
        clientChannel.attr(PENDING).set(this);
    }

    /**
     * LittleProxy leaves a plain-HTTP client waiting when the upstream hangs up before its response ended
     * (until the idle timeout, or forever); closing the client's connection ends the wait, and the exchange is
     * delivered as an error with whatever arrived.
     */
    @Override
    public void proxyToServerConnectionSucceeded(ChannelHandlerContext serverCtx) {
        if (tunnel == null) {
            // Queued behind the channel-inactive task, so whatever the decoder makes of the close is seen first.
            Channel server = serverCtx.channel();
            server.closeFuture().addListener(future -> server.eventLoop().execute(() -> {
                ExchangeFilter pending = clientChannel.attr(PENDING).get();
                if (pending != null) {
                    pending.upstreamClosed();
                }
            }));
        }
    }

    private synchronized void upstreamClosed() {
        if (!delivered) {
            String reason = "upstream " + host + " closed the connection "
                    + (sawResponse ? "mid-response" : "without answering");
            deliver(reason);
            runtime.events.emit(ProxyEvent.Kind.UPSTREAM_ERROR, client, host, reason);
            clientChannel.close();
        }
    }

    /** A connection that closes before the response ended (either side hung up) still leaves an exchange. */
    private synchronized void closedBeforeResponse() {
        if (!delivered) {
            deliver("the connection closed before the response " + (sawResponse ? "ended" : "arrived"));
        }
    }

    /** Decrypted requests carry only a path: the scheme and host come from the tunnel and the Host header. */
    private String absoluteUrl(HttpRequest request) {
        String uri = request.uri();
        if (tunnel == null || uri.regionMatches(true, 0, "http://", 0, 7) || uri.regionMatches(true, 0, "https://", 0, 8)) {
            return uri;
        }
        String host = request.headers().get(HttpHeaderNames.HOST);
        Authority authority = host == null || host.isBlank() ? tunnel.connect() : Authority.parse(host);
        return "https://" + authority.forUrl(443) + (uri.startsWith("/") ? uri : "/" + uri);
    }

    @Override
    public synchronized HttpObject serverToProxyResponse(HttpObject object) {
        if (local || requestBody == null) {
            return object;
        }
        if (object instanceof HttpResponse response) {
            // A 100 Continue is not the answer; the real response follows on the same stream.
            skipInformational = response.status().code() / 100 == 1 && response.status().code() != 101;
            if (webSocketUpgrade && response.status().code() == 101) {
                webSocket = new WebSocketMessages(runtime.config.bodyCapBytes(),
                        response.headers().get("Sec-WebSocket-Extensions"), this::webSocketMessage);
                clientChannel.closeFuture().addListener(f -> closeWebSocket());
                WebSocketSwitchGate.install(clientChannel.pipeline()); // before LittleProxy writes the 101
            }
            if (!skipInformational) {
                sawResponse = true;
                exchange.status(response.status().code()).responseHeaders(copy(response.headers()));
            }
            if (response.status().code() == 101) {
                deliver(null); // nothing follows a 101 on this protocol: the connection now carries another
            }
        }
        if (!skipInformational && object instanceof HttpContent content && responseBody.append(content.content())) {
            oversize("response");
        }
        if (object instanceof LastHttpContent last) {
            if (!skipInformational) {
                // Netty ends a response cut short by the upstream with a failed last chunk, not silence.
                deliver(last.decoderResult().isFailure() ? "upstream " + host + " closed the connection mid-response"
                        : null);
            }
            skipInformational = false;
        }
        return object;
    }

    @Override
    public synchronized HttpObject proxyToClientResponse(HttpObject object) {
        if (local || requestBody == null || delivered || !UpstreamFailure.isProxyGenerated(object)
                || (sawResponse && !failure.hasTimedOut())) {
            return object;
        }
        String reason = failure.reason(host);
        exchange.status(502).responseHeaders(Headers.EMPTY);
        deliver(reason);
        runtime.events.emit(ProxyEvent.Kind.UPSTREAM_ERROR, client, host, reason);
        return UpstreamFailure.replace(object, reason);
    }

    private void deliver(String error) {
        if (delivered) {
            return;
        }
        delivered = true;
        // Removed so a keep-alive connection does not pin every past exchange's bytes until it closes.
        clientChannel.closeFuture().removeListener(closeListener);
        clientChannel.attr(PENDING).compareAndSet(this, null);
        runtime.deliver(exchange.endMillis(System.currentTimeMillis()).requestBody(requestBody.toBody())
                .responseBody(error == null ? responseBody.toBody() : null).error(error)
                .tls(tunnel == null ? null : tunnel.tlsInfo()).build());
    }

    private void oversize(String which) {
        int cap = which.equals("request") ? runtime.config.bodyCapBytes() : runtime.config.responseBodyCapBytes();
        runtime.events.emit(ProxyEvent.Kind.OVERSIZE_BODY, client, host,
                which + " body of " + flowId + " exceeds " + cap + " bytes; the rest is forwarded but not kept");
    }

    static Headers copy(HttpHeaders headers) {
        List<Header> lines = new ArrayList<>(headers.size());
        for (Map.Entry<String, String> entry : headers) {
            lines.add(new Header(entry.getKey(), entry.getValue()));
        }
        return Headers.of(lines);
    }

    @Override
    public void serverToProxyResponseTimedOut() {
        failure.timedOut();
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
