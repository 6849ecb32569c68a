package com.consentlens.detectors.decode;

import com.consentlens.detectors.DetectionLimits;
import com.consentlens.model.Where;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link JsonDecoder} reads documents with its own byte scanner; it must give exactly the leaves, paths and
 * keys that Jackson's streaming parser (default features, as the decoder used before) gives, on valid
 * documents and on documents that break off or go wrong part-way. Jackson is the reference here only.
 */
class JsonScannerTest {
    private static final JsonFactory JACKSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2_000).build()).build();

    private static final String MUTATIONS = " \"\\{}[],:0-.eEtfn\tx\u007f";

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("nested", "{\"a\":[1,{\"b\":\"c\"}],\"d\":true,\"e\":null,\"f\":-2.5e+3}",
                        List.of("$.a[0]=1 (a)", "$.a[1].b=c (b)", "$.f=-2.5e+3 (f)")),
                Arguments.of("escapes and unicode", "{\"k\\u0031\":\"a\\\"b\\\\c\\/d\\n\\u4e2d\u6587\\ud83d\\ude00\"}",
                        List.of("$.k1=a\"b\\c/d\n中文😀 (k1)")),
                Arguments.of("unpaired surrogate becomes ?", "[\"x\\ud800y\"]", List.of("$[0]=x?y ()")),
                Arguments.of("cut inside a string keeps what came before", "{\"a\":\"1\",\"b\":\"unterminat",
                        List.of("$.a=1 (a)")),
                Arguments.of("trailing comma stops", "[1,2,]", List.of("$[0]=1 ()", "$[1]=2 ()")),
                Arguments.of("leading zero stops before the number", "[7,012]", List.of("$[0]=7 ()")),
                Arguments.of("junk after a number stops after it", "[1x]", List.of("$[0]=1 ()")),
                Arguments.of("two roots", "{\"a\":1} [\"b\"]", List.of("$.a=1 (a)", "$[0]=b ()")),
                Arguments.of("bad escape", "[\"ok\",\"\\q\"]", List.of("$[0]=ok ()")),
                Arguments.of("raw control character", "[\"a\",\"b\tc\"]", List.of("$[0]=a ()")),
                Arguments.of("not json at all", "{abc}", List.of()),
                Arguments.of("byte order mark before the document", "\uFEFF {\"a\":1}", List.of("$.a=1 (a)")),
                Arguments.of("byte order mark between roots stops", "{\"a\":1} \uFEFF[2]", List.of("$.a=1 (a)")),
                Arguments.of("empty containers", "{\"a\":{},\"b\":[],\"c\":[[]]}", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void decode_givesJacksonsLeaves(String name, String json, List<String> expected) throws IOException {
        byte[] doc = json.getBytes(StandardCharsets.UTF_8);

        assertThat(scanned(doc)).isEqualTo(expected);
        assertThat(jackson(doc)).isEqualTo(expected);
    }

    /**
     * A document that stops being JSON part-way keeps its leaves, and the bytes from the fault's member to
     * the end become one more view with the document's own path and encoding, so they are still matched.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "stray word after a member | {\"imei\":\"1\", bad \"mac\":\"AC:37\"} | ` bad \"mac\":\"AC:37\"}`",
            "raw control byte inside a value | {\"a\":\"1\",\"b\":\"86\u000175\"} | \"86\u000175\"}",
            "junk after the closing brace | {\"a\":\"1\"}xyz mac=AC:37 | }xyz mac=AC:37",
            "cut inside a string | {\"a\":\"1\",\"b\":\"unterminat | \"unterminat",
            "valid document: no rest | {\"a\":\"1\"} |",
            "nothing read: no children at all | {abc} |"})
    void restOfMalformedDocument_isKeptAsOneView(String name, String json, String rest) {
        byte[] doc = json.getBytes(StandardCharsets.UTF_8);
        View root = View.root(doc, Where.BODY, "", "", View.Kind.BODY, "application/json", "");
        List<View> children = new JsonDecoder().decode(root, new DecodeContext(DetectionLimits.DEFAULT));
        List<String> rests = children.stream().filter(v -> !v.encoding().contains("json"))
                .map(v -> v.path() + "|" + v.text()).toList();

        assertThat(rests).isEqualTo(rest == null ? List.of() : List.of("|" + rest));
    }

    /**
     * Random documents, whole and damaged (cut, a byte changed, junk inserted): same leaves as Jackson, for
     * every document the decoder {@code applies} to (UTF-8 text starting like JSON).
     */
    @Test
    void decode_randomDocumentsAgreeWithJackson() throws IOException {
        Random r = new Random(20261123);
        for (int t = 0; t < 6_000; t++) {
            StringBuilder sb = new StringBuilder();
            value(r, sb, 0);
            byte[] doc = sb.toString().getBytes(StandardCharsets.UTF_8);
            switch (t % 4) {
                case 1 -> doc = java.util.Arrays.copyOf(doc, r.nextInt(doc.length + 1));
                case 2 -> doc[r.nextInt(doc.length)] = (byte) MUTATIONS.charAt(r.nextInt(MUTATIONS.length()));
                case 3 -> {
                    int at = r.nextInt(doc.length);
                    byte[] junk = List.of("0", "-", "\\u12", ",", "]", "}", "\":", "01", "1.", "tru", "\u0001")
                            .get(r.nextInt(11)).getBytes(StandardCharsets.UTF_8);
                    byte[] d = new byte[doc.length + junk.length];
                    System.arraycopy(doc, 0, d, 0, at);
                    System.arraycopy(junk, 0, d, at, junk.length);
                    System.arraycopy(doc, at, d, at + junk.length, doc.length - at);
                    doc = d;
                }
                default -> { }
            }
            if (!new JsonDecoder().applies(View.root(doc, Where.BODY, "", "", View.Kind.BODY, "", ""))) {
                continue; // the walker never hands such bytes (not UTF-8 text, no JSON start) to decode
            }
            assertThat(scanned(doc)).as(new String(doc, StandardCharsets.UTF_8)).isEqualTo(jackson(doc));
        }
    }

    private static void value(Random r, StringBuilder sb, int depth) {
        int kind = depth == 0 ? r.nextInt(2) : r.nextInt(depth > 4 ? 5 : 7);
        switch (kind) {
            case 0, 5 -> {
                sb.append('{');
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append(i == 0 ? "" : ",").append(space(r));
                    string(r, sb);
                    sb.append(space(r)).append(':').append(space(r));
                    value(r, sb, depth + 1);
                }
                sb.append(space(r)).append('}');
            }
            case 1, 6 -> {
                sb.append('[');
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append(i == 0 ? "" : ",").append(space(r));
                    value(r, sb, depth + 1);
                }
                sb.append(']');
            }
            case 2 -> string(r, sb);
            case 3 -> sb.append(List.of("0", "-1", "42", "3.25", "-0.5e-3", "6E+2", "1763883662123", "116.4074")
                    .get(r.nextInt(8)));
            default -> sb.append(List.of("true", "false", "null").get(r.nextInt(3)));
        }
    }

    private static void string(Random r, StringBuilder sb) {
        String[] parts = {"imei", "lat", "a.b.c", "中文", "😀", "\\n", "\\\"", "\\u00e9", "\\ud83d\\ude00", "x y",
                "$oaid", "AC:37:43", "eyJ", "=", "%41", "\\/", "\\t"};
        sb.append('"');
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(parts[r.nextInt(parts.length)]);
        }
        sb.append('"');
    }

    private static String space(Random r) {
        return List.of("", "", " ", "\n\t", "\r\n ").get(r.nextInt(5));
    }

    private static List<String> scanned(byte[] doc) {
        View root = View.root(doc, Where.BODY, "", "", View.Kind.BODY, "application/json", "");
        List<String> out = new ArrayList<>();
        for (View v : new JsonDecoder().decode(root, new DecodeContext(DetectionLimits.DEFAULT))) {
            if (!v.encoding().contains("json")) {
                continue; // the unread rest of a malformed document (restOfMalformedDocument_*)
            }
            // The shape measured while scanning is the one a separate pass over the value gives.
            assertThat(v.shape()).isEqualTo(ByteShape.of(v.data(), 0, v.length()));
            out.add(v.path() + "=" + v.text() + " (" + v.key() + ")");
        }
        return out;
    }

    /** The decoder as it was, on Jackson: each leaf with its path and key, until the end or the first error. */
    private static List<String> jackson(byte[] doc) throws IOException {
        List<String> out = new ArrayList<>();
        List<String[]> stack = new ArrayList<>(); // {kind "a"/"o", key, prefix, field, index}
        try (JsonParser p = JACKSON.createParser(doc)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        advance(stack);
                        String prefix = stack.isEmpty() ? "$" : memberPath(stack.get(stack.size() - 1));
                        stack.add(new String[] {t == JsonToken.START_ARRAY ? "a" : "o", key(stack), prefix, null, "-1"});
                    }
                    case END_OBJECT, END_ARRAY -> stack.remove(stack.size() - 1);
                    case FIELD_NAME -> stack.get(stack.size() - 1)[3] = p.currentName();
                    case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        advance(stack);
                        String text = new String(p.getText().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                        String path = stack.isEmpty() ? "$" : memberPath(stack.get(stack.size() - 1));
                        out.add(path + "=" + text + " (" + key(stack) + ")");
                    }
                    default -> advance(stack);
                }
            }
        } catch (JsonProcessingException e) {
            return out.isEmpty() ? List.of() : out;
        }
        return out;
    }

    private static void advance(List<String[]> stack) {
        if (!stack.isEmpty() && stack.get(stack.size() - 1)[0].equals("a")) {
            String[] top = stack.get(stack.size() - 1);
            top[4] = String.valueOf(Integer.parseInt(top[4]) + 1);
        }
    }

    private static String key(List<String[]> stack) {
        if (stack.isEmpty()) {
            return "";
        }
        String[] top = stack.get(stack.size() - 1);
        return top[0].equals("a") ? top[1] : top[3];
    }

    private static String memberPath(String[] frame) {
        return frame[0].equals("a") ? frame[2] + "[" + frame[4] + "]" : frame[2] + "." + frame[3];
    }
}
