package com.consentlens.detectors.decode;

import java.util.ArrayList;
import java.util.List;

/** The request URL: each query parameter ({@code query.NAME}) and each path segment ({@code url-path[i]}). */
public final class QueryDecoder implements Decoder {
    @Override
    public String name() {
        return "query";
    }

    @Override
    public boolean applies(View view) {
        return view.kind() == View.Kind.URL;
    }

    @Override
    public boolean structural() {
        return true;
    }

    @Override
    public List<View> decode(View view, DecodeContext context) {
        String url = view.text();
        int hash = url.indexOf('#');
        if (hash >= 0) {
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
        return out;
    }
}
