package com.consentlens.proxy;

import com.consentlens.model.Body;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * Copies a body out of Netty's buffers as the chunks pass, up to a cap. The buffers are only read, never
 * retained or released: LittleProxy still owns them and forwards them. Past the cap the bytes are counted
 * but not kept, so a 1 GiB upload costs the proxy the cap in memory and still reaches the server whole.
 */
final class BodyCollector {
    private final int cap;
    private byte[] bytes = new byte[0];
    private int kept;
    private long total;

    BodyCollector(int cap) {
        this.cap = cap;
    }

    /** Reads the chunk's readable bytes without moving its reader index; true when this chunk crossed the cap. */
    boolean append(ByteBuf chunk) {
        int readable = chunk.readableBytes();
        boolean wasWithin = total <= cap;
        total += readable;
        int take = Math.min(readable, cap - kept);
        if (take > 0) {
            ensureCapacity(kept + take);
            chunk.getBytes(chunk.readerIndex(), bytes, kept, take);
            kept += take;
        }
        return wasWithin && total > cap;
    }

    private void ensureCapacity(int needed) {
        if (needed > bytes.length) {
            int grown = (int) Math.min(cap, Math.max(needed, Math.max(1024L, 2L * bytes.length)));
            bytes = Arrays.copyOf(bytes, grown);
        }
    }

    boolean truncated() {
        return total > cap;
    }

    long total() {
        return total;
    }

    Body toBody() {
        byte[] prefix = Arrays.copyOf(bytes, kept);
        return truncated() ? Body.truncated(prefix, total) : Body.of(prefix);
    }
}
