package com.consentlens.evidence.rules;

import com.consentlens.model.Finding;
import com.consentlens.model.Violation;

/** 164号文: personal data sent while the tester had marked the app as in the background. */
public final class BackgroundCollectionRule implements Rule {
    @Override
    public Violation violation() {
        return Violation.BACKGROUND_COLLECTION;
    }

    @Override
    public boolean isBrokenBy(Finding finding, Situation situation) {
        return situation.inBackground();
    }
}
