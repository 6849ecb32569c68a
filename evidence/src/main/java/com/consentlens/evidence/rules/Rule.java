package com.consentlens.evidence.rules;

import com.consentlens.model.Finding;
import com.consentlens.model.Violation;

/**
 * One MIIT rule a finding can break. Each rule is a small class that looks at one finding in its
 * {@link Situation} and answers yes or no; the rule's citation (zh and en) is the {@link Violation} it
 * returns, so every output shows the same words.
 */
public interface Rule {
    Violation violation();

    boolean isBrokenBy(Finding finding, Situation situation);
}
