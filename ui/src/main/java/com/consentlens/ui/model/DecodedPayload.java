package com.consentlens.ui.model;

import com.consentlens.model.DecodedLayer;
import com.consentlens.model.Finding;
import java.util.List;

/**
 * The "Decoded" tab of the detail pane: the layers from the wire to the selected leak ({@link DecodedLayer},
 * e.g. body → form → base64 → gzip → JSON member) and, in full, the innermost readable layer that holds the
 * leak, with the matched text highlighted. A Sensors {@code data_list} is a base64 blob on the wire; here the
 * tester reads the event batch it carried, with the OAID marked.
 *
 * @param layers      every layer, the wire part first
 * @param shown       the index of the layer whose text is shown, or -1 when none is readable
 * @param text        the shown layer's text (re-indented when it is JSON), split around the matches
 * @param highlighted true when something was found to highlight
 */
public record DecodedPayload(List<DecodedLayer> layers, int shown, List<DetailContent.Segment> text,
                             boolean highlighted) {
    public static final DecodedPayload NONE = new DecodedPayload(List.of(), -1, List.of(), false);

    public DecodedPayload {
        layers = List.copyOf(layers);
        text = List.copyOf(text);
    }

    public static DecodedPayload of(List<DecodedLayer> layers, Finding f) {
        if (layers.isEmpty() || f == null) {
            return NONE;
        }
        int shown = DecodedLayer.readableHolder(layers, f.matchedText());
        if (shown < 0) {
            return new DecodedPayload(layers, -1, List.of(), false);
        }
        String raw = layers.get(shown).text();
        raw = raw.length() > DetailContent.MAX_TEXT ? raw.substring(0, DetailContent.MAX_TEXT) + "\n…" : raw;
        String pretty = JsonPretty.format(raw);
        String text = pretty != null ? pretty : raw;
        List<DetailContent.Segment> segments = DetailContent.highlight(text, f.matchedText());
        if (segments.stream().noneMatch(DetailContent.Segment::match)) {
            // not literal here (a location's sibling keys, a list): mark the leak's own layer if it shows
            String leaf = layers.get(layers.size() - 1).text();
            if (leaf != null && shown != layers.size() - 1 && !leaf.isBlank()) {
                segments = DetailContent.highlight(text, leaf);
            }
        }
        return new DecodedPayload(layers, shown, segments, segments.stream().anyMatch(DetailContent.Segment::match));
    }
}
