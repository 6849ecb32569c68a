package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The gate in front of the phone's HTTP decoder: bytes the phone sends right after the 101, before
 * LittleProxy has put its byte pipe in place, reach the pipe in order instead of the HTTP decoder.
 */
class WebSocketSwitchGateTest {
    /** Records what reaches it, as text. */
    private static final class Recorder extends ChannelInboundHandlerAdapter {
        final List<String> seen = new ArrayList<>();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            seen.add(buf.toString(StandardCharsets.US_ASCII));
            buf.release();
        }
    }

    private static ByteBuf ascii(String s) {
        return Unpooled.copiedBuffer(s, StandardCharsets.US_ASCII);
    }

    private final Recorder decoder = new Recorder();
    private final Recorder httpHandler = new Recorder();
    private final Recorder pipe = new Recorder();
    private final EmbeddedChannel channel = new EmbeddedChannel();

    private void littleProxyPipeline() {
        channel.pipeline().addLast(WebSocketSwitchGate.DECODER_NAME, decoder).addLast("handler", httpHandler);
    }

    private void littleProxySwitches() {
        channel.pipeline().replace("handler", WebSocketSwitchGate.PIPE_NAME, pipe);
        channel.pipeline().remove(WebSocketSwitchGate.DECODER_NAME);
    }

    @Test
    void bytesBeforeTheSwitch_wait_thenReachThePipeInOrder() {
        littleProxyPipeline();
        assertThat(WebSocketSwitchGate.install(channel.pipeline())).isTrue();

        channel.writeInbound(ascii("frame-1"));
        channel.writeInbound(ascii("frame-2"));
        channel.runPendingTasks();
        assertThat(decoder.seen).isEmpty();

        littleProxySwitches();
        channel.advanceTimeBy(2, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        channel.writeInbound(ascii("frame-3"));

        assertThat(pipe.seen).containsExactly("frame-1", "frame-2", "frame-3");
        assertThat(decoder.seen).isEmpty();
        assertThat(channel.pipeline().get(WebSocketSwitchGate.NAME)).as("the gate leaves").isNull();
    }

    @Test
    void bytesAfterTheSwitch_passStraightThrough() {
        littleProxyPipeline();
        WebSocketSwitchGate.install(channel.pipeline());
        littleProxySwitches();

        channel.writeInbound(ascii("frame-1"));

        assertThat(pipe.seen).containsExactly("frame-1");
        assertThat(channel.pipeline().get(WebSocketSwitchGate.NAME)).isNull();
    }

    @Test
    void noDecoder_noGate() {
        channel.pipeline().addLast(WebSocketSwitchGate.PIPE_NAME, pipe);

        assertThat(WebSocketSwitchGate.install(channel.pipeline())).isFalse();
        assertThat(channel.pipeline().get(WebSocketSwitchGate.NAME)).isNull();
    }

    @Test
    void connectionClosedWhileHolding_releasesTheBytes() {
        littleProxyPipeline();
        WebSocketSwitchGate.install(channel.pipeline());
        ByteBuf held = ascii("frame-1");
        channel.writeInbound(held);

        channel.close();

        assertThat(held.refCnt()).isZero();
    }
}
