package com.consentlens.detectors.decode;

import com.consentlens.detectors.DetectionLimits;
import com.consentlens.detectors.Payloads.Proto;
import com.consentlens.model.Where;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.consentlens.detectors.Payloads.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Each decoder on its own: does it apply, and what child views (path, encoding, text) does it produce. */
class DecodersTest {
    private static View body(byte[] data, String type, String encoding) {
        return View.root(data, Where.BODY, "", "", View.Kind.BODY, type, encoding);
    }

    private static View value(String text) {
        return View.root(utf8(text), Where.BODY, "", "", View.Kind.VALUE, "", "");
    }

    /** Binary bytes as the base64 decoder hands them on: a value view whose last step is base64. */
    private static View fromBase64(byte[] bytes) {
        return value("x").child(bytes, null, "base64", "x");
    }

    /** Deflate at level 0: stored blocks, whose header the sniffer checks (LEN and its complement). */
    private static byte[] storedDeflate(byte[] data) {
        java.util.zip.Deflater d = new java.util.zip.Deflater(0, true);
        d.setInput(data);
        d.finish();
        byte[] out = new byte[data.length + 64];
        int n = d.deflate(out);
        d.end();
        return java.util.Arrays.copyOf(out, n);
    }

    private static byte[] md5Bytes(String s) {
        return java.util.HexFormat.of().parseHex(md5(s));
    }

    /**
     * What the native {@code ttEncrypt} of ByteDance's {@code libEncryptor.so} returned for the 11 bytes
     * {@code "hello, jqiu"} in a published Frida trace (Douyin 30.8.4, arm64): header, 32 random bytes, five
     * AES blocks. Made by the SDK's own code, not by this project's understanding of it.
     */
    static final byte[] TT_ENCRYPT_CAPTURED = java.util.HexFormat.of().parseHex(
            "7463051000000b54d78e466f65b549914ffe2382ecc6a53aa76fb141cb4d6995eca1ebe318f66e67bbb06d652a39b844"
            + "766433b6a075619a710c94a7d02c22336fdd0398587bd3eeee27e3157551847f2a9e8066c07fcc6badcdadcdb3c2250c"
            + "99acf918c8279c42785b460ade1eee25b8ad9bd12fc0");

    private static byte[] flipped(byte[] b, int at) {
        byte[] copy = b.clone();
        copy[at] ^= 0x01;
        return copy;
    }

    private static String describe(View v) {
        String text = v.isText() ? v.text() : "<" + v.length() + " bytes>";
        return v.path() + " " + v.encoding() + " " + v.key() + "=" + text;
    }

