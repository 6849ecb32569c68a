package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Tencent Mobile Analytics (MTA, 腾讯移动分析): the reports of {@code com.tencent.stat}, and of the copy of it
 * that the WeChat Open SDK embeds ({@code com.tencent.wxop.stat}), go to {@code pingma.qq.com/mstat/report}
 * as RC4 under a key that is the same in every app, {@code 03a976511e2cbe3a7f26808fb7af3c05} (the WeChat copy
 * holds it in base64). The plaintext is a JSON array of events ({@code ky} the app key, {@code ui} the IMEI,
 * {@code mc} the MAC, {@code mid}, {@code ts}…). A report of 256 characters or more is gzipped first, behind
 * a four-byte big-endian length, and sent with {@code Content-Encoding: rc4,gzip}; a shorter one with
 * {@code rc4} (or {@code X-Content-Encoding} through a carrier proxy). All of this is in the decompiled SDK.
 *
 * <p>RC4 under a fixed key is a fixed keystream, so the bytes say whether they are such a report whatever the
 * headers: the decoder applies when the first bytes, XORed with the keystream, start a JSON array or object
 * ({@code [{"} or <code>{"</code>) or a length of under 16 MiB followed by gzip's magic. Other bytes pass that test
 * about once in sixteen million; an unpacked result is kept only when it is text.
 */
public final class MtaCipherDecoder implements Decoder {
    private static final Rc4 RC4 = new Rc4("03a976511e2cbe3a7f26808fb7af3c05".getBytes(StandardCharsets.US_ASCII));
    /** A gzip stream has a 10-byte header and an 8-byte trailer. */
    private static final int MIN_PACKED = 4 + 18;

    @Override
    public String name() {
        return "rc4-mta";
    }

    @Override
    public boolean applies(View view) {
        if (view.isText() || view.length() < 3) {
            return false;
        }
        byte[] b = view.array();
        int o = view.offset();
        return packed(b, o, view.length()) || startsJson(b, o);
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        byte[] b = view.array();
        int o = view.offset();
        int n = view.length();
        if (!context.charge(n)) {
            return List.of();
        }
        if (packed(b, o, n)) {
            byte[] gzip = RC4.apply(b, o, n);
            return List.of(view.child(Arrays.copyOfRange(gzip, 4, gzip.length), null, name(), null));
        }
        byte[] plain = RC4.apply(b, o, n);
        return TextCheck.isText(plain) ? List.of(view.child(plain, null, name(), null)) : List.of();
    }

    /** A length under 16 MiB (its first byte 0), then gzip's {@code 1f 8b 08}. */
    private static boolean packed(byte[] b, int o, int n) {
        return n >= MIN_PACKED && plain(b, o, 0) == 0 && plain(b, o, 4) == 0x1f && plain(b, o, 5) == 0x8b
                && plain(b, o, 6) == 0x08;
    }

    /** {@code [{"} (an event list) or <code>{"</code> (one object). */
    private static boolean startsJson(byte[] b, int o) {
        int first = plain(b, o, 0);
        return first == '[' && plain(b, o, 1) == '{' && plain(b, o, 2) == '"'
                || first == '{' && plain(b, o, 1) == '"';
    }

    private static int plain(byte[] b, int o, int i) {
        return RC4.decryptedByte(b, o, i);
    }
}
