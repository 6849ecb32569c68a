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
        void leaf(View view);

        void group(View parent, List<View> children);
    }

    private final List<Decoder> decoders;

    public ViewWalker(List<Decoder> decoders) {
        this.decoders = List.copyOf(decoders);
    }

    /** The decoders in the order they are tried: compression first, then documents, then re-encodings. */
    public static ViewWalker standard() {
        return new ViewWalker(List.of(new GzipDecoder(), new ZstdDecoder(), new BrotliDecoder(),
                new QueryDecoder(), new MultipartDecoder(), new JsonDecoder(), new FormDecoder(),
                new JwtDecoder(), new HexDecoder(), new Base64Decoder(), new ProtobufDecoder()));
    }

    public void walk(List<View> roots, DecodeContext context, Sink sink) {
        Deque<View> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        int budget = context.limits().maxViews();
        while (!stack.isEmpty()) {
            View view = stack.pop();
            if (--budget < 0) {
                context.hit("views");
                return;
            }
            boolean split = false;
            if (view.depth() >= context.limits().maxDepth()) {
                context.hit("depth");
            } else if (view.length() >= 3 && view.kind() != View.Kind.NUMBER && context.budgetLeft()) {
                split = expand(view, context, sink, stack);
            }
            if (!split) {
                sink.leaf(view);
            }
        }
    }

    /** True when the view was fully represented by its children and is not itself a leaf. */
    private boolean expand(View view, DecodeContext context, Sink sink, Deque<View> stack) {
        for (Decoder d : decoders) {
            List<View> children;
            try {
                if (!d.applies(view)) {
                    continue;
                }
                children = d.decode(view, context);
            } catch (Exception | StackOverflowError e) {
                LOG.debug("decoder {} skipped {}: {}", d.name(), view, e.toString());
                continue;
            }
            if (children.isEmpty()) {
                continue;
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
            if (d.structural()) {
                sink.group(view, children);
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
}
