package com.consentlens.detectors.decode;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Alibaba's analytics: the UT log uploader ({@code com.alibaba.mtl.log}, also under {@code com.ut.mini} and in
 * the SDKs built on it: Baichuan, EMAS, Alibaba Cloud Mobile Analytics) posts its logs to
 * {@code adashx.m.taobao.com/rest/sur} as {@code multipart/form-data; boundary=GJircTeP}, one part per event id,
 * each part RC4 over gzip of the log lines, under a 256-character key that ships in the SDK and in its
 * relatives (UTDID's {@code com.ta.utdid2}, {@code com.alibaba.sdk.android.tbrest}, Umeng's {@code com.umeng.ut},
 * the Alipay SDK). A log line is the 34 {@code ||}-separated fields of {@code LogField}: IMEI, IMSI, brand,
 * model, … UTDID, … page, event id, args.
 *
 * <p>As with {@link MtaCipherDecoder}, a fixed key means a fixed keystream: the decoder applies to binary bytes
 * whose first bytes decrypt to gzip's {@code 1f 8b 08} (about one other payload in sixteen million passes),
 * or to a JSON object's {@code {"}, kept only when the whole decrypts to text.
 */
public final class AlibabaCipherDecoder implements Decoder {
    private static final Rc4 RC4 = new Rc4(("QrMgt8GGYI6T52ZY5AnhtxkLzb8egpFn3j5JELI8H6wtACbUnZ5cc3aYTsTRbmkAkRJeYbtx92LPBWm7nBO9"
            + "UIl7y5i5MQNmUZNf5QENurR5tGyo7yJ2G0MBjWvy6iAtlAbacKP0SwOUeUWx5dsBdyhxa7Id1APtybSdDgicBDuNjI0mlZFUzZSS9dmN8"
            + "lBD0WTVOMz0pRZbR3cysomRXOO1ghqjJdTcyDIxzpNAEszN8RMGjrzyU7Hjbmwi6YNK").getBytes(StandardCharsets.US_ASCII));
    /** A gzip stream has a 10-byte header and an 8-byte trailer. */
    private static final int MIN_GZIP = 18;

    @Override
    public String name() {
        return "rc4-alibaba";
    }

    @Override
    public boolean applies(View view) {
        if (view.isText() || view.length() < 3) {
            return false;
        }
        byte[] b = view.array();
        int o = view.offset();
        return gzip(b, o, view.length()) || plain(b, o, 0) == '{' && plain(b, o, 1) == '"';
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        if (!context.charge(view.length())) {
            return List.of();
        }
        byte[] plain = RC4.apply(view.array(), view.offset(), view.length());
        return gzip(view.array(), view.offset(), view.length()) || TextCheck.isText(plain)
                ? List.of(view.child(plain, null, name(), null)) : List.of();
    }

    private static boolean gzip(byte[] b, int o, int n) {
        return n >= MIN_GZIP && plain(b, o, 0) == 0x1f && plain(b, o, 1) == 0x8b && plain(b, o, 2) == 0x08;
    }

    private static int plain(byte[] b, int o, int i) {
        return RC4.decryptedByte(b, o, i);
    }
}
