package com.consentlens.detectors;

import com.consentlens.detectors.decode.DecodeContext;
import com.consentlens.detectors.decode.ExchangeViews;
import com.consentlens.detectors.decode.View;
import com.consentlens.detectors.decode.ViewWalker;
import com.consentlens.model.DecodedLayer;
import com.consentlens.model.Exchange;
import com.consentlens.model.Finding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-decodes one request along the way to one of its findings: the wire part, then every layer the walk
 * went through (form field → base64 → gzip → JSON …) down to the place the finding names. A Sensors
 * {@code data_list} is a base64 blob on the wire; its trail ends in the JSON event batch where the OAID
 * sits, which is what a tester needs to see and to quote.
 *
 * <p>The layers are found by the finding's own coordinates ({@code where}, {@code encoding}, {@code path}):
 * only views on that road are decoded, with the same decoders and limits as detection. A finding about a
 * group (a location from sibling keys, an app list) ends at the deepest layer that holds its path.
 */
public final class DecodedTrail {
    /** Text kept per layer: enough to show a large SDK batch, bounded for the window's sake. */
    static final int MAX_TEXT_BYTES = 256 * 1024;

    private DecodedTrail() {
    }

    public static List<DecodedLayer> of(Exchange exchange, Finding finding) {
        return of(exchange, finding, DetectionLimits.DEFAULT);
    }

    public static List<DecodedLayer> of(Exchange exchange, Finding finding, DetectionLimits limits) {
        List<String> steps = finding.encoding();
        String target = finding.path();
        List<View> views = ViewWalker.standard().trail(ExchangeViews.of(exchange), new DecodeContext(limits),
                v -> v.where() == finding.where() && isPrefix(v.encoding(), steps),
                v -> score(v, target, finding.matchedText()));
        List<DecodedLayer> layers = new ArrayList<>(views.size());
        for (int i = 0; i < views.size(); i++) {
            View v = views.get(i);
            String step = i == 0 ? finding.where().wireName() : added(views.get(i - 1).encoding(), v.encoding());
            layers.add(new DecodedLayer(step, v.path(), v.length(), text(v)));
        }
        return layers;
    }

    /**
     * The place itself beats any layer holding it, and a place that holds the matched text beats one that
     * does not (a name repeated in a query or form: {@code ?cuid=…&cuid=…}); among holders the deeper path,
     * then the deeper encoding.
     */
    private static int score(View v, String target, String matched) {
        String p = v.path();
        if (p.equals(target)) {
            return 2_000_000 + (holds(v, matched) ? 1_000_000 : 0) + v.encoding().size();
        }
        boolean holds = p.isEmpty() || target.startsWith(p) && ">.[".indexOf(target.charAt(p.length())) >= 0;
        return holds ? 1 + Math.min(p.length(), 30_000) * 64 + Math.min(v.encoding().size(), 63) : 0;
    }

    /** True when {@code v}'s bytes contain {@code matched}, ASCII letters compared without case. */
    private static boolean holds(View v, String matched) {
        byte[] needle = matched.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        byte[] a = v.array();
        int end = v.offset() + v.length() - needle.length;
        for (int i = v.offset(); i <= end; i++) {
            int j = 0;
            while (j < needle.length && lower(a[i + j]) == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return true;
            }
        }
        return false;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }

    /** The steps {@code to} adds to {@code from} ("" for a part of the same document, such as a nested message). */
    static String added(List<String> from, List<String> to) {
        return to.size() > from.size() ? String.join("+", to.subList(from.size(), to.size())) : "";
    }

    private static boolean isPrefix(List<String> prefix, List<String> list) {
        return prefix.size() <= list.size() && list.subList(0, prefix.size()).equals(prefix);
    }

    private static String text(View v) {
        if (!v.isText()) {
            return null;
        }
        int n = Math.min(v.length(), MAX_TEXT_BYTES);
        return new String(v.array(), v.offset(), n, StandardCharsets.UTF_8);
    }
}
