package com.consentlens.detectors.decode;

import com.github.luben.zstd.ZstdInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Zstandard, by its magic {@code 28 b5 2f fd} or Content-Encoding {@code zstd}. */
public final class ZstdDecoder extends StreamDecoder {
    @Override
    public String name() {
        return "zstd";
    }

    @Override
    public boolean applies(View view) {
        return TextCheck.isZstd(view.data()) || declared(view, "zstd") && view.length() > 4;
    }

    @Override
    protected InputStream open(byte[] data) throws IOException {
        return new ZstdInputStream(new ByteArrayInputStream(data));
    }
}
