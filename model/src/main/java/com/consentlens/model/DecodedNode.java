package com.consentlens.model;

import java.util.List;
import java.util.Objects;

/**
 * One node of a request as the detectors decode it: a wire part (the URL, a header, a cookie, the body) or
 * something decoded from one (a form field, a base64 or gzip layer, a JSON member…), with what was decoded
 * from it. The detail pane's "Structure" tab shows the tree, so a tester can open a base64 blob that no
 * detector flagged and see what is inside, as mitmproxy's content views or Charles' viewers would.
 *
 * @param step     the decoding step that produced the node ({@code gzip}, {@code json}…), or the wire part's
 *                 name ({@code url}, {@code header}, {@code cookie}, {@code body}) for a root; empty for a
 *                 part of the node above that took no step of its own
 * @param path     where in the request the node sits ({@code form.data_list}, {@code $[0].imei})
 * @param length   the node's size in bytes
 * @param text     the node as UTF-8 text (cut at a bound), or null when its bytes are not text
 * @param children what was decoded from the node, in order
 */
public record DecodedNode(String step, String path, int length, String text, List<DecodedNode> children) {
    public DecodedNode {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(path, "path");
        children = List.copyOf(children);
    }
}
