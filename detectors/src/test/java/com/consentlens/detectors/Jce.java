package com.consentlens.detectors;

import com.qq.tars.protocol.tars.TarsInputStream;
import com.qq.tars.protocol.tars.TarsOutputStream;
import com.qq.tars.protocol.tars.TarsStructBase;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/**
 * JCE (Tars) bytes written by TarsCloud's own {@code TarsOutputStream} (tars-core, test scope), so the
 * schema-less reader is checked against the reference writer rather than against a copy of itself. Each method
 * writes one value under a tag; {@link #struct} writes a nested struct whose fields another builder writes.
 */
public final class Jce {
    private final TarsOutputStream out;

    public Jce() {
        this(new TarsOutputStream());
    }

    private Jce(TarsOutputStream out) {
        this.out = out;
    }

    public Jce string(int tag, String value) {
        out.write(value, tag);
        return this;
    }

    public Jce bytes(int tag, byte[] value) {
        out.write(value, tag);
        return this;
    }

    public Jce i8(int tag, byte value) {
        out.write(value, tag);
        return this;
    }

    public Jce i32(int tag, int value) {
        out.write(value, tag);
        return this;
    }

    public Jce i64(int tag, long value) {
        out.write(value, tag);
        return this;
    }

    public Jce f32(int tag, float value) {
        out.write(value, tag);
        return this;
    }

    public Jce f64(int tag, double value) {
        out.write(value, tag);
        return this;
    }

    public Jce map(int tag, Map<?, ?> value) {
        out.write(value, tag);
        return this;
    }

    public Jce list(int tag, Collection<?> value) {
        out.write(value, tag);
        return this;
    }

    public Jce struct(int tag, Consumer<Jce> fields) {
        out.write(new Struct(fields), tag);
        return this;
    }

    public byte[] build() {
        return out.toByteArray();
    }

    /** A struct whose {@code writeTo} is the given builder steps. */
    public static final class Struct extends TarsStructBase {
        private final Consumer<Jce> fields;

        public Struct(Consumer<Jce> fields) {
            this.fields = fields;
        }

        @Override
        public void writeTo(TarsOutputStream os) {
            fields.accept(new Jce(os)); // between the begin and end heads the stream writes
        }

        @Override
        public void readFrom(TarsInputStream is) {
            throw new UnsupportedOperationException("write-only test struct");
        }
    }
}
