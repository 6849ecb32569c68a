package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.consentlens.model.ProxyEvent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class TunnelHandlerTest {
    private final List<ProxyEvent> events = new CopyOnWriteArrayList<>();
    private final ProxyCounters counters = new ProxyCounters();
    private final TunnelHandler handler = new TunnelHandler(Authority.parse("ulogs.umeng.com:443"), "10.0.0.5",
            new ProxyEvents(events::add, 1_000), counters);

    @Test
    void handshakeFailure_alert_isOneBlindSpotForTheConnectHost() {
        EmbeddedChannel channel = new EmbeddedChannel(handler);

        channel.pipeline().fireUserEventTriggered(new SslHandshakeCompletionEvent(new SSLHandshakeException("unknown_ca")));
        channel.pipeline().fireUserEventTriggered(new SslHandshakeCompletionEvent(new ClosedChannelException()));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ProxyEvent.Kind.BLIND_SPOT);
            assertThat(e.host()).isEqualTo("ulogs.umeng.com");
            assertThat(e.client()).isEqualTo("10.0.0.5");
            assertThat(e.detail()).contains("TLS alert (unknown_ca)");
        });
        assertThat(handler.clientTlsFailed()).isTrue();
        assertThat(counters.snapshot("JDK").blindSpots()).isEqualTo(1);
        assertFalse(channel.finishAndReleaseAll());
    }

    @Test
    void handshakeFailure_hangUp_isABlindSpotToo() {
        EmbeddedChannel channel = new EmbeddedChannel(handler);

        channel.pipeline().fireUserEventTriggered(new SslHandshakeCompletionEvent(new ClosedChannelException()));

        assertThat(events).singleElement().satisfies(e -> assertThat(e.detail()).contains("closed the connection"));
        assertFalse(channel.finishAndReleaseAll());
    }

    @Test
    void traffic_passesThroughUntouched() {
        EmbeddedChannel channel = new EmbeddedChannel(handler);
        ByteBuf data = Unpooled.copiedBuffer("GET / HTTP/1.1\r\n", StandardCharsets.US_ASCII);

        channel.writeInbound(data);
        ByteBuf read = channel.readInbound();

        assertThat(read).isSameAs(data);
        read.release();
        assertThat(events).isEmpty();
        assertThat(handler.tlsInfo()).as("no TLS facts before a successful handshake").isNull();
        assertFalse(channel.finishAndReleaseAll());
    }

    @Test
    void handshakeSuccess_withoutSslHandler_isNotABlindSpot() {
        EmbeddedChannel channel = new EmbeddedChannel(handler);

        channel.pipeline().fireUserEventTriggered(SslHandshakeCompletionEvent.SUCCESS);

        assertThat(events).isEmpty();
        assertThat(handler.clientTlsFailed()).isFalse();
        assertFalse(channel.finishAndReleaseAll());
    }
}
