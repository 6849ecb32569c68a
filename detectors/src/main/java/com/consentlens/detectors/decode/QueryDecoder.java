package com.consentlens.detectors.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * The request URL, or a URL an SDK put into a value (a click or tracking link in a JSON field, a redirect
 * target in a form, a {@code Referer} header): each query parameter ({@code query.NAME}) and each path segment ({@code url-path[i]});
 * a URL in a value also keeps its fragment ({@code url-fragment}), where single-page links carry parameters.
 */
public final class QueryDecoder implements Decoder {
    @Override
    public String name() {
        return "query";
    }

    @Override
    public boolean applies(View view) {
        View.Kind kind = view.kind();
        return kind == View.Kind.URL || (kind == View.Kind.VALUE || kind == View.Kind.HEADER)
                && urlWithQuery(view.array(), view.offset(), view.offset() + view.length())
                && ByteShape.has(view.shape(), ByteShape.EQUALS) && view.isText();
    }

    /** {@code http://} or {@code https://} (any case) at the start, then a {@code '?'} somewhere. */
    static boolean urlWithQuery(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 12 || (b[from] | 0x20) != 'h' || (b[from + 1] | 0x20) != 't' || (b[from + 2] | 0x20) != 't'
                || (b[from + 3] | 0x20) != 'p') {
            return false;
        }
        int i = from + 4;
        if ((b[i] | 0x20) == 's') {
            i++;
        }
        if (b[i] != ':' || b[i + 1] != '/' || b[i + 2] != '/') {
            return false;
        }
        for (int j = i + 3; j < to; j++) {
            if (b[j] == '?') {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean structural() {
        return true;
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        String url = view.text().strip();
        int hash = url.indexOf('#');
        String fragment = "";
        if (hash >= 0) {
            fragment = url.substring(hash + 1);
            url = url.substring(0, hash);
        }
        int q = url.indexOf('?');
        String pathPart = q >= 0 ? url.substring(0, q) : url;
        int scheme = pathPart.indexOf("://");
        int slash = pathPart.indexOf('/', scheme >= 0 ? scheme + 3 : 0);
        List<View> out = new ArrayList<>();
        if (slash >= 0) {
            String[] segments = pathPart.substring(slash + 1).split("/");
            for (int i = 0; i < segments.length; i++) {
                if (!segments[i].isEmpty()) {
                    out.add(view.child(Percent.decode(segments[i], false), "url-path[" + i + "]", "url-path",
                            "url-path"));
                }
            }
        }
        if (q >= 0) {
            FormDecoder.pairs(url.substring(q + 1), (name, value) ->
                    out.add(view.child(value, "query." + name, "query", name)));
        }
        if (!fragment.isEmpty() && view.kind() != View.Kind.URL) {
            out.add(view.child(fragment.getBytes(java.nio.charset.StandardCharsets.UTF_8), "url-fragment", "url-fragment",
                    "url-fragment"));
        }
        return out;
    }
}
