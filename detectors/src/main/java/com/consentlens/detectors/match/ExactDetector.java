package com.consentlens.detectors.match;

import com.consentlens.detectors.decode.Value;
import com.consentlens.model.DeviceProfile;
import com.consentlens.model.MatchKind;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds the profile's own values ({@code match: "exact"}): every variant of every value, all searched in one
 * pass per leaf view by a {@link MultiPatternMatcher}. The hit's transforms say which variant matched.
 */
public final class ExactDetector implements Detector {
    private final List<Needle> needles;
    private final MultiPatternMatcher matcher;

    public ExactDetector(DeviceProfile device) {
        this(VariantGenerator.needles(device));
    }

    public ExactDetector(List<Needle> needles) {
        this.needles = List.copyOf(needles);
        this.matcher = new MultiPatternMatcher(this.needles.stream().map(Needle::bytes).toList());
    }

    public int patternCount() {
        return needles.size();
    }

    @Override
    public int wantsEveryLeafFrom() {
        return matcher.minLength();
    }

    @Override
    public boolean wantsLeaf(String key, byte[] bytes, int from, int to, int dots) {
        return to - from >= matcher.minLength();
    }

    @Override
    public boolean wantsInGroup(int keyFacts, byte[] bytes, int from, int to, int dots) {
        return false;
    }

    @Override
    public void leaf(Value value, Consumer<Hit> hits) {
        int from = value.offset();
        if (value.length() < matcher.minLength()) {
            return;
        }
        byte[] data = value.array();
        matcher.find(data, from, from + value.length(), (p, start, end) -> {
            Needle n = needles.get(p);
            hits.accept(new Hit(n.pii(), MatchKind.EXACT, n.value(),
                    new String(data, start, end - start, StandardCharsets.UTF_8), value.view(), n.transforms(), null));
        });
    }
}
