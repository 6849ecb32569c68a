package com.consentlens.detectors.decode;

import com.consentlens.model.Where;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One decoded view of (part of) a request: the raw body, a header value, a form field, a JSON string, the
 * gunzipped bytes of a base64 field… Views form a tree rooted at the exchange's URL, headers, cookies and
 * body; each knows {@link #where()} it came from, its structural {@link #path()} and the {@link #encoding()}
 * steps (outermost first) that produced it from the wire bytes.
 *
 * <p><b>Path syntax.</b> A path names structure only, never encodings (those are in {@code encoding}), so
 * the same value reached by two decoding routes has one path. Segments: {@code query.NAME},
 * {@code url-path[i]}, {@code header.NAME} (lower case), {@code cookie.NAME}, {@code form.NAME},
 * {@code multipart.NAME}, {@code $.a.b[0].c} (JSON, keys written as they are), {@code pb.1.3} (protobuf field
 * numbers, nested messages joined by dots), {@code thrift.3.1} (Thrift field ids, the same way). When a value holds a further document (a form field holding
 * base64-gzipped JSON), the inner path is appended after {@code >}:
 * {@code form.data_list>$[0].properties.$device_id}. The request body's own root path is empty.
 *
 * <p>A view belongs to one detection run (one thread); its text is decoded lazily and cached.
 */
public final class View extends ShapedValue {
    /** The view's own bytes; null until first asked for when the view is a slice (see {@link #memberSlice}). */
    private byte[] data;
    /** The array holding the bytes, from {@link #offset} for {@link #length}: {@code data} or a document. */
    private final byte[] source;
    private final int offset;
    private final int length;
    private final Where where;
    /** Null until first asked for when the view was made by {@link #memberSlice} (see there). */
    private String path;
    private String memberPrefix;
    private String memberField;
    private int memberIndex;
    private String memberBase;
    private final List<String> encoding;
    private final String key;
    private final int depth;
    private final String contentType;
    private final String contentEncoding;
    private final Kind kind;
    private String text;
    private String normalizedKey;
    private int textState; // 0 unknown, 1 text, 2 binary
    /** {@link #shape()} packed, or -1 until first asked for. */
    private int shape = -1;

    /** What the view is, for decoders that only apply to one root (the URL) or to bodies. */
    public enum Kind { URL, HEADER, BODY, VALUE, NUMBER }

    public View(byte[] data, Where where, String path, List<String> encoding, String key, int depth,
                String contentType, String contentEncoding, Kind kind) {
        this(data, where, path, encoding instanceof ArrayList ? Collections.unmodifiableList(encoding)
                : List.copyOf(encoding), key, depth, contentType, contentEncoding, kind, true);
    }

    private View(byte[] data, Where where, String path, List<String> encoding, String key, int depth,
                 String contentType, String contentEncoding, Kind kind, boolean trusted) {
        this(data, data, 0, data.length, where, path, encoding, key, depth, contentType, contentEncoding, kind);
    }

    private View(byte[] data, byte[] source, int offset, int length, Where where, String path,
                 List<String> encoding, String key, int depth, String contentType, String contentEncoding,
                 Kind kind) {
        this.data = data;
        this.source = source;
        this.offset = offset;
        this.length = length;
        this.where = where;
        this.path = path == null ? "" : path;
        this.encoding = encoding;
        this.key = key == null ? "" : key;
        this.depth = depth;
        this.contentType = contentType == null ? "" : contentType;
        this.contentEncoding = contentEncoding == null ? "" : contentEncoding;
        this.kind = kind;
    }

    public static View root(byte[] data, Where where, String path, String key, Kind kind, String contentType,
                            String contentEncoding) {
        return new View(data, where, path, List.of(), key, 0, contentType, contentEncoding, kind);
    }

    /**
     * A view derived from this one. {@code localPath} null keeps this path (a re-encoding such as base64);
     * otherwise it is appended after {@code >} (or directly when this path is empty). {@code step} null adds
     * no encoding step.
     */
    public View child(byte[] bytes, String localPath, String step, String childKey) {
        // A re-encoding (base64, gzip) keeps the content type: a gzipped form is still a form.
        return child(bytes, localPath, step, childKey, localPath == null ? contentType : "", "");
    }

    public View child(byte[] bytes, String localPath, String step, String childKey, String type, String enc) {
        String base = path();
        String p = localPath == null ? base : base.isEmpty() ? localPath : base + ">" + localPath;
        List<String> e = encoding;
        if (step != null) {
            e = new ArrayList<>(encoding.size() + 1);
            e.addAll(encoding);
            e.add(step);
        }
        return new View(bytes, where, p, e, childKey == null ? key : childKey, depth + 1, type, enc, Kind.VALUE);
    }

    /** The encoding list of children made by {@code step}: build once, share among all children of a decode. */
    public List<String> encodingWith(String step) {
        List<String> e = new ArrayList<>(encoding.size() + 1);
        e.addAll(encoding);
        e.add(step);
        return Collections.unmodifiableList(e);
    }

    /** A structural child with a precomputed encoding list (see {@link #encodingWith}). */
    public View part(byte[] bytes, String localPath, List<String> childEncoding, String childKey, boolean number) {
        String base = path();
        String p = base.isEmpty() ? localPath : base + ">" + localPath;
        return new View(bytes, where, p, childEncoding, childKey, depth + 1, "", "", number ? Kind.NUMBER : Kind.VALUE,
                true);
    }


    /**
     * Like {@link #part} for a JSON member whose local path is {@code prefix.field} (object member, field
     * non-null) or {@code prefix[index]} (array element), but the path string is only built if someone asks
     * for it (most leaves never produce a finding), and the bytes are {@code source[from, to)} of a larger
     * array (the document):
     * nothing is copied unless someone asks for {@link #data()}. Detectors and gates read the bytes in place
     * through {@link #array()} and {@link #offset()}; most leaves of a batch never need their own copy.
     * {@code knownShape} is the {@link ByteShape} of the bytes when the caller computed it (else -1);
     * {@code knownText} says the source is text, so the slice is text unless it holds a control byte.
     */
    public View memberSlice(byte[] source, int from, int to, String prefix, String field, int index,
                            List<String> childEncoding, String childKey, boolean number, int knownShape,
                            boolean knownText) {
        View v = new View(null, source, from, to - from, where, "", childEncoding, childKey, depth + 1, "", "",
                number ? Kind.NUMBER : Kind.VALUE);
        v.shape = knownShape;
        if (number) {
            v.textState = 1; // a JSON number is ASCII
        } else if (knownText && knownShape >= 0) {
            v.textState = to > from && !ByteShape.has(knownShape, ByteShape.CONTROL) ? 1 : 2;
        }
        v.path = null;
        v.memberPrefix = prefix;
        v.memberField = field;
        v.memberIndex = index;
        v.memberBase = path();
        return v;
    }

    /** Same as {@link #child} but with a fully given path (protobuf nests field numbers in one segment). */
    public View childWithPath(byte[] bytes, String fullPath, String step, String childKey) {
        return childWithPath(bytes, fullPath, step, childKey, "");
    }

    /** {@link #childWithPath} with a content type (a nested Thrift struct names its parent's protocol). */
    public View childWithPath(byte[] bytes, String fullPath, String step, String childKey, String type) {
        View v = child(bytes, null, step, childKey);
        return new View(v.data, where, fullPath, v.encoding, v.key, v.depth, type, "", Kind.VALUE);
    }

    /** The view's bytes as an array of exactly {@link #length()} bytes (copied once for a slice). */
    public byte[] data() {
        if (data == null) {
            data = offset == 0 && length == source.length ? source
                    : java.util.Arrays.copyOfRange(source, offset, offset + length);
        }
        return data;
    }

    /** The array holding the bytes, which are {@code array()[offset(), offset() + length())}; never modify it. */
    @Override
    public byte[] array() {
        return data != null ? data : source;
    }

    /** Where the bytes start in {@link #array()}. */
    @Override
    public int offset() {
        return data != null ? 0 : offset;
    }

    @Override
    public int length() {
        return length;
    }

    public Where where() {
        return where;
    }

    public String path() {
        if (path == null) {
            String local = memberField != null ? memberPrefix + "." + memberField
                    : memberPrefix + "[" + memberIndex + "]";
            path = memberBase.isEmpty() ? local : memberBase + ">" + local;
            memberPrefix = null;
            memberField = null;
            memberBase = null;
        }
        return path;
    }

    public List<String> encoding() {
        return encoding;
    }

    public String lastStep() {
        return encoding.isEmpty() ? "" : encoding.get(encoding.size() - 1);
    }

    /** The nearest field name (JSON key, form field, header or query name) the value sits under. */
    @Override
    public String key() {
        return key;
    }

    /** The key in lower case with letters and digits only ({@code $identity_android_id} → {@code identityandroidid}). */
    public String normalizedKey() {
        if (normalizedKey == null) {
            normalizedKey = NormalizedKeys.of(key);
        }
        return normalizedKey;
    }

    public int depth() {
        return depth;
    }

    public String contentType() {
        return contentType;
    }

    public String contentEncoding() {
        return contentEncoding;
    }

    public Kind kind() {
        return kind;
    }

    /** True when the bytes are valid UTF-8 without control characters other than tab, CR and LF. */
    @Override
    public boolean isText() {
        if (textState == 0) {
            textState = TextCheck.isText(array(), offset(), length) ? 1 : 2;
        }
        return textState == 1;
    }

    @Override
    int shape() {
        if (shape < 0) {
            shape = ByteShape.of(array(), offset(), offset() + length);
        }
        return shape;
    }

    /** True once {@link #shape()} was measured: a gate that can also decide without it need not pay for it. */
    boolean shapeKnown() {
        return shape >= 0;
    }

    /** True when a byte occurs that is none of base64(url)'s alphabet, {@code '='}, space, CR or LF. */
    public boolean hasNonBase64Byte() {
        return ByteShape.has(shape(), ByteShape.NON_BASE64);
    }

    /** True when a byte occurs that is not a hex digit. */
    public boolean hasNonHexByte() {
        return ByteShape.has(shape(), ByteShape.NON_HEX);
    }

    @Override
    public String text() {
        if (text == null) {
            text = new String(array(), offset(), length, StandardCharsets.UTF_8);
        }
        return text;
    }

    @Override
    public View view() {
        return this;
    }

    @Override
    public String toString() {
        return where + ":" + path() + " " + encoding + " (" + length + " bytes)";
    }
}