    private static final byte[] GZ_PKG = gzip(utf8("[{\"pkgname\":\"com.tencent.mm\"}]"));

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static Stream<Arguments> rows() {
        String jwt = base64Url(utf8("{\"alg\":\"none\"}")) + "." + base64Url(utf8("{\"uid\":\"42\"}")) + ".";
        byte[] pb = new Proto().string(1, "hello").message(2, new Proto().int64(1, 7)).build();
        return Stream.of(
                Arguments.of(new QueryDecoder(), View.root(utf8("https://h.cn/a/b%20c?x=1&y=%E4%B8%AD+z#f"), Where.URL, "",
                        "url", View.Kind.URL, "", ""), List.of("url-path[0] [url-path] url-path=a",
                        "url-path[1] [url-path] url-path=b c", "query.x [query] x=1", "query.y [query] y=中 z")),
                Arguments.of(new FormDecoder(), body(utf8("a=1&b=x%2By"), "application/x-www-form-urlencoded", ""),
                        List.of("form.a [form] a=1", "form.b [form] b=x+y")),
                Arguments.of(new FormDecoder(), value("k=v&k2=v2"), List.of("form.k [form] k=v", "form.k2 [form] k2=v2")),
                Arguments.of(new FormDecoder(), value("aGVsbG8gd29ybGQ="), List.of()),
                Arguments.of(new JsonDecoder(), value("{\"a\":[1,{\"b\":\"c\"}],\"d\":true,\"e\":null,\"f\":2.5}"),
                        List.of("$.a[0] [json] a=1", "$.a[1].b [json] b=c", "$.f [json] f=2.5")),
                Arguments.of(new JsonDecoder(), value("not json"), List.of()),
                Arguments.of(new Base64Decoder(), value(base64(utf8("{\"hello\":\"world\"}"))),
                        List.of(" [base64] ={\"hello\":\"world\"}")),
                Arguments.of(new Base64Decoder(), value(base64Url(utf8("<<<???>>> sure"))), List.of(" [base64url] =<<<???>>> sure")),
                Arguments.of(new Base64Decoder(), value("Zx8kQ2pL9vN4mR7tY1wE5uI3oA6sD0fG"), List.of()),
                Arguments.of(new Base64Decoder(), value(mintegralBase64(utf8("{\"imei\":\"490154203237518\"}"))),
                        List.of(" [base64-mintegral] ={\"imei\":\"490154203237518\"}")),
                Arguments.of(new Base64Decoder(), value(mintegralBase64(md5Bytes("binary is never followed"))), List.of()),
                Arguments.of(new Base64Decoder(), value("vSoajc7dRzpWi"), List.of()), // 4n + 1 characters
                Arguments.of(new HexDecoder(), value(hex(utf8("plain text here"))), List.of(" [hex] =plain text here")),
                Arguments.of(new HexDecoder(), value(md5("x")), List.of()),
                Arguments.of(new JwtDecoder(), value("Bearer " + jwt), List.of(" [jwt] ={\"uid\":\"42\"}")),
                Arguments.of(new GzipDecoder(), body(gzip(utf8("gz")), "", ""), List.of(" [gzip] =gz")),
                Arguments.of(new GzipDecoder(), body(deflate(utf8("zl"), true), "", ""), List.of(" [deflate] =zl")),
                Arguments.of(new GzipDecoder(), body(deflate(utf8("raw"), false), "", "deflate"), List.of(" [deflate] =raw")),
                Arguments.of(new ZstdDecoder(), body(zstd(utf8("zs")), "", ""), List.of(" [zstd] =zs")),
                Arguments.of(new BrotliDecoder(), body(brotli(utf8("br")), "", "br"), List.of(" [br] =br")),
                Arguments.of(new ProtobufDecoder(), body(pb, "", ""),
                        List.of("pb.1 [protobuf] pb.1=hello", "pb.2 [protobuf] pb.2=<2 bytes>")),
                // a length near 2^63 (fuzzing found it): not a message, rather than an overflowed slice
                Arguments.of(new ProtobufDecoder(), body(new byte[] {0x0a, (byte) 0xff, (byte) 0xff, (byte) 0xff,
                        (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f, 'a', 'b', 'c'}, "", ""), List.of()),
                // a JWT whose payload is 4n + 1 characters long (fuzzing found it): no payload, no failure
                Arguments.of(new JwtDecoder(), value("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxM.c2ln"), List.of()),
                Arguments.of(new MultipartDecoder(), body(utf8("--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nv1\r\n--b--\r\n"),
                        "multipart/form-data; boundary=b", ""), List.of("multipart.f [multipart] f=v1")),
                // raw deflate nobody declared, behind base64: inflated only when the whole stream is text
                Arguments.of(new RawDeflateSniffer(), fromBase64(deflate(utf8("{\"imei\":\"490154203237518\"}"), false)),
                        List.of(" [base64, deflate] x={\"imei\":\"490154203237518\"}")),
                Arguments.of(new RawDeflateSniffer(), fromBase64(java.util.Arrays.copyOf(deflate(utf8("x".repeat(40)
                        + "{\"imei\":\"490154203237518\"}"), false), 9)), List.of()),
                Arguments.of(new RawDeflateSniffer(), fromBase64(deflate(utf8("{\"a\":1}".repeat(4)), true)), List.of()),
                Arguments.of(new RawDeflateSniffer(), fromBase64(new Proto().string(1, "hello world, twice").int64(2, 7).build()),
                        List.of()),
                Arguments.of(new RawDeflateSniffer(), fromBase64(md5Bytes("x")), List.of()),
                Arguments.of(new RawDeflateSniffer(), value("plain text, not binary"), List.of()),
                // Getui's frame: 8 hex digits, gzip, 8 hex digits; the suffix goes when it is as long as the prefix
                Arguments.of(new WrappedGzipDecoder(), body(getuiFrame(utf8("{\"imei\":\"490154203237518\"}"), 1L), "", ""),
                        List.of(" [unwrap] =<" + gzip(utf8("{\"imei\":\"490154203237518\"}")).length + " bytes>")),
                Arguments.of(new WrappedGzipDecoder(), body(concat(utf8("v2"), GZ_PKG), "", ""),
                        List.of(" [unwrap] =<" + GZ_PKG.length + " bytes>")),
                Arguments.of(new WrappedGzipDecoder(), body(GZ_PKG, "", ""), List.of()), // plain gzip: the gzip decoder's
                Arguments.of(new WrappedGzipDecoder(), body(concat(utf8("not-a-prefix"), GZ_PKG), "", ""), List.of()),
                Arguments.of(new WrappedGzipDecoder(), body(concat(utf8("x".repeat(33)), GZ_PKG), "", ""), List.of()),
                Arguments.of(new WrappedGzipDecoder(), body(concat(utf8("abcd1234"), new byte[] {0x1f, (byte) 0x8b, 9},
                        new byte[20]), "", ""), List.of()),
                // bytes as characters: c2/c3 pairs back to one byte each, kept only when the bytes are plausible
                Arguments.of(new Latin1Decoder(), value(new String(GZ_PKG, StandardCharsets.ISO_8859_1)),
                        List.of(" [latin1] =<" + GZ_PKG.length + " bytes>")),
                Arguments.of(new Latin1Decoder(), value("caf\u00e9 cr\u00e8me\u0001"), List.of()),
                Arguments.of(new Latin1Decoder(), value("\u4e2d\u6587 \u0001" + new String(GZ_PKG, StandardCharsets.ISO_8859_1)), List.of()),
                Arguments.of(new Latin1Decoder(), value("caf\u00e9 cr\u00e8me"), List.of()), // text: not applied
                Arguments.of(new JsonDecoder(), value("{\"a\":\"x\u007fy\",\"b\":\"z\"}"),
                        List.of("$.a [json] a=<3 bytes>", "$.b [json] b=z")),
                Arguments.of(new RawDeflateSniffer(), fromBase64(storedDeflate(utf8("{\"oaid\":\"stored, level 0\"}"))),
                        List.of(" [base64, deflate] x={\"oaid\":\"stored, level 0\"}")),
                // a URL inside a value: its query, path and fragment; never a plain word or a URL without a query
                Arguments.of(new QueryDecoder(), value("https://h5.example.net/p/1?aid=3c2f&from=push#/d?x=1"),
                        List.of("url-path[0] [url-path] url-path=p", "url-path[1] [url-path] url-path=1", "query.aid [query] aid=3c2f",
                                "query.from [query] from=push", "url-fragment [url-fragment] url-fragment=/d?x=1")),
                Arguments.of(new QueryDecoder(), value("HTTP://H.CN/?a=1"), List.of("query.a [query] a=1")),
                Arguments.of(new QueryDecoder(), value("https://h5.example.net/page"), List.of()),
                Arguments.of(new QueryDecoder(), value("see https://h.cn/?a=1"), List.of()),
                // name=value lists that are not forms (Map.toString, headers, lines)
                Arguments.of(new KeyValueDecoder(), value("{imei=490154203237518, androidId=a1b2, loc=116.4,39.9, m={a=1, b=2}}"),
                        List.of("kv.imei [kv] imei=490154203237518", "kv.androidId [kv] androidId=a1b2",
                                "kv.loc [kv] loc=116.4,39.9", "kv.m [kv] m={a=1, b=2}")),
                Arguments.of(new KeyValueDecoder(), value("imei=4901;mac=AC:37:43:AA:BB:CC;b64=YWJj=="),
                        List.of("kv.imei [kv] imei=4901", "kv.mac [kv] mac=AC:37:43:AA:BB:CC", "kv.b64 [kv] b64=YWJj==")),
                Arguments.of(new KeyValueDecoder(), value("imei: 4901\r\nandroid_id : a1b2\n\nmodel:M2012K11AC\n"),
                        List.of("kv.imei [kv] imei=4901", "kv.android_id [kv] android_id=a1b2", "kv.model [kv] model=M2012K11AC")),
                Arguments.of(new KeyValueDecoder(), value("name = Zhang San | city = Beijing"),
                        List.of("kv.name [kv] name=Zhang San", "kv.city [kv] city=Beijing")),
                Arguments.of(new KeyValueDecoder(), value("imei:490154203237518,mac:AC:37:43:AA:BB:CC|androidid:a1b2c3"),
                        List.of("kv.imei [kv] imei=490154203237518", "kv.mac [kv] mac=AC:37:43:AA:BB:CC",
                                "kv.androidid [kv] androidid=a1b2c3")),
                Arguments.of(new KeyValueDecoder(), value("android_id=a1b2c3d4e5f60718##imei=490154203237518##imei_old=##mac=AC:37:43:AA:BB:CC##oaid="),
                        List.of("kv.android_id [kv] android_id=a1b2c3d4e5f60718", "kv.imei [kv] imei=490154203237518",
                                "kv.mac [kv] mac=AC:37:43:AA:BB:CC")),
                Arguments.of(new KeyValueDecoder(), value("os: android; model: M2012K11AC"),
                        List.of("kv.os [kv] os=android", "kv.model [kv] model=M2012K11AC")),
                Arguments.of(new KeyValueDecoder(), value("Error: timeout, retry later"), List.of()),
                Arguments.of(new KeyValueDecoder(), value("at:12:30, 13:00"), List.of()),
                Arguments.of(new KeyValueDecoder(), value("http://h.cn/a, https://h.cn/b"), List.of()),
                Arguments.of(new KeyValueDecoder(), value("YWJjZGVmZ2hpams="), List.of()),
                Arguments.of(new KeyValueDecoder(), value("12:30:00, 13:00:00"), List.of()),
                Arguments.of(new KeyValueDecoder(), value("https://h.cn/a, https://h.cn/b"), List.of()),
                Arguments.of(new KeyValueDecoder(), value("the total is a=1, see b=2"), List.of()),
                Arguments.of(new KeyValueDecoder(), body(utf8("{\"a\":\"b=1, c=2\"}"), "application/json", ""), List.of()),
                // ByteDance's tt-data: the native library's own output, its gzip payload as AppLog sends it, and
                // damaged copies (a seed byte; a ciphertext byte, which garbles the digest's block and
                // leaves the payload whole; a cut block) and another salt, which never give a view
                Arguments.of(new ByteDanceCipherDecoder(), body(TT_ENCRYPT_CAPTURED, "application/octet-stream;tt-data=a", ""),
                        List.of(" [aes-bytedance] =hello, jqiu")),
                Arguments.of(new ByteDanceCipherDecoder(), body(byteDanceTtData(gzip(utf8("{\"udid\":\"490154203237518\"}"))), "", ""),
                        List.of(" [aes-bytedance] =<46 bytes>")),
                Arguments.of(new ByteDanceCipherDecoder(), fromBase64(TT_ENCRYPT_CAPTURED), List.of(" [base64, aes-bytedance] x=hello, jqiu")),
                Arguments.of(new ByteDanceCipherDecoder(), body(flipped(TT_ENCRYPT_CAPTURED, 20), "", ""), List.of()),
                Arguments.of(new ByteDanceCipherDecoder(), body(flipped(TT_ENCRYPT_CAPTURED, 60), "", ""), List.of()),
                Arguments.of(new ByteDanceCipherDecoder(), body(java.util.Arrays.copyOf(TT_ENCRYPT_CAPTURED, 102), "", ""), List.of()),
                Arguments.of(new ByteDanceCipherDecoder(), body(byteDanceTtData(utf8("{\"udid\":\"490154203237518\"}"),
                        "00".repeat(64)), "", ""), List.of()));
    }

    @ParameterizedTest(name = "{0} {index}")
    @MethodSource("rows")
    void decode_childViews(Decoder decoder, View view, List<String> expected) throws Exception {
        DecodeContext context = new DecodeContext(DetectionLimits.DEFAULT);
        List<View> children = decoder.applies(view) ? decoder.decode(view, context) : List.of();

        assertThat(children).extracting(DecodersTest::describe).containsExactlyElementsOf(expected);
    }

    @Test
    void walk_nestedProtobufPathsAndThrowingDecoderSkipped() {
        byte[] pb = new Proto().message(3, new Proto().string(1, "inner-value")).build();
        Decoder broken = new Decoder() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public boolean applies(View view) {
                return true;
            }

            @Override
            public List<View> decode(View view, DecodeContext context) {
                throw new IllegalStateException("bug in a decoder");
            }
        };
        List<String> leaves = new ArrayList<>();
        ViewWalker walker = new ViewWalker(List.of(broken, new ProtobufDecoder()));

        walker.walk(List.of(body(pb, "", "")), new DecodeContext(DetectionLimits.DEFAULT), new ViewWalker.Sink() {
            @Override
            public void leaf(Value value) {
                leaves.add(describe(value.view()));
            }

            @Override
            public void group(View parent, List<View> children) {
            }
        });

        assertThat(leaves).containsExactly("pb.3.1 [protobuf] pb.1=inner-value");
    }

    @Test
    void isText_utf8AndControlCharacters() {
        assertThat(TextCheck.isText("中文 ok\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(TextCheck.isText(new byte[] {'a', 0x01})).isFalse();
        assertThat(TextCheck.isText(new byte[] {(byte) 0xC3})).isFalse();
        assertThat(TextCheck.isText(new byte[0])).isFalse();
    }
}
