package com.consentlens.evidence.rules;

import com.consentlens.model.Finding;
import com.consentlens.model.Phase;
import com.consentlens.model.Violation;

/** 337号 (三) 私自共享给第三方: personal data reaching a third party (an SDK or any host that is not the app's own) before consent. */
public final class ShareBeforeConsentRule implements Rule {
    @Override
    public Violation violation() {
        return Violation.SHARE_BEFORE_CONSENT;
    }

    @Override
    public boolean isBrokenBy(Finding finding, Situation situation) {
        return situation.phase() == Phase.BEFORE_CONSENT && finding.isThirdParty();
    }
}
