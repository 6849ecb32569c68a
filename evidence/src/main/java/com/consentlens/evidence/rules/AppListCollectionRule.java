package com.consentlens.evidence.rules;

import com.consentlens.model.Finding;
import com.consentlens.model.PiiType;
import com.consentlens.model.Violation;

/** 337号 (二) 超范围收集: the installed-app list leaving the phone, in any phase. */
public final class AppListCollectionRule implements Rule {
    @Override
    public Violation violation() {
        return Violation.APP_LIST_COLLECTION;
    }

    @Override
    public boolean isBrokenBy(Finding finding, Situation situation) {
        return finding.pii() == PiiType.APP_LIST;
    }
}
