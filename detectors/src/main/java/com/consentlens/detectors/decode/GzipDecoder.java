package com.consentlens.detectors.decode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * gzip and deflate, by magic bytes ({@code 1f 8b}, a valid zlib header) or by Content-Encoding. Raw deflate
 * has no magic, so it is tried only when the sender declared {@code deflate} and the zlib header is absent.
 */
public final class GzipDecoder extends StreamDecoder {
    @Override
    public String name() {
        return "gzip";
    }

    @Override
    public boolean applies(View view) {
        byte[] b = view.data();
        // gzip always starts with its magic; a body declared gzip without it was already decompressed (HAR
        // exports do that). Raw deflate has no magic: tried when declared, unless the bytes read as text.
        return TextCheck.isGzip(b) || TextCheck.isZlib(b) || declared(view, "deflate") && b.length > 2 && !view.isText();
    }

    @Override
    public java.util.List<View> decode(View view, DecodeContext context) throws IOException {
        byte[] b = view.data();
        String step = TextCheck.isGzip(b) ? "gzip" : "deflate";
        byte[] out = readBounded(b, context);
        return out.length == 0 ? java.util.List.of() : java.util.List.of(view.child(out, null, step, null));
    }

    /** gzip's trailer ends with the input size mod 2^32 (ISIZE, little-endian): a capacity hint. */
    @Override
    protected int expectedSize(byte[] data) {
        if (!TextCheck.isGzip(data) || data.length < 18) {
            return -1;
        }
        int n = data.length;
        long size = (data[n - 4] & 0xFFL) | (data[n - 3] & 0xFFL) << 8 | (data[n - 2] & 0xFFL) << 16
                | (data[n - 1] & 0xFFL) << 24;
        return size <= (1 << 26) ? (int) size : -1;
    }

    @Override
    protected InputStream open(byte[] data) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(data);
        if (TextCheck.isGzip(data)) {
            return new GZIPInputStream(in, 8192);
        }
        return new InflaterInputStream(in, new Inflater(!TextCheck.isZlib(data)), 8192);
    }
}
