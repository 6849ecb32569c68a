package com.consentlens.detectors.decode;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
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

    protected byte[] readBounded(byte[] data, DecodeContext context) throws IOException {
        int allowance = context.allowance(data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(allowance, Math.max(256, data.length * 4)));
        byte[] buf = new byte[16 * 1024];
        try (InputStream in = open(data)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                int room = allowance - out.size();
                if (n > room) {
                    out.write(buf, 0, room);
                    context.exceeded(data.length);
                    break;
                }
                out.write(buf, 0, n);
            }
        } catch (EOFException e) {
            // A body cut at the capture cap ends mid-stream: keep what was inflated.
        }
        context.charge(out.size());
        return out.toByteArray();
    }
}
