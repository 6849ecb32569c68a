package com.consentlens.evidence.rules;

import com.consentlens.model.Finding;
import com.consentlens.model.Phase;
import com.consentlens.model.Violation;

/** Collection continuing after the user withdrew consent (337号 (一), 164号文 一、1). */
public final class CollectAfterWithdrawalRule implements Rule {
    @Override
    public Violation violation() {
        return Violation.COLLECT_AFTER_WITHDRAWAL;
    }

    @Override
    public boolean isBrokenBy(Finding finding, Situation situation) {
        return situation.phase() == Phase.AFTER_WITHDRAWAL;
    }
}
