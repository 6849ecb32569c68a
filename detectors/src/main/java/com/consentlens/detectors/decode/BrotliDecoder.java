package com.consentlens.detectors.decode;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.BrotliInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Brotli, only by Content-Encoding {@code br}: the format has no magic bytes. Needs brotli4j's native
 * library; where it is missing the decoder never applies and the body is scanned as it is.
 */
public final class BrotliDecoder extends StreamDecoder {
    private static final boolean AVAILABLE = load();

    private static boolean load() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) {
            return false;
        }
    }

    @Override
    public String name() {
        return "br";
    }

    @Override
    public boolean applies(View view) {
        return AVAILABLE && declared(view, "br") && view.length() > 0 && !view.isText();
    }

    @Override
    protected InputStream open(byte[] data) throws IOException {
        return new BrotliInputStream(new ByteArrayInputStream(data));
    }
}
