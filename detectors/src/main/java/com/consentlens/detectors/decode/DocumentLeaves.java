package com.consentlens.detectors.decode;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The leaves of one JSON document, kept as byte ranges instead of views. A batch of SDK events has tens of
 * thousands of leaves and nearly all of them are scanned once and found to hold nothing: the walker hands
 * such a leaf to the detectors in place ({@link #at}) and a {@link View} is made only when a detector reports
 * on it, when a decoder may open it ({@link #decodable}), or when a group detector wants it
 * ({@link #groupMembers}). As a {@code List<View>} it makes every view on demand, in document order, with
 * exactly the path, key and encoding a directly made view would have.
 */
public final class DocumentLeaves extends AbstractList<View> {
    private final View doc;
    private final List<String> encoding;
    private final boolean docIsText;
    private int size;
    private byte[][] arrays;
    private int[] from;
    private int[] to;
    private int[] shape;
    private int[] index;
    private String[] prefix;
    private String[] field;
    private String[] key;
    /** Per leaf: {@link #NUMBER}, {@link #DECODABLE}, {@link #GROUP}. */
    private byte[] flags;
    private View[] views;
    private static final int NUMBER = 1;
    private static final int DECODABLE = 2;
    private static final int GROUP = 4;

    DocumentLeaves(View doc, List<String> encoding, boolean docIsText) {
        this.doc = doc;
        this.encoding = encoding;
        this.docIsText = docIsText;
        // About one leaf per 30 bytes in SDK batches: sized so a batch rarely regrows ten arrays.
        int capacity = Math.max(16, Math.min(1 << 14, doc.length() / 32));
        arrays = new byte[capacity][];
        from = new int[capacity];
        to = new int[capacity];
        shape = new int[capacity];
        index = new int[capacity];
        prefix = new String[capacity];
        field = new String[capacity];
        key = new String[capacity];
        flags = new byte[capacity];
        views = new View[capacity];
    }

    /** A member {@code src[from, to)} of the container at {@code prefix} ({@code field} null for an array element). */
    void add(byte[] src, int start, int end, int byteShape, String containerPath, String memberField, int memberIndex,
             String memberKey, boolean number, boolean decodable, boolean group) {
        if (size == from.length) {
            grow();
        }
        arrays[size] = src;
        from[size] = start;
        to[size] = end;
        shape[size] = byteShape;
        prefix[size] = containerPath;
        field[size] = memberField;
        index[size] = memberIndex;
        key[size] = memberKey;
        flags[size] = (byte) ((number ? NUMBER : 0) | (decodable ? DECODABLE : 0) | (group ? GROUP : 0));
        size++;
    }

    /** A top-level scalar ({@code $}), made a view at once: rare, and its path has no container. */
    void addRoot(View view) {
        if (size == from.length) {
            grow();
        }
        views[size] = view;
        arrays[size] = view.array();
        from[size] = view.offset();
        to[size] = view.offset() + view.length();
        shape[size] = -1;
        key[size] = view.key();
        flags[size] = (byte) (DECODABLE | GROUP); // handled as an ordinary view everywhere
        size++;
    }

    /** The unread rest of a malformed document ({@link JsonDecoder}): decodable, in no group. */
    void addRest(View view) {
        addRoot(view);
        flags[size - 1] = (byte) DECODABLE;
    }

    private void grow() {
        int n = from.length * 2;
        arrays = Arrays.copyOf(arrays, n);
        from = Arrays.copyOf(from, n);
        to = Arrays.copyOf(to, n);
        shape = Arrays.copyOf(shape, n);
        index = Arrays.copyOf(index, n);
        prefix = Arrays.copyOf(prefix, n);
        field = Arrays.copyOf(field, n);
        key = Arrays.copyOf(key, n);
        flags = Arrays.copyOf(flags, n);
        views = Arrays.copyOf(views, n);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public View get(int i) {
        View v = views[i];
        if (v == null) {
            v = doc.memberSlice(arrays[i], from[i], to[i], prefix[i], field[i], index[i], encoding, key[i],
                    (flags[i] & NUMBER) != 0, shape[i], docIsText && arrays[i] == doc.array());
            views[i] = v;
        }
        return v;
    }

    /** The document the leaves came from. */
    public View document() {
        return doc;
    }

    /** True when a decoder may open leaf {@code i}: the walker gives it a view and the decoders. */
    public boolean decodable(int i) {
        return (flags[i] & DECODABLE) != 0;
    }

    /** The leaves a group detector wants, as views, in document order. */
    public List<View> groupMembers() {
        List<View> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if ((flags[i] & GROUP) != 0) {
                members.add(get(i));
            }
        }
        return members;
    }

    /** Leaf {@code i} as a {@link Value} read in place, through {@code cursor} (reused: one per walk). */
    public Value at(int i, Cursor cursor) {
        cursor.leaves = this;
        cursor.i = i;
        cursor.text = null;
        return views[i] != null ? views[i] : cursor;
    }

    /**
     * A reusable window onto one leaf: the detectors read its bytes, key and shape in place; {@link #view()}
     * makes (once) the leaf's view for a hit.
     */
    public static final class Cursor extends ShapedValue {
        private DocumentLeaves leaves;
        private int i;
        private String text;

        @Override
        public byte[] array() {
            return leaves.arrays[i];
        }

        @Override
        public int offset() {
            return leaves.from[i];
        }

        @Override
        public int length() {
            return leaves.to[i] - leaves.from[i];
        }

        @Override
        public String key() {
            return leaves.key[i];
        }

        @Override
        public boolean isText() {
            int s = shape();
            if (leaves.docIsText && leaves.arrays[i] == leaves.doc.array() && s >= 0) {
                return length() > 0 && !ByteShape.has(s, ByteShape.CONTROL);
            }
            return TextCheck.isText(array(), offset(), length());
        }

        @Override
        public String text() {
            if (text == null) {
                text = new String(array(), offset(), length(), java.nio.charset.StandardCharsets.UTF_8);
            }
            return text;
        }

        @Override
        int shape() {
            int s = leaves.shape[i];
            if (s < 0) {
                s = ByteShape.of(array(), offset(), offset() + length());
                leaves.shape[i] = s;
            }
            return s;
        }

        @Override
        public View view() {
            return leaves.get(i);
        }
    }
}
