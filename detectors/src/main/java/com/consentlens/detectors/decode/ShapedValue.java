package com.consentlens.detectors.decode;

/**
 * The {@link Value} questions that one packed {@link ByteShape} answers, shared by views and by the walker's
 * cursor onto document leaves: each measures its bytes once ({@link #shape()}) and every gate reads that.
 */
abstract class ShapedValue implements Value {
    /** The packed {@link ByteShape} of the bytes, measured once. */
    abstract int shape();

    @Override
    public int dotCount() {
        return ByteShape.dots(shape());
    }

    @Override
    public int longestAlnumRun() {
        return ByteShape.longestAlnumRun(shape());
    }

    @Override
    public int colonOrDashCount() {
        return ByteShape.separators(shape());
    }

    @Override
    public boolean hasControlByte() {
        return ByteShape.has(shape(), ByteShape.CONTROL);
    }
}
