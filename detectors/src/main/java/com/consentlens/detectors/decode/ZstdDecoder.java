package com.consentlens.detectors.decode;

import com.github.luben.zstd.ZstdInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Zstandard, by its frame magic {@code 28 b5 2f fd}, which every zstd body starts with whether or not
 * Content-Encoding says {@code zstd} (a body declared zstd without it was already decompressed).
 */
public final class ZstdDecoder extends StreamDecoder {
    @Override
    public String name() {
        return "zstd";
    }

    @Override
    public boolean applies(View view) {
        return TextCheck.isZstd(view.data());
    }

    @Override
    protected InputStream open(byte[] data) throws IOException {
        return new ZstdInputStream(new ByteArrayInputStream(data));
    }
}
