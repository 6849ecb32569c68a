package com.consentlens.evidence.har;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells whether a body from a HAR file still carries the {@code Content-Encoding} its headers declare.
 *
 * <p>Browsers, mitmproxy and Charles export bodies already decompressed (HAR's {@code content.text} is the
 * decoded body) but keep the original {@code Content-Encoding: gzip} header. Handing such a body to a
 * detector as "gzip" would fail to decode and hide a leak. gzip, zlib-deflate and zstd have magic bytes;
 * brotli has none, so a brotli-declared body that is valid UTF-8 text without control characters is taken to
 * be decompressed (compressed brotli output is practically never valid text).
 */
final class BodyEncodingCheck {
    private BodyEncodingCheck() {
    }

    /** True when {@code body} looks like the output of the declared coding, so the header is truthful. */
    static boolean stillEncoded(String contentEncoding, byte[] body) {
        if (body.length == 0) {
            return false;
        }
        String coding = contentEncoding.trim().toLowerCase(Locale.ROOT);
        // with stacked codings ("gzip, br") only the outermost, applied last, shows at the start of the bytes
        int comma = coding.lastIndexOf(',');
        if (comma >= 0) {
            coding = coding.substring(comma + 1).trim();
        }
        return switch (coding) {
            case "gzip", "x-gzip" -> body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
            case "zstd" -> body.length >= 4 && (body[0] & 0xff) == 0x28 && (body[1] & 0xff) == 0xb5
                    && (body[2] & 0xff) == 0x2f && (body[3] & 0xff) == 0xfd;
            case "deflate" -> isZlibHeader(body) || !isPlainText(body);
            case "br" -> !isPlainText(body);
            case "identity", "" -> false;
            default -> true;
        };
    }

    private static boolean isZlibHeader(byte[] b) {
        return b.length >= 2 && (b[0] & 0x0f) == 8 && (((b[0] & 0xff) << 8) | (b[1] & 0xff)) % 31 == 0;
    }

    static boolean isPlainText(byte[] body) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    return false;
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
