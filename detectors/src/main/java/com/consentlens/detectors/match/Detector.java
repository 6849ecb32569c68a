package com.consentlens.detectors.match;

import com.consentlens.detectors.decode.View;

import java.util.List;
import java.util.function.Consumer;

/**
 * A detector looks at the views the walker produces and reports {@link Hit}s. Leaf detectors see single
 * values; group detectors see the children of one structured view together (sibling lat/lng keys, the
 * entries of an app list). Implementations are immutable and shared by all worker threads.
 */
public interface Detector {
    default void leaf(View view, Consumer<Hit> hits) {
    }

    default void group(View parent, List<View> children, Consumer<Hit> hits) {
    }
}
