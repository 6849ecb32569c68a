package com.consentlens.detectors;

import com.consentlens.detectors.decode.DecodeContext;
import com.consentlens.detectors.decode.ExchangeViews;
import com.consentlens.detectors.decode.View;
import com.consentlens.detectors.decode.ViewWalker;
import com.consentlens.model.DecodedNode;
import com.consentlens.model.Exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole request decoded as a tree, for a tester to browse: the URL, headers, cookies and body, and under
 * each what the decoders made of it (form fields, base64 and gzip layers, JSON members…), with the walk's
 * own decoders and limits. Bounded for a window: at most {@link #MAX_NODES} nodes and
 * {@link #MAX_TEXT_BYTES} of text per node; a tree cut at the bound ends in a node saying so.
 */
public final class DecodedTree {
    static final int MAX_NODES = 5_000;
    static final int MAX_TEXT_BYTES = 64 * 1024;

    private DecodedTree() {
    }

    public static List<DecodedNode> of(Exchange exchange) {
        ViewWalker walker = ViewWalker.standard();
        DecodeContext context = new DecodeContext(DetectionLimits.DEFAULT);
        int[] left = {MAX_NODES};
        List<DecodedNode> roots = new ArrayList<>();
        for (View root : ExchangeViews.of(exchange)) {
            if (left[0] <= 0) {
                roots.add(cut());
                break;
            }
            roots.add(node(walker, context, root, null, left));
        }
        return roots;
    }

    private static DecodedNode node(ViewWalker walker, DecodeContext context, View view, View parent, int[] left) {
        left[0]--;
        List<DecodedNode> children = new ArrayList<>();
        for (View child : walker.children(view, context)) {
            if (left[0] <= 0) {
                children.add(cut());
                break;
            }
            children.add(node(walker, context, child, view, left));
        }
        String step = parent == null ? view.where().wireName() : DecodedTrail.added(parent.encoding(), view.encoding());
        return new DecodedNode(step, view.path(), view.length(), text(view), children);
    }

    private static DecodedNode cut() {
        return new DecodedNode("…", "", 0, "(more decoded parts than a window shows: " + MAX_NODES + ")", List.of());
    }

    private static String text(View v) {
        if (!v.isText()) {
            return null;
        }
        return new String(v.array(), v.offset(), Math.min(v.length(), MAX_TEXT_BYTES), StandardCharsets.UTF_8);
    }
}
