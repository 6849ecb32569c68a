package com.consentlens.detectors.decode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * JSON documents, read with Jackson's streaming parser into their leaves: every string and number becomes a
 * child view with its JSON path ({@code $.events[0].imei}) and its nearest key. Nesting beyond
 * {@code maxJsonDepth} stops the walk with the {@code depth} limit, keeping every leaf read so far; a
 * document cut short (a truncated body, a decompression stopped by a limit) likewise keeps its leaves.
 */
public final class JsonDecoder implements Decoder {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2_000).build()).build();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public boolean structural() {
        return true;
    }

    @Override
    public boolean applies(View view) {
        byte[] b = view.data();
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return (c == '{' || c == '[') && view.isText();
            }
        }
        return false;
    }

    /** One open object or array on the way down to the current token. */
    private static final class Frame {
        final boolean array;
        final String key;
        final String prefix;
        String field;
        int index = -1;
        String path;

        Frame(boolean array, String key, String prefix) {
            this.array = array;
            this.key = key;
            this.prefix = prefix;
        }

        /** The path of the current member or element, built once per member rather than per leaf. */
        String memberPath() {
            if (path == null) {
                path = array ? prefix + "[" + index + "]" : prefix + "." + field;
            }
            return path;
        }
    }

    @Override
    public List<View> decode(View view, DecodeContext context) throws Exception {
        List<View> out = new ArrayList<>();
        List<Frame> stack = new ArrayList<>();
        int maxDepth = context.limits().maxJsonDepth();
        List<String> encoding = view.encodingWith("json");
        byte[] doc = view.data();
        try (JsonParser p = FACTORY.createParser(doc)) {
            boolean raw = p instanceof UTF8StreamJsonParser;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        advance(stack);
                        if (stack.size() >= maxDepth) {
                            context.hit("depth");
                            return out;
                        }
                        String prefix = stack.isEmpty() ? "$" : stack.get(stack.size() - 1).memberPath();
                        stack.add(new Frame(t == JsonToken.START_ARRAY, currentKey(stack), prefix));
                    }
                    case END_OBJECT, END_ARRAY -> stack.remove(stack.size() - 1);
                    case FIELD_NAME -> {
                        Frame top = stack.get(stack.size() - 1);
                        top.field = p.currentName();
                        top.path = null;
                    }
                    case VALUE_STRING -> {
                        advance(stack);
                        byte[] bytes = raw ? rawAscii(p, doc) : null;
                        out.add(leaf(view, stack, bytes != null ? bytes : textBytes(p), encoding, false));
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        advance(stack);
                        out.add(leaf(view, stack, textBytes(p), encoding, true));
                    }
                    default -> advance(stack);
                }
            }
        } catch (JsonProcessingException e) {
            if (out.isEmpty()) {
                return List.of();
            }
        }
        return out;
    }

    /**
     * The current string token's bytes copied straight from the document, or null. Only a string of
     * printable ASCII without escapes qualifies (nearly all of them): its bytes between the quotes are then
     * exactly the bytes {@link #textBytes} would produce, and Jackson never decodes it into its char buffer
     * (it skips the string on the next token). Anything else (escapes, non-ASCII, control characters,
     * a string cut off by the end of the document) returns null and goes through Jackson as before, errors
     * included.
     */
    /** Longest string copied by {@link #rawAscii}; far below Jackson's maximum string length (20,000,000). */
    private static final int MAX_RAW = 1 << 20;

    private static byte[] rawAscii(JsonParser p, byte[] doc) {
        long at = p.currentTokenLocation().getByteOffset();
        if (at < 0 || at >= doc.length || doc[(int) at] != '"') {
            return null;
        }
        int start = (int) at + 1;
        // Long strings go through Jackson, which enforces its maximum string length (an error there cuts
        // the document short, and that must not change).
        int stop = (int) Math.min(doc.length, (long) start + MAX_RAW + 1);
        for (int i = start; i < stop; i++) {
            byte c = doc[i];
            if (c == '"') {
                return Arrays.copyOfRange(doc, start, i);
            }
            if (c < 0x20 || c == '\\') { // negative: a non-ASCII byte
                return null;
            }
        }
        return null;
    }

    /**
     * The current token's text as UTF-8, straight from Jackson's char buffer: an ASCII token (numbers, and
     * most strings) is copied byte by byte without building a String; anything else goes through String,
     * exactly as before (same bytes, including the replacement of unpaired surrogates).
     */
    private static byte[] textBytes(JsonParser p) throws java.io.IOException {
        char[] chars = p.getTextCharacters();
        int off = p.getTextOffset();
        int len = p.getTextLength();
        byte[] out = new byte[len];
        for (int i = 0; i < len; i++) {
            char c = chars[off + i];
            if (c >= 0x80) {
                return new String(chars, off, len).getBytes(StandardCharsets.UTF_8);
            }
            out[i] = (byte) c;
        }
        return out;
    }

    /** A leaf view whose path string is built lazily (see {@link View#member}); a top-level scalar is {@code $}. */
    private static View leaf(View doc, List<Frame> stack, byte[] bytes, List<String> encoding, boolean number) {
        if (stack.isEmpty()) {
            return doc.part(bytes, "$", encoding, "", number);
        }
        Frame top = stack.get(stack.size() - 1);
        return doc.member(bytes, top.prefix, top.array ? null : top.field, top.index, encoding,
                top.array ? top.key : top.field, number);
    }

    private static void advance(List<Frame> stack) {
        if (!stack.isEmpty() && stack.get(stack.size() - 1).array) {
            Frame top = stack.get(stack.size() - 1);
            top.index++;
            top.path = null;
        }
    }

    private static String currentKey(List<Frame> stack) {
        if (stack.isEmpty()) {
            return "";
        }
        Frame top = stack.get(stack.size() - 1);
        return top.array ? top.key : top.field;
    }
}
