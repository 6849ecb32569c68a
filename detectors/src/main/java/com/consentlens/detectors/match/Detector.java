package com.consentlens.detectors.match;

import com.consentlens.detectors.decode.Value;
import com.consentlens.detectors.decode.View;

import java.util.List;
import java.util.function.Consumer;

/**
 * A detector looks at the views the walker produces and reports {@link Hit}s. Leaf detectors see single
 * values; group detectors see the children of one structured view together (sibling lat/lng keys, the
 * entries of an app list). Implementations are immutable and shared by all worker threads.
 */
public interface Detector {
    /** One value: a view, or a document leaf read in place ({@link Value#view()} makes its view for a hit). */
    default void leaf(Value value, Consumer<Hit> hits) {
    }

    default void group(View parent, List<View> children, Consumer<Hit> hits) {
    }

    /**
     * False only when {@link #leaf} cannot report anything from a document leaf {@code bytes[from, to)} under
     * {@code key} with {@code dots} {@code '.'} bytes (capped at 255): a leaf that no detector wants (here or
     * in {@link #wantsInGroup}) and no decoder could open is only counted. A necessary condition: when in
     * doubt, true. {@code LeafInterestTest} holds the detectors to it.
     */
    default boolean wantsLeaf(String key, byte[] bytes, int from, int to, int dots) {
        return true;
    }

    /**
     * False only when {@link #group} cannot use the document leaf: the group detectors see only the leaves
     * some detector wants in a group, in document order. A necessary condition, like {@link #wantsLeaf}.
     */
    default boolean wantsInGroup(String key, byte[] bytes, int from, int to, int dots) {
        return wantsInGroup(groupKeyFacts(key), bytes, from, to, dots);
    }

    /**
     * What {@link #wantsInGroup} needs to know of a field name, as bits of the detector's own choosing
     * (0–255): the engine works them out once per distinct name of a request and asks
     * {@link #wantsInGroup(int, byte[], int, int, int)}, because a batch repeats a dozen names in every event.
     */
    default int groupKeyFacts(String key) {
        return 0;
    }

    /** {@link #wantsInGroup(String, byte[], int, int, int)} given the name's {@link #groupKeyFacts}. */
    default boolean wantsInGroup(int keyFacts, byte[] bytes, int from, int to, int dots) {
        return true;
    }

    /**
     * A length from which {@link #wantsLeaf} is true whatever the leaf (the shortest value the detector
     * always looks at), so the engine can answer for long leaves without asking each detector; 0 for a
     * detector that wants every leaf, {@link Integer#MAX_VALUE} when no length suffices.
     */
    default int wantsEveryLeafFrom() {
        return 0;
    }
}
