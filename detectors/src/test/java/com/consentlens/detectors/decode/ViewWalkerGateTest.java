package com.consentlens.detectors.decode;

import com.consentlens.model.Where;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import static com.consentlens.detectors.Payloads.gzip;
import static com.consentlens.detectors.Payloads.deflate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walker skips the decoders for a value that fails {@link ViewWalker#mayDecode}; that is only sound if
 * no standard decoder would have applied to it. Checked on random values built from the bytes that matter
 * to the gates (hex and base64 alphabets, {@code =}, JSON and JWT starts, zlib headers, UTF-8) and on real
 * encodings, as whole views and as slices of a larger array.
 */
class ViewWalkerGateTest {
    private static final List<Decoder> DECODERS = List.of(new GzipDecoder(), new ZstdDecoder(), new BrotliDecoder(),
            new QueryDecoder(), new MultipartDecoder(), new JsonDecoder(), new XmlDecoder(), new FormDecoder(), new KeyValueDecoder(),
            new JwtDecoder(), new PercentDecoder(), new HexDecoder(), new Base64Decoder(), new RawDeflateSniffer(), new ThriftDecoder(),
            new ProtobufDecoder());
    private static final String[] PIECES = {"0", "7", "a", "f", "F", "g", "z", "Q", "+", "/", "-", "_", "=", "==",
            " ", "\n", "\r", "\t", ".", ":", "{", "[", "\"", "eyJ", "Bearer ", "b", "x^", "x", "H", "%41", "%3D", "%2", "%zz", "<a>", "<?", "&",
            "中", "😀", "\u007f", "\u0001", "-4b2a-", "k=v&",
            "k: ", "imei=", ";", ",", "https://h.cn/p?", "{a=1, "};

    @Test
    void valuesTheGateRejectsAreOpenedByNoDecoder() {
        Random r = new Random(11);
        int rejected = 0;
        for (int t = 0; t < 300_000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            rejected += check(sb.toString().getBytes(StandardCharsets.UTF_8), r) ? 1 : 0;
        }
        assertThat(rejected).as("the gate must reject most random values to be worth having").isGreaterThan(50_000);
    }

    @Test
    void realEncodingsPassTheGate() {
        byte[] json = "{\"imei\":\"867530012345674\"}".getBytes(StandardCharsets.UTF_8);
        List<byte[]> encoded = List.of(json, Base64.getEncoder().encode(gzip(json)),
                Base64.getUrlEncoder().encode(json), java.util.HexFormat.of().formatHex(json).getBytes(StandardCharsets.US_ASCII),
                deflate(json, true), gzip(json), "a=1&b=2".getBytes(StandardCharsets.US_ASCII),
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln".getBytes(StandardCharsets.US_ASCII),
                "imei%3D867530012345674%26mac%3DAC%253A37".getBytes(StandardCharsets.US_ASCII),
                "<req><imei>867530012345674</imei></req>".getBytes(StandardCharsets.US_ASCII),
                "{imei=867530012345674, mac=AC:37:43:12:34:56}".getBytes(StandardCharsets.US_ASCII),
                "imei: 867530012345674\nmac: AC:37:43:12:34:56".getBytes(StandardCharsets.US_ASCII),
                "https://h5.example.net/p?imei=867530012345674".getBytes(StandardCharsets.US_ASCII));
        for (byte[] value : encoded) {
            View v = member(value, 0, value.length);
            assertThat(ViewWalker.mayDecode(v)).as(new String(value, StandardCharsets.ISO_8859_1)).isTrue();
        }
    }

    /** True when the gate rejected the value; fails if some decoder applies to a rejected value. */
    private static boolean check(byte[] value, Random r) {
        byte[] padded = new byte[value.length + 4];
        int at = r.nextInt(3);
        System.arraycopy(value, 0, padded, at, value.length);
        for (View v : List.of(member(value, 0, value.length), member(padded, at, at + value.length))) {
            if (!ViewWalker.mayDecode(v)) {
                for (Decoder d : DECODERS) {
                    assertThat(d.applies(v)).as("%s applies to %s", d.name(),
                            new String(value, StandardCharsets.UTF_8)).isFalse();
                }
                continue;
            }
            return false;
        }
        return true;
    }

    private static View member(byte[] source, int from, int to) {
        View doc = View.root(new byte[0], Where.BODY, "", "", View.Kind.BODY, "", "");
        return doc.memberSlice(source, from, to, "$", "k", -1, List.of("json"), "k", false, -1, false);
    }
}
