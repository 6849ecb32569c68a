package com.consentlens.detectors.decode;

/**
 * Whether bytes that came out of a base64 or hex decode are worth following: text, a compressed stream (also
 * raw deflate, which has no magic: it must inflate to text), or a protobuf message or Thrift struct carrying some text. Random tokens and hashes are valid base64 too; without this gate
 * every session token would spawn garbage views.
 */
final class Plausible {
    private Plausible() {
    }

    static boolean decoded(byte[] b) {
        if (b.length < 4) {
            return false;
        }
        return TextCheck.isText(b) && printableShare(b) || TextCheck.hasCompressionMagic(b)
                || ProtobufDecoder.looksLikeMessage(b) || ThriftReader.recognise(b) != null
                || RawDeflateSniffer.startsAsText(b);
    }

    private static boolean printableShare(byte[] b) {
        int letters = 0;
        for (byte c : b) {
            if (c >= 0x20 && c < 0x7F || c < 0) {
                letters++;
            }
        }
        return letters * 10 >= b.length * 9;
    }
}
