package com.consentlens.detectors.decode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Applies the decoders recursively, depth first, from the root views of an exchange down to its leaves. A
 * view that a structural decoder split (a JSON document, a form) is reported as a group of its children; a
 * view that nothing split is a leaf, scanned by the matchers, even when a re-encoding decoder (base64, gzip)
 * also produced a child from it — an identifier may be sent base64-encoded as a variant of itself.
 */
public final class ViewWalker {
    private static final Logger LOG = LoggerFactory.getLogger(ViewWalker.class);

    /** Receives what the walk finds; implemented by the detection engine. */
    public interface Sink {
        /** A value nothing split: a view, or a leaf of a document read in place ({@link DocumentLeaves}). */
        void leaf(Value value);

        void group(View parent, List<View> children);
    }

    private final List<Decoder> decoders;
    /** True for {@link #standard()}: {@link #mayDecode} holds for exactly its decoders. */
    private final boolean standardGate;

    public ViewWalker(List<Decoder> decoders) {
        this(decoders, false);
    }

    private ViewWalker(List<Decoder> decoders, boolean standardGate) {
        this.decoders = List.copyOf(decoders);
        this.standardGate = standardGate;
    }

    /** The decoders in the order they are tried: compression first, then documents, then re-encodings. */
    public static ViewWalker standard() {
        return new ViewWalker(List.of(new GzipDecoder(), new ZstdDecoder(), new BrotliDecoder(),
                new WrappedGzipDecoder(), new Latin1Decoder(),
                new QueryDecoder(), new MultipartDecoder(), new JsonDecoder(), new XmlDecoder(), new FormDecoder(),
                new KeyValueDecoder(), new JwtDecoder(), new PercentDecoder(), new PangleMessageDecoder(),
                new HexDecoder(), new Base64Decoder(), new KuaishouCipherDecoder(), new MtaCipherDecoder(),
                new AlibabaCipherDecoder(), new BaiduSecretDecoder(), new ByteDanceCipherDecoder(),
                new RawDeflateSniffer(), new ThriftDecoder(), new JceDecoder(), new ProtobufDecoder()), true);
    }

    /**
     * A necessary condition for any {@linkplain #standard() standard} decoder to apply to a value, read from
     * the view's {@link ByteShape} and first bytes: most values of a document (names, numbers, prices,
     * timestamps, UUIDs, URLs) fail it, and skip every decoder's {@code applies} call. Roots (URL, headers, the
     * body) and values with a declared type always go to the decoders. For a text value: gzip/zlib/zstd
     * magic, a JSON start, an {@code '='} (forms), a {@code '%'} (percent-encoding), a JWT start ({@code eyJ} or {@code Bearer}), or all bytes
     * from the hex or base64 alphabet at their minimum lengths. Binary values (protobuf, compressed) always
     * qualify. {@code ViewWalkerGateTest} checks this against every decoder's own {@code applies}.
     */
    static boolean mayDecode(View v) {
        if (v.kind() != View.Kind.VALUE && v.kind() != View.Kind.NUMBER || !v.contentType().isEmpty()
                || !v.contentEncoding().isEmpty() || !v.isText()) {
            return true;
        }
        // The first bytes decide for documents before the whole value is measured (a JSON body can be large).
        return startsLikeEncoding(v.array(), v.offset(), v.length())
                || shapeLikeEncoding(v.array(), v.offset(), v.length(), v.shape(), true);
    }

    /**
     * {@link #mayDecode} for a text value {@code b[o, o + n)} of {@link ByteShape} {@code shape};
     * {@code mayBreakLines} false for bytes that cannot hold a line break (a JSON string read in place).
     */
    static boolean mayDecodeText(byte[] b, int o, int n, int shape, boolean mayBreakLines) {
        return startsLikeEncoding(b, o, n) || shapeLikeEncoding(b, o, n, shape, mayBreakLines);
    }

