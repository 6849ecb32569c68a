package com.consentlens.detectors.match;

import com.consentlens.detectors.decode.View;
import com.consentlens.model.MatchKind;
import com.consentlens.model.PiiType;

import java.util.List;

/**
 * What a detector recognised in one view, before it becomes a {@link com.consentlens.model.Finding}:
 * {@code transforms} are the value transforms (md5, upper, no-separators…) appended to the view's
 * encoding steps; {@code path} overrides the view's path when the hit covers several views (an app list,
 * a lat/lng pair), else null.
 */
public record Hit(PiiType pii, MatchKind match, String value, String matchedText, View view,
                  List<String> transforms, String path) {
    public Hit {
        transforms = List.copyOf(transforms);
    }

    public static Hit of(PiiType pii, MatchKind match, String value, String matchedText, View view) {
        return new Hit(pii, match, value, matchedText, view, List.of(), null);
    }

    public String effectivePath() {
        return path != null ? path : view.path();
    }
}
