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
    /** FHCRC: the JDK checks a gzip header's CRC-16, libdeflate skips it, so such a body goes the JDK way. */
    private static final int HEADER_CRC = 0x02;
    private final boolean nativeInflate;

    /** Inflates with the system's libdeflate where one is installed ({@link Libdeflate}), else the JDK's zlib. */
    public GzipDecoder() {
        this(Libdeflate.available());
    }

    /** {@code nativeInflate} false: always the JDK's zlib (the reference the fast path is tested against). */
    GzipDecoder(boolean nativeInflate) {
        this.nativeInflate = nativeInflate && Libdeflate.available();
    }

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

    /** libdeflate's one-call inflate: gzip into the trailer's size, zlib and deflate into up to 16× the input. */
    @Override
    protected byte[] decodeWhole(byte[] data, int capacity, int allowance) {
        if (!nativeInflate) {
            return null;
        }
        if (TextCheck.isGzip(data)) {
            return data.length > 3 && (data[3] & HEADER_CRC) != 0 ? null : Libdeflate.gunzip(data, capacity);
        }
        int room = (int) Math.min(allowance, Math.max(4096L, 16L * data.length));
        return Libdeflate.inflate(data, TextCheck.isZlib(data), room);
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
