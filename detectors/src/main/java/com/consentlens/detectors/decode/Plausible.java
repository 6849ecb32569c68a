package com.consentlens.detectors.decode;

/**
 * Whether bytes that came out of a base64 or hex decode are worth following: text, a compressed stream (also
 * raw deflate, which has no magic: it must inflate to text; and gzip behind a short prefix), a protobuf
 * message, Thrift struct or JCE sequence carrying some text, or a payload under a key an SDK ships ({@link KuaishouCipherDecoder}, {@link BaiduSecretDecoder})
 * or carries ({@link ByteDanceCipherDecoder}).
 * Random tokens and hashes are valid base64 too; without this gate every session token would spawn garbage
 * views.
 */
final class Plausible {
    private Plausible() {
    }

    static boolean decoded(byte[] b) {
        if (b.length < 4) {
            return false;
        }
        return TextCheck.isText(b) && printableShare(b) || TextCheck.hasCompressionMagic(b)
                || WrappedGzipDecoder.framed(b) || ProtobufDecoder.looksLikeMessage(b) || ThriftReader.recognise(b) != null
                || JceReader.read(b, false, "", null)
                || RawDeflateSniffer.startsAsText(b) || KuaishouCipherDecoder.opens(b)
                || BaiduSecretDecoder.opens(b) || ByteDanceCipherDecoder.opens(b);
    }

    /** True when decrypted bytes are a compressed payload or text: what an SDK encrypts (a wrong key gives neither). */
    static boolean compressedOrText(byte[] b) {
        return TextCheck.hasCompressionMagic(b) || b.length > 0 && TextCheck.isText(b);
    }

    /** True when the bytes are text: valid UTF-8 and at least nine in ten printable (indentation counts). */
    static boolean text(byte[] b) {
        return b.length >= 4 && TextCheck.isText(b) && printableShare(b);
    }

    /**
     * The decoded bytes to follow: {@code b} itself, or {@code b} without its trailing NUL bytes when those
     * are all that keeps it from being text (native code encodes a C string with its terminator, or a
     * buffer padded with zeros); null when neither is {@link #decoded plausible}.
     */
    static byte[] decodedOrTrimmed(byte[] b) {
        if (decoded(b)) {
            return b;
        }
        int n = b.length;
        while (n > 0 && b[n - 1] == 0) {
            n--;
        }
        if (n == b.length || n < 4) {
            return null;
        }
        byte[] trimmed = java.util.Arrays.copyOf(b, n);
        return TextCheck.isText(trimmed) && printableShare(trimmed) ? trimmed : null;
    }

    private static boolean printableShare(byte[] b) {
        int letters = 0;
        for (byte c : b) {
            if (c >= 0x20 && c < 0x7F || c < 0 || c == '\t' || c == '\n' || c == '\r') { // indented text too
                letters++;
            }
        }
        return letters * 10 >= b.length * 9;
    }
}
