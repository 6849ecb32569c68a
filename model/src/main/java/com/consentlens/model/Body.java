package com.consentlens.model;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The raw bytes of a request or response body, exactly as they crossed the wire (still compressed if the
 * sender compressed them). A body larger than the capture cap keeps its first {@code cap} bytes and is
 * marked {@link #truncated()}; {@link #declaredLength()} then says how long it really was, when known.
 *
 * <p>Immutable: the bytes are copied in and only copies or read-only views leave.
 */
public final class Body {
    public static final Body EMPTY = new Body(new byte[0], 0, false);

    private final byte[] bytes;
    private final long declaredLength;
    private final boolean truncated;

    private Body(byte[] bytes, long declaredLength, boolean truncated) {
        this.bytes = bytes;
        this.declaredLength = declaredLength;
        this.truncated = truncated;
    }

    public static Body of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Body(bytes.clone(), bytes.length, false);
    }

    /** A body cut at the capture cap; {@code declaredLength} is the full length, or -1 when unknown. */
    public static Body truncated(byte[] keptPrefix, long declaredLength) {
        return new Body(keptPrefix.clone(), declaredLength, true);
    }

    public int length() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    public boolean truncated() {
        return truncated;
    }

    public long declaredLength() {
        return declaredLength;
    }

    public byte[] toByteArray() {
        return bytes.clone();
    }

    public ByteBuffer asReadOnlyBuffer() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    public String asString(Charset charset) {
        return new String(bytes, charset);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body other && truncated == other.truncated && declaredLength == other.declaredLength
                && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Body[" + bytes.length + " bytes" + (truncated ? ", truncated of " + declaredLength : "") + "]";
    }
}
