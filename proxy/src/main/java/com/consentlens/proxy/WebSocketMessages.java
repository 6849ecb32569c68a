package com.consentlens.proxy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The messages a phone sends over a WebSocket, put back together from the bytes LittleProxy pipes through
 * after the 101: RFC 6455 frames, masked by the client, a message possibly split over continuation frames
 * and over TCP reads, and possibly compressed with permessage-deflate (RFC 7692: raw deflate, the message
 * ending in an implied {@code 00 00 ff ff}, one inflater kept across messages unless the handshake agreed
 * {@code client_no_context_takeover}). Control frames (ping, pong, close) are skipped.
 *
 * <p>Only reads: the bytes are forwarded by LittleProxy whatever this makes of them, so a stream it cannot
 * parse costs the capture of that connection, never the connection. A message larger than the body cap is
 * kept truncated, as HTTP bodies are. One instance per connection, fed on that connection's event loop;
 * inflating happens there too (the shared window makes it sequential), bounded by the body cap per message.
 */
final class WebSocketMessages {
    /** Receives each complete message the phone sent. */
    interface Sink {
        void message(byte[] payload, boolean text, boolean truncated);
    }

    private static final byte[] DEFLATE_TAIL = {0, 0, (byte) 0xFF, (byte) 0xFF};
    private static final int OP_CONTINUATION = 0;
    private static final int OP_TEXT = 1;
    private static final int OP_BINARY = 2;

    private final int cap;
    private final boolean deflate;
    private final boolean resetPerMessage;
    private final Sink sink;
    private final byte[] header = new byte[14];
    private int headerLength;
    private boolean inPayload;
    private long remaining;
    private final byte[] mask = new byte[4];
    private boolean masked;
    private int maskIndex;
    private boolean fin;
    private boolean dataFrame;
    private ByteArrayOutputStream message;
    private boolean text;
    private boolean compressed;
    private boolean truncated;
    private boolean broken;
    private Inflater inflater;

    WebSocketMessages(int cap, String extensions, Sink sink) {
        this.cap = cap;
        String e = extensions == null ? "" : extensions.toLowerCase(java.util.Locale.ROOT);
        this.deflate = e.contains("permessage-deflate");
        this.resetPerMessage = e.contains("client_no_context_takeover");
        this.sink = sink;
    }

    /** The next bytes the phone sent on the connection. */
    void feed(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && !broken) {
            i = inPayload ? payload(bytes, i) : header(bytes, i);
        }
    }

    private int header(byte[] b, int i) {
        while (i < b.length && headerLength < needed()) {
            header[headerLength++] = b[i++];
        }
        if (headerLength < needed()) {
            return i;
        }
        int opcode = header[0] & 0x0F;
        fin = (header[0] & 0x80) != 0;
        masked = (header[1] & 0x80) != 0;
        int len7 = header[1] & 0x7F;
        int at = 2;
        if (len7 == 126) {
            remaining = (header[2] & 0xFF) << 8 | header[3] & 0xFF;
            at = 4;
        } else if (len7 == 127) {
            remaining = 0;
            for (int k = 2; k < 10; k++) {
                remaining = remaining << 8 | header[k] & 0xFF;
            }
            at = 10;
        } else {
            remaining = len7;
        }
        if (remaining < 0 || opcode >= 3 && opcode <= 7 || opcode > 10) {
            broken = true; // not a frame this parser understands: stop capturing this connection
            return b.length;
        }
        if (masked) {
            System.arraycopy(header, at, mask, 0, 4);
        }
        maskIndex = 0;
        dataFrame = opcode < 8;
        if (opcode == OP_TEXT || opcode == OP_BINARY) {
            message = new ByteArrayOutputStream();
            text = opcode == OP_TEXT;
            compressed = deflate && (header[0] & 0x40) != 0;
            truncated = false;
        } else if (opcode == OP_CONTINUATION && message == null) {
            dataFrame = false; // a continuation of a message that began before the capture: skipped
        }
        headerLength = 0;
        inPayload = true;
        if (remaining == 0) {
            endFrame();
        }
        return i;
    }

    /** Bytes of the header so far decide how many it has: 2, plus 2 or 8 of length, plus 4 of mask. */
    private int needed() {
        if (headerLength < 2) {
            return 2;
        }
        int len7 = header[1] & 0x7F;
        return 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0) + ((header[1] & 0x80) != 0 ? 4 : 0);
    }

    private int payload(byte[] b, int i) {
        int n = (int) Math.min(remaining, b.length - i);
        if (dataFrame) {
            int room = (int) Math.max(0, Math.min(n, (long) cap - message.size()));
            byte[] chunk = new byte[room];
            for (int k = 0; k < room; k++) {
                chunk[k] = masked ? (byte) (b[i + k] ^ mask[(maskIndex + k) & 3]) : b[i + k];
            }
            message.write(chunk, 0, room);
            truncated |= room < n;
        }
        maskIndex += n;
        remaining -= n;
        if (remaining == 0) {
            endFrame();
        }
        return i + n;
    }

    private void endFrame() {
        inPayload = false;
        if (dataFrame && fin && message != null) {
            byte[] payload = message.toByteArray();
            message = null;
            deliver(payload);
        }
    }

    private void deliver(byte[] payload) {
        if (!compressed) {
            sink.message(payload, text, truncated);
            return;
        }
        if (inflater == null || resetPerMessage) {
            if (inflater != null) {
                inflater.end();
            }
            inflater = new Inflater(true);
        }
        byte[] input = Arrays.copyOf(payload, payload.length + DEFLATE_TAIL.length);
        System.arraycopy(DEFLATE_TAIL, 0, input, payload.length, DEFLATE_TAIL.length);
        inflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        boolean cut = truncated;
        try {
            while (!inflater.needsInput() && !inflater.finished()) {
                int k = inflater.inflate(buffer);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                int room = Math.max(0, Math.min(k, cap - out.size()));
                out.write(buffer, 0, room);
                if (room < k) {
                    // Past the cap: stop (the work on the event loop stays bounded); with a shared window the
                    // next messages cannot be inflated, so the capture of this connection ends here.
                    cut = true;
                    broken = !resetPerMessage;
                    break;
                }
            }
        } catch (DataFormatException e) {
            broken = true; // the shared window is lost: later messages cannot be inflated either
            sink.message(payload, false, true);
            return;
        }
        sink.message(out.toByteArray(), text, cut);
    }

    /** Frees the inflater; the connection has closed. */
    void close() {
        if (inflater != null) {
            inflater.end();
            inflater = null;
        }
    }
}
