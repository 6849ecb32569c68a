package com.consentlens.detectors.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON documents, read by {@link JsonScanner} (strict, Jackson's default grammar) into their leaves: every
 * string and number becomes a child view with its JSON path ({@code $.events[0].imei}) and its nearest key. Nesting beyond
 * {@code maxJsonDepth} stops the walk with the {@code depth} limit, keeping every leaf read so far; a
 * document cut short (a truncated body, a decompression stopped by a limit) likewise keeps its leaves.
 * A document that stops being JSON before its end (a raw control byte in a string, a stray word, bytes after
 * the closing brace) keeps the leaves read so far, and the bytes from there to the end become one more
 * child with the document's own path and encoding, walked like any text: nothing after the fault goes
 * unexamined.
 */
public final class JsonDecoder implements Decoder {
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
        byte[] b = view.array();
        int start = view.offset();
        int end = start + view.length();
        for (int i = JsonScanner.hasBom(b, start, end) ? start + 3 : start; i < end; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return (c == '{' || c == '[') && (view.isText() || TextCheck.isJsonText(b, start, end - start));
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
    public List<View> decode(View view, DecodeContext context) {
        Leaves leaves = new Leaves(view, context);
        try {
            JsonScanner.scan(view.data(), leaves);
        } catch (JsonScanner.Malformed e) {
            if (leaves.read == 0) {
                return List.of();
            }
            int from = restStart(leaves.bytes, e.position, leaves.readEnd);
            if (from < leaves.bytes.length) {
                leaves.rest(view.child(java.util.Arrays.copyOfRange(leaves.bytes, from, leaves.bytes.length), null,
                        null, null, "", ""));
            }
        }
        return leaves.kept != null ? leaves.kept : leaves.all;
    }

    /**
     * Where the unread rest of a malformed document starts: just after the last {@code { [ , :} before the
     * fault at {@code position} (so a value broken inside is kept whole), but never before {@code readEnd},
     * the end of the last leaf read from the document, so no leaf is looked at twice.
     */
    static int restStart(byte[] b, int position, int readEnd) {
        int i = Math.min(position, b.length);
        while (i > readEnd && b[i - 1] != '{' && b[i - 1] != '[' && b[i - 1] != ',' && b[i - 1] != ':') {
            i--;
        }
        return Math.max(i, readEnd);
    }

    /**
     * Turns the scanner's tokens into leaves. With {@link LeafInterest#ALL} every leaf becomes a view at once
     * (a string without escapes as a slice of the document, {@link View#memberSlice}); otherwise the leaves
     * are kept in place as {@link DocumentLeaves}, and a leaf that no decoder can open and no detector wants
     * is only counted.
     */
    private static final class Leaves implements JsonScanner.Handler {
        final List<View> all;
        final DocumentLeaves kept;
        final List<Frame> stack = new ArrayList<>();
        final View doc;
        final byte[] bytes;
        final List<String> encoding;
        final DecodeContext context;
        final int maxDepth;
        final LeafInterest interest;
        /**
         * The document is text (DEL, which JSON leaves unescaped, allowed), so its plain string slices are text
         * unless they hold a control byte or DEL.
         */
        final boolean text;

        Leaves(View doc, DecodeContext context) {
            this.doc = doc;
            this.text = doc.isText() || TextCheck.isJsonText(doc.array(), doc.offset(), doc.length());
            this.bytes = doc.data();
            this.encoding = doc.encodingWith("json");
            this.context = context;
            this.maxDepth = context.limits().maxJsonDepth();
            this.interest = context.interest();
            this.all = interest == LeafInterest.ALL ? new ArrayList<>() : null;
            this.kept = interest == LeafInterest.ALL ? null : new DocumentLeaves(doc, encoding, text);
        }

        /** Leaves read (kept or not), and the end in the document of the last one read there. */
        int read;
        int readEnd;

        /** The unread rest of a malformed document, an ordinary view after the leaves. */
        void rest(View view) {
            if (kept != null) {
                kept.addRest(view);
            } else {
                all.add(view);
            }
        }

        @Override
        public boolean open(boolean array) {
            advance(stack);
            if (stack.size() >= maxDepth) {
                context.hit("depth");
                return false;
            }
            String prefix = stack.isEmpty() ? "$" : stack.get(stack.size() - 1).memberPath();
            stack.add(new Frame(array, currentKey(stack), prefix));
            return true;
        }

        @Override
        public void close() {
            stack.remove(stack.size() - 1);
        }

        @Override
        public void name(String name) {
            Frame top = stack.get(stack.size() - 1);
            top.field = name;
            top.path = null;
        }

        @Override
        public void string(byte[] src, int from, int to, int shape) {
            advance(stack);
            read++;
            if (src == bytes) {
                readEnd = to + 1; // the closing quote
            }
            if (kept == null || stack.isEmpty()) {
                add(leaf(src, from, to, false, shape));
                return;
            }
            boolean inDocument = src == bytes;
            int s = inDocument ? shape : ByteShape.of(src, from, to);
            // An escaped string was decoded from a Java String: valid UTF-8, text unless it holds a control.
            boolean isText = (inDocument ? text : to > from) && !ByteShape.has(s, ByteShape.CONTROL);
            boolean decodable = !isText || ViewWalker.mayDecodeText(src, from, to - from, s, !inDocument);
            keep(src, from, to, s, ByteShape.dots(s), false, decodable);
        }

        @Override
        public void number(int from, int to) {
            advance(stack);
            read++;
            readEnd = to;
            if (kept == null || stack.isEmpty()) {
                add(leaf(bytes, from, to, true, -1));
                return;
            }
            int dots = 0;
            for (int k = from; k < to; k++) {
                dots += bytes[k] == '.' ? 1 : 0;
            }
            keep(bytes, from, to, -1, dots, true, false);
        }

        /** Keeps a leaf if a decoder may open it or a detector wants it; {@code shape} -1 when not measured. */
        private void keep(byte[] src, int from, int to, int shape, int dots, boolean number, boolean decodable) {
            Frame top = stack.get(stack.size() - 1);
            String key = top.array ? top.key : top.field;
            boolean group = interest.wantsInGroup(key, src, from, to, dots);
            if (decodable || group || interest.wantsLeaf(key, src, from, to, dots)) {
                kept.add(src, from, to, shape, top.prefix, top.array ? null : top.field, top.index, key, number,
                        decodable, group);
            } else {
                context.skippedLeaf();
            }
        }

        private void add(View view) {
            if (kept != null) {
                kept.addRoot(view);
            } else {
                all.add(view);
            }
        }

        @Override
        public void literal() {
            advance(stack);
        }

        /** A leaf view whose path string is built lazily; a top-level scalar is {@code $}. */
        private View leaf(byte[] src, int from, int to, boolean number, int shape) {
            if (stack.isEmpty()) {
                return doc.part(java.util.Arrays.copyOfRange(src, from, to), "$", encoding, "", number);
            }
            Frame top = stack.get(stack.size() - 1);
            return doc.memberSlice(src, from, to, top.prefix, top.array ? null : top.field, top.index, encoding,
                    top.array ? top.key : top.field, number, shape, text);
        }
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
