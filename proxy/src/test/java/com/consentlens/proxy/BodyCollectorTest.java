package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Body;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyCollectorTest {
    @Test
    void append_withinCap_keepsEveryByteAndLeavesTheBufferUntouched() {
        BodyCollector collector = new BodyCollector(100);
        ByteBuf chunk = Unpooled.copiedBuffer("hello ", StandardCharsets.US_ASCII);
        ByteBuf second = Unpooled.copiedBuffer("world", StandardCharsets.US_ASCII);
        try {
            assertThat(collector.append(chunk)).isFalse();
            assertThat(collector.append(second)).isFalse();
            assertThat(chunk.readerIndex()).isZero();
            assertThat(chunk.refCnt()).isEqualTo(1);
        } finally {
            chunk.release();
            second.release();
        }

        assertThat(collector.toBody()).isEqualTo(Body.of("hello world".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void append_crossingCap_reportsOnceAndKeepsThePrefix() {
        BodyCollector collector = new BodyCollector(4);
        boolean[] crossed = new boolean[3];
        String[] chunks = {"abc", "def", "ghi"};
        for (int i = 0; i < chunks.length; i++) {
            ByteBuf chunk = Unpooled.copiedBuffer(chunks[i], StandardCharsets.US_ASCII);
            try {
                crossed[i] = collector.append(chunk);
            } finally {
                chunk.release();
            }
        }

        assertThat(crossed).containsExactly(false, true, false);
        Body body = collector.toBody();
        assertThat(body.truncated()).isTrue();
        assertThat(body.asString(StandardCharsets.US_ASCII)).isEqualTo("abcd");
        assertThat(body.declaredLength()).isEqualTo(9);
    }

    @Test
    void toBody_nothingAppended_isEmpty() {
        assertThat(new BodyCollector(10).toBody()).isSameAs(Body.EMPTY);
    }

    @Test
    void append_zeroCap_countsButKeepsNothing() {
        BodyCollector collector = new BodyCollector(0);
        ByteBuf chunk = Unpooled.copiedBuffer("x", StandardCharsets.US_ASCII);
        try {
            assertThat(collector.append(chunk)).isTrue();
        } finally {
            chunk.release();
        }
        assertThat(collector.toBody().length()).isZero();
        assertThat(collector.toBody().truncated()).isTrue();
    }
}