    /** A zlib header, or a JSON, XML or JWT start ({@code {}, {@code [}, {@code <}, {@code eyJ…}, {@code Bearer eyJ…}). */
    private static boolean startsLikeEncoding(byte[] b, int o, int n) {
        if (n >= 6 && TextCheck.isZlib(b[o], b[o + 1])) {
            return true;
        }
        int first = JsonScanner.hasBom(b, o, o + n) ? o + 3 : o;
        while (first < o + n && (b[first] == ' ' || b[first] == '\n' || b[first] == '\r' || b[first] == '\t')) {
            first++;
        }
        return first < o + n && (b[first] == '{' || b[first] == '[' || b[first] == '<' || b[first] == 'e'
                || b[first] == 'b' || b[first] == 'B');
    }

    /**
     * A form's or a pair list's {@code '='}, a {@code '%'}, a {@code ':'} on lines of their own ({@code name:
     * value} pairs) or in a one-line {@code name:value} list, or all bytes from the hex or base64 alphabet at
     * their minimum lengths.
     */
    private static boolean shapeLikeEncoding(byte[] b, int o, int n, int shape, boolean mayBreakLines) {
        boolean nonHex = ByteShape.has(shape, ByteShape.NON_HEX);
        // base64 wants a byte outside hex (else it is a digest or an ID) and no UUID; hex wants a letter.
        return ByteShape.has(shape, ByteShape.EQUALS) || ByteShape.hasPercent(shape)
                || n >= 16 && !nonHex && (ByteShape.has(shape, ByteShape.NON_DIGIT) || n >= HexDecoder.MIN_DIGITS_ONLY)
                || n >= 12 && !ByteShape.has(shape, ByteShape.NON_BASE64) && nonHex && !uuid(b, o, n)
                || ByteShape.has(shape, ByteShape.SEPARATOR) && (mayBreakLines && KeyValueDecoder.hasLineBreak(b, o, n)
                        || ByteShape.hasListSeparator(shape) && KeyValueDecoder.colonList(b, o, n));
    }

    /** Exactly a 36-byte UUID (the base64 decoder's own exclusion, which sees the value trimmed). */
    private static boolean uuid(byte[] b, int o, int n) {
        return n == 36 && b[o + 8] == '-' && b[o + 13] == '-' && b[o + 18] == '-' && b[o + 23] == '-'
                && b[o + 35] != ' ' && b[o + 35] != '\n' && b[o + 35] != '\r';
    }

    public void walk(List<View> roots, DecodeContext context, Sink sink) {
        Deque<Object> stack = new ArrayDeque<>(); // views, and the rest of a document's leaves (Pending)
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        int budget = context.limits().maxViews();
        int maxDepth = context.limits().maxDepth();
        DocumentLeaves.Cursor cursor = new DocumentLeaves.Cursor();
        while (!stack.isEmpty()) {
            Object next = stack.pop();
            if (next instanceof Pending pending) {
                // A document's leaves in order, in place, until one needs a view for the decoders; then that
                // view goes first (with everything decoded from it) and the rest waits on the stack.
                DocumentLeaves leaves = pending.leaves;
                boolean deep = leaves.document().depth() + 1 >= maxDepth;
                for (int i = pending.next; i < leaves.size(); i++) {
                    if (leaves.decodable(i)) {
                        if (i + 1 < leaves.size()) {
                            pending.next = i + 1;
                            stack.push(pending);
                        }
                        stack.push(leaves.get(i));
                        break;
                    }
                    if (--budget < 0) {
                        context.hit("views");
                        return;
                    }
                    if (deep) {
                        context.hit("depth");
                    }
                    sink.leaf(leaves.at(i, cursor));
                }
                continue;
            }
            View view = (View) next;
            if (--budget < 0) {
                context.hit("views");
                return;
            }
            boolean split = false;
            if (view.depth() >= maxDepth) {
                context.hit("depth");
            } else if (view.length() >= 3 && view.kind() != View.Kind.NUMBER && context.budgetLeft()
                    && (!standardGate || mayDecode(view))) {
                split = expand(view, context, sink, stack);
            }
            budget -= context.takeSkipped();
            if (budget < 0) {
                context.hit("views");
                return;
            }
            if (!split) {
                sink.leaf(view);
            }
        }
    }

    /** The leaves of a document still to be walked, from {@code next}. */
    private static final class Pending {
        final DocumentLeaves leaves;
        int next;

        Pending(DocumentLeaves leaves) {
            this.leaves = leaves;
        }
    }

