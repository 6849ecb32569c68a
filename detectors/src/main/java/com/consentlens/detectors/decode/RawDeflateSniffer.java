package com.consentlens.detectors.decode;

import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Raw deflate nobody declared: the bytes of a base64 or hex field that inflate (without a zlib header) to
 * text. H5 SDKs compress with {@code pako.deflateRaw}, Android code with {@code new Deflater(level, true)},
 * and neither says so; without a magic number the only test is to inflate. A stream is taken only when it
 * ends exactly where the bytes end and inflates to valid UTF-8 text of at least {@link #MIN_OUTPUT} bytes,
 * which bytes that are not deflate (a protobuf, a digest, ciphertext) practically never do. Not exclusive:
 * the protobuf decoder still looks at the same bytes, so a wrong guess costs a view, never a finding.
 */
public final class RawDeflateSniffer implements Decoder {
    static final int MIN_OUTPUT = 16;
    private static final int MIN_INPUT = 8;
    private static final int MAX_INPUT = 1 << 20;

    @Override
    public String name() {
        return "deflate";
    }

    @Override
    public boolean exclusive() {
        return false;
    }

    /** Binary bytes decoded from a text field (base64, hex), not gzip or zlib, whose first block type is valid. */
    @Override
    public boolean applies(View view) {
        int n = view.length();
        if (view.kind() != View.Kind.VALUE || n < MIN_INPUT || n > MAX_INPUT || !fromText(view)) {
            return false;
        }
        byte[] b = view.array();
        int o = view.offset();
        byte[] data = view.data();
        return validFirstBlock(data) && !TextCheck.isGzip(data) && !TextCheck.isZlib(b[o], b[o + 1]) && !view.isText();
    }

    private static boolean fromText(View view) {
        List<String> e = view.encoding();
        if (e.isEmpty()) {
            return false;
        }
        String last = e.get(e.size() - 1);
        return last.equals("base64") || last.equals("base64url") || last.equals("hex");
    }

    /** One inflater per worker thread, reset for each use: creating one costs more than most attempts. */
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));
    private static final int PEEK = 256;
    /**
     * Below this many bytes the bytes are not even tried when nothing else made them worth a view: tokens,
     * digests and IDs (16, 20, 24 or 32 bytes) are the common binary values behind base64, and a payload
     * worth compressing is longer.
     */
    private static final int MIN_SNIFF = 33;

    /**
     * The first block header is possible: BTYPE 11 is reserved; a stored block (00) has LEN and its
     * complement NLEN in the next four bytes.
     */
    static boolean validFirstBlock(byte[] b) {
        int type = b[0] >> 1 & 3;
        if (type == 3) {
            return false;
        }
        if (type == 0) {
            int len = (b[1] & 0xFF) | (b[2] & 0xFF) << 8;
            int nlen = (b[3] & 0xFF) | (b[4] & 0xFF) << 8;
            return (len ^ 0xFFFF) == nlen && len <= b.length - 5;
        }
        if (type == 2) { // dynamic: HLIT ≤ 29 (257–286 codes) and HDIST ≤ 29 (1–30 codes)
            int bits = (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
            return (bits >> 3 & 31) <= 29 && (bits >> 8 & 31) <= 29;
        }
        return true;
    }

    /**
     * For {@link Plausible}: true when the first bytes {@code b} inflate to (at least {@link #MIN_OUTPUT}
     * bytes of, or all of) text. A cheap look; {@link #decode} checks the whole stream.
     */
    static boolean startsAsText(byte[] b) {
        if (b.length < MIN_SNIFF || b.length > MAX_INPUT || !validFirstBlock(b)) {
            return false;
        }
        Inflater inflater = INFLATER.get();
        inflater.reset();
        inflater.setInput(b);
        byte[] out = new byte[PEEK];
        try {
            int n = inflater.inflate(out);
            int end = n;
            if (!inflater.finished()) { // the peek may end inside a UTF-8 sequence: leave that character out
                while (end > 0 && (out[end - 1] & 0xC0) == 0x80) {
                    end--;
                }
                if (end > 0 && out[end - 1] < 0) {
                    end--;
                }
            }
            return (n >= MIN_OUTPUT || inflater.finished() && n > 0) && end > 0 && TextCheck.isText(out, 0, end);
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.reset();
        }
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        byte[] in = view.data();
        int allowance = context.allowance(in.length);
        byte[] out = new byte[(int) Math.min(allowance, Math.max(256L, 4L * in.length))];
        int size = 0;
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(in);
            while (!inflater.finished()) {
                if (size == out.length) {
                    if (out.length >= allowance) {
                        return List.of(); // past the allowance: not worth a guess (a declared stream would say why)
                    }
                    out = Arrays.copyOf(out, (int) Math.min(allowance, 2L * out.length));
                }
                int k = inflater.inflate(out, size, out.length - size);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return List.of(); // cut short: not a whole stream
                }
                size += k;
            }
            if (inflater.getRemaining() != 0 || size < MIN_OUTPUT) {
                return List.of();
            }
        } catch (DataFormatException e) {
            return List.of();
        } finally {
            inflater.end();
        }
        byte[] text = Arrays.copyOf(out, size);
        if (!TextCheck.isText(text) || !context.charge(size)) {
            return List.of();
        }
        return List.of(view.child(text, null, "deflate", null));
    }
}
