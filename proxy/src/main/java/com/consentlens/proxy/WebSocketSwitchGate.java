package com.consentlens.proxy;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Holds the phone's first WebSocket bytes until LittleProxy has turned its connection into a byte pipe.
 *
 * <p>LittleProxy writes the server's 101 to the phone from the upstream connection's thread and switches the
 * phone's pipeline (HTTP decoder out, {@code pipe-to-server} in) in a listener of that write. When the write
 * completes before the listener is attached, Netty runs the listener as a separate task on the phone's
 * event loop, and a client that answers the 101 at once (OkHttp sends its first message immediately) can
 * have that message read in between, by the HTTP decoder: it is not a request, so the connection is
 * dropped. Sitting in front of the decoder from before the 101 is written, this handler keeps such bytes,
 * in order, and passes them on once the pipe is in place (checked every millisecond, on the same event
 * loop), then removes itself. After {@link #GIVE_UP_MILLIS} it passes them on anyway.
 */
final class WebSocketSwitchGate extends ChannelInboundHandlerAdapter {
    static final String NAME = "consentlens-websocket-gate";
    /** LittleProxy's name for the handler that pipes the phone's bytes to the server after the switch. */
    static final String PIPE_NAME = "pipe-to-server";
    static final String DECODER_NAME = "decoder";
    static final long GIVE_UP_MILLIS = 5_000;

    private final ArrayDeque<Object> held = new ArrayDeque<>();
    private long firstHeldNanos;
    private boolean checkScheduled;

    /** Puts a gate in front of the phone connection's HTTP decoder; false when there is none (nothing to guard). */
    static boolean install(ChannelPipeline pipeline) {
        if (pipeline.get(DECODER_NAME) == null || pipeline.get(NAME) != null) {
            return false;
        }
        try {
            pipeline.addBefore(DECODER_NAME, NAME, new WebSocketSwitchGate());
            return true;
        } catch (java.util.NoSuchElementException | IllegalArgumentException e) {
            return false; // the pipeline changed meanwhile: the switch already happened
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (held.isEmpty() && switched(ctx)) {
            ctx.pipeline().remove(this);
            ctx.fireChannelRead(msg);
            return;
        }
        if (held.isEmpty()) {
            firstHeldNanos = System.nanoTime();
        }
        held.add(msg);
        scheduleCheck(ctx);
    }

    private static boolean switched(ChannelHandlerContext ctx) {
        return ctx.pipeline().get(PIPE_NAME) != null;
    }

    private void scheduleCheck(ChannelHandlerContext ctx) {
        if (!checkScheduled) {
            checkScheduled = true;
            ctx.executor().schedule(() -> check(ctx), 1, TimeUnit.MILLISECONDS);
        }
    }

    private void check(ChannelHandlerContext ctx) {
        checkScheduled = false;
        if (ctx.isRemoved()) {
            return;
        }
        boolean gaveUp = System.nanoTime() - firstHeldNanos > TimeUnit.MILLISECONDS.toNanos(GIVE_UP_MILLIS);
        if (!switched(ctx) && !gaveUp) {
            scheduleCheck(ctx);
            return;
        }
        while (!held.isEmpty()) {
            ctx.fireChannelRead(held.poll());
        }
        ctx.pipeline().remove(this);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        while (!held.isEmpty()) {
            ReferenceCountUtil.release(held.poll());
        }
    }
}
