package com.consentlens.detectors.decode;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Base of the decompressors. Output is read in bounded chunks: a stream that would expand past the
 * exchange's budget or the expansion ratio (a gzip bomb) stops there, the limit is recorded, and the bytes
 * decoded so far still become a view, so detection continues on them.
 */
abstract class StreamDecoder implements Decoder {

    protected abstract InputStream open(byte[] data) throws IOException;

    protected static boolean declared(View view, String... codings) {
        if (view.contentEncoding().isEmpty()) {
            return false;
        }
        String ce = view.contentEncoding().toLowerCase(Locale.ROOT);
        for (String c : codings) {
            if (ce.contains(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<View> decode(View view, DecodeContext context) throws IOException {
        byte[] out = readBounded(view.data(), context);
        if (out.length == 0) {
            return List.of();
        }
        return List.of(view.child(out, null, name(), null));
    }

    /** How many output bytes to expect, a capacity hint only (gzip's trailer says; others do not know). */
    protected int expectedSize(byte[] data) {
        return -1;
    }

    /**
     * The whole output of {@code data} decoded in one call into at most {@code capacity} bytes, or null to
     * decode it as a stream. An override must give exactly the bytes the stream would, and null whenever
     * the stream would end any other way (an error, a cut, more output than {@code capacity}).
     */
    protected byte[] decodeWhole(byte[] data, int capacity, int allowance) {
        return null;
    }

    /**
     * Inflates into one array sized by {@link #expectedSize} (grown by doubling when the hint is wrong),
     * without an intermediate chunk buffer: the bytes returned, the limit recorded and the budget charged
     * are the same as reading 16 KiB chunks through a {@code ByteArrayOutputStream}.
     */
    protected byte[] readBounded(byte[] data, DecodeContext context) throws IOException {
        int allowance = context.allowance(data.length);
        int hint = expectedSize(data);
        // The hint comes from the (untrusted) trailer: believed only up to a 64× expansion, so a forged size
        // cannot make one exchange allocate its whole budget up front.
        long guess = hint >= 0 ? Math.min(hint, Math.max(256L, 64L * data.length)) : Math.max(256L, 4L * data.length);
        int initial = (int) Math.min(allowance, guess);
        byte[] whole = decodeWhole(data, initial, allowance);
        if (whole != null) {
            context.charge(whole.length);
            return whole;
        }
        byte[] out = new byte[Math.max(1, initial)];
        int size = 0;
        byte[] probe = new byte[1];
        try (InputStream in = open(data)) {
            while (true) {
                if (size == allowance) {
                    // At the allowance: one more byte means the stream would expand past it.
                    if (in.read(probe, 0, 1) > 0) {
                        context.exceeded(data.length);
                    }
                    break;
                }
                if (size == out.length) {
                    // Full (usually exactly at the hint): grow only if the stream has more.
                    int c = in.read(probe, 0, 1);
                    if (c < 0) {
                        break;
                    }
                    if (c > 0) {
                        out = Arrays.copyOf(out, (int) Math.min(allowance, Math.max(256L, 2L * out.length)));
                        out[size++] = probe[0];
                    }
                    continue;
                }
                int n = in.read(out, size, out.length - size);
                if (n < 0) {
                    break;
                }
                size += n;
            }
        } catch (EOFException e) {
            // A body cut at the capture cap ends mid-stream: keep what was inflated.
        }
        context.charge(size);
        return size == out.length ? out : Arrays.copyOf(out, size);
    }
}