    /** True when the view was fully represented by its children and is not itself a leaf. */
    private boolean expand(View view, DecodeContext context, Sink sink, Deque<Object> stack) {
        return decodeEach(view, context, (decoder, children) -> {
            if (children instanceof DocumentLeaves leaves) {
                stack.push(new Pending(leaves));
                sink.group(view, leaves.groupMembers());
                return;
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
            if (decoder.structural()) {
                sink.group(view, children);
            }
        });
    }

    /** Receives the children one decoder made of a view. */
    private interface Decoded {
        void accept(Decoder decoder, List<View> children);
    }

    /**
     * Runs the decoders on {@code view} in order and hands each non-empty result to {@code out}: all of
     * them, until a structural decoder (a document, a form) split the view, or an exclusive one (compressed,
     * binary) represented it. True when the view is fully represented by its children and is not a leaf.
     */
    private boolean decodeEach(View view, DecodeContext context, Decoded out) {
        for (Decoder d : decoders) {
            List<View> children;
            try {
                if (!d.applies(view)) {
                    continue;
                }
                children = d.decode(view, context);
            } catch (java.io.IOException e) {
                LOG.debug("decoder {} skipped {}: {}", d.name(), view, e.toString());
                continue;
            } catch (Exception | StackOverflowError e) {
                LOG.warn("decoder {} failed on {}", d.name(), view, e);
                context.fault(d.name(), e);
                continue;
            }
            if (children.isEmpty() && !(children instanceof DocumentLeaves)) {
                continue; // a document whose leaves nobody wants was still read: it is not a leaf
            }
            out.accept(d, children);
            if (children instanceof DocumentLeaves || d.structural()) {
                return true;
            }
            if (d.exclusive()) {
                // Compressed or binary bytes are fully represented by their decoded child; a text view
                // (base64, hex) stays a leaf because the encoded text may itself be a variant of a value.
                return !view.isText();
            }
        }
        return false;
    }

    /**
     * Everything the decoders make of {@code view}, as the walk would decode it (nothing past the depth or
     * decoded-bytes limits): the children of every decoder that applies, in the walk's order.
     */
    public List<View> children(View view, DecodeContext context) {
        if (view.depth() >= context.limits().maxDepth() || view.length() < 3 || view.kind() == View.Kind.NUMBER
                || !context.budgetLeft()) {
            return List.of();
        }
        List<View> next = new java.util.ArrayList<>();
        decodeEach(view, context, (decoder, children) -> next.addAll(children));
        return next;
    }

    /**
     * The views from a root down to the one {@code score} rates highest (above 0), decoded as the walk
     * decodes them but following only the views {@code leads} accepts: how a finding's bytes were reached,
     * layer by layer, for the detail pane. Empty when no view scores. Bounded by the context's limits.
     */
    public List<View> trail(List<View> roots, DecodeContext context, java.util.function.Predicate<View> leads,
                            java.util.function.ToIntFunction<View> score) {
        Trail trail = new Trail(context, leads, score);
        for (View root : roots) {
            if (leads.test(root)) {
                trail.follow(new java.util.ArrayList<>(List.of(root)));
            }
        }
        return trail.best;
    }

    /** The search behind {@link #trail}: the best path so far, and the views it may still visit. */
    private final class Trail {
        final DecodeContext context;
        final java.util.function.Predicate<View> leads;
        final java.util.function.ToIntFunction<View> score;
        final List<View> best = new java.util.ArrayList<>();
        int bestScore;
        int viewsLeft;

        Trail(DecodeContext context, java.util.function.Predicate<View> leads, java.util.function.ToIntFunction<View> score) {
            this.context = context;
            this.leads = leads;
            this.score = score;
            this.viewsLeft = context.limits().maxViews();
        }

        void follow(List<View> path) {
            View view = path.get(path.size() - 1);
            if (--viewsLeft < 0) {
                context.hit("views");
                return;
            }
            int s = score.applyAsInt(view);
            if (s > bestScore || s == bestScore && s > 0 && path.size() < best.size()) {
                bestScore = s; // on a tie the shorter way wins
                best.clear();
                best.addAll(path);
            }
            for (View child : children(view, context)) {
                if (leads.test(child)) {
                    path.add(child);
                    follow(path);
                    path.remove(path.size() - 1);
                }
            }
        }
    }
}
