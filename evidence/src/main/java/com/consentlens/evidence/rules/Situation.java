package com.consentlens.evidence.rules;

import com.consentlens.model.AppProfile;
import com.consentlens.model.Phase;

/**
 * What was true when a finding happened, as the rules need it: the consent phase, whether the app was in
 * the background, how many exchanges to the same receiver carried the same data type within the frequency
 * window (this one included), and the app under test.
 */
public record Situation(Phase phase, boolean inBackground, int recentSends, AppProfile app,
                        RuleSettings settings) {
}
