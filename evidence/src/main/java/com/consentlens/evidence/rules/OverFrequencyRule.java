package com.consentlens.evidence.rules;

import com.consentlens.model.Finding;
import com.consentlens.model.Violation;

/** 337号 (二) 超频次: the same receiver got the same data type in more exchanges within the window than {@link RuleSettings#overFrequencyThreshold()} allows; every finding beyond the threshold carries it. */
public final class OverFrequencyRule implements Rule {
    @Override
    public Violation violation() {
        return Violation.OVER_FREQUENCY;
    }

    @Override
    public boolean isBrokenBy(Finding finding, Situation situation) {
        return situation.recentSends() > situation.settings().overFrequencyThreshold();
    }
}
