package com.consentlens.proxy;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import org.littleshoot.proxy.HttpFilters;
import org.littleshoot.proxy.HttpFiltersSource;

/**
 * Gives LittleProxy one filter per request: a {@link ConnectFilter} for CONNECT, an {@link ExchangeFilter}
 * for everything else. Both buffer sizes are 0 on purpose: LittleProxy's aggregation has one global limit
 * and fails requests above it, while {@link BodyCollector} keeps a capped copy and lets any size through.
 */
final class CaptureFiltersSource implements HttpFiltersSource {
    private final CaptureRuntime runtime;

    CaptureFiltersSource(CaptureRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public HttpFilters filterRequest(HttpRequest originalRequest, ChannelHandlerContext clientCtx) {
        if (HttpMethod.CONNECT.equals(originalRequest.method())) {
            return new ConnectFilter(originalRequest, clientCtx, runtime);
        }
        return new ExchangeFilter(originalRequest, clientCtx, runtime);
    }

    @Override
    public int getMaximumRequestBufferSizeInBytes() {
        return 0;
    }

    @Override
    public int getMaximumResponseBufferSizeInBytes() {
        return 0;
    }
}
