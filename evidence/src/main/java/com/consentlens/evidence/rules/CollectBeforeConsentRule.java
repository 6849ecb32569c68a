package com.consentlens.evidence.rules;

import com.consentlens.model.Finding;
import com.consentlens.model.Phase;
import com.consentlens.model.Violation;

/** 337号 (一) 私自收集: any personal data sent anywhere, first or third party, before the user consented. */
public final class CollectBeforeConsentRule implements Rule {
    @Override
    public Violation violation() {
        return Violation.COLLECT_BEFORE_CONSENT;
    }

    @Override
    public boolean isBrokenBy(Finding finding, Situation situation) {
        return situation.phase() == Phase.BEFORE_CONSENT;
    }
}
