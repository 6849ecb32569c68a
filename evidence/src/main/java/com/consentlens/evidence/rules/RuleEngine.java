package com.consentlens.evidence.rules;

import com.consentlens.model.AppProfile;
import com.consentlens.model.ConsentTimeline;
import com.consentlens.model.Finding;
import com.consentlens.model.Marker;
import com.consentlens.model.Phase;
import com.consentlens.model.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a detected finding into a verdict: its consent phase and the MIIT rules it breaks (design.md §4).
 * The rules are an explicit list of small {@link Rule} classes; the verdict's violations come out in the
 * {@link Violation} enum's order so outputs are stable.
 *
 * <p>A verdict depends on the markers (through a {@link ConsentTimeline}) and on the findings before it
 * (through a {@link FrequencyHistory} that the caller feeds in time order). Moving a marker means judging
 * the session again from its first finding with a fresh history: {@link #judgeAll}.
 *
 * <pre>{@code
 * RuleEngine engine = new RuleEngine(profile.app(), RuleSettings.DEFAULTS);
 * FrequencyHistory history = engine.newHistory();
 * Finding judged = engine.judge(detected, new ConsentTimeline(markers), history);
 * }</pre>
 */
public final class RuleEngine {
    private static final Comparator<Finding> TIME_ORDER =
            Comparator.comparingLong(Finding::timeMillis).thenComparingLong(Finding::id);

    private final AppProfile app;
    private final RuleSettings settings;
    private final List<Rule> rules;

    public RuleEngine(AppProfile app, RuleSettings settings) {
        this.app = app;
        this.settings = settings;
        this.rules = List.of(new CollectBeforeConsentRule(), new ShareBeforeConsentRule(),
                new CollectAfterWithdrawalRule(), new BackgroundCollectionRule(), new OverFrequencyRule(),
                new UndeclaredSdkRule(), new AppListCollectionRule());
    }

    public RuleSettings settings() {
        return settings;
    }

    public FrequencyHistory newHistory() {
        return new FrequencyHistory(settings);
    }

    /** The finding with phase and violations set; records it in {@code history}. */
    public Finding judge(Finding finding, ConsentTimeline timeline, FrequencyHistory history) {
        long t = finding.timeMillis();
        Phase phase = timeline.phaseAt(t);
        Situation situation = new Situation(phase, timeline.inBackgroundAt(t), history.record(finding), app,
                settings);
        Set<Violation> broken = EnumSet.noneOf(Violation.class);
        for (Rule rule : rules) {
            if (rule.isBrokenBy(finding, situation)) {
                broken.add(rule.violation());
            }
        }
        return finding.withVerdict(phase, List.copyOf(broken));
    }

    /** Judges a whole set of findings (for offline analysis and tests), returned in time order. */
    public List<Finding> judgeAll(List<Finding> findings, List<Marker> markers) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(TIME_ORDER);
        ConsentTimeline timeline = new ConsentTimeline(markers);
        FrequencyHistory history = newHistory();
        List<Finding> judged = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            judged.add(judge(f, timeline, history));
        }
        return judged;
    }
}
