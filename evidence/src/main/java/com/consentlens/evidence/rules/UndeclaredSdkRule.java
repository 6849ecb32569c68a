package com.consentlens.evidence.rules;

import com.consentlens.model.AppProfile;
import com.consentlens.model.Finding;
import com.consentlens.model.SdkAttribution;
import com.consentlens.model.Violation;

/**
 * 双清单 / 26号文: a third-party SDK received personal data but the app's 第三方共享清单 (its declared SDK
 * list) does not name it.
 *
 * <p>Decisions, all to avoid accusing an app on missing information:
 * <ul>
 *   <li>An app profile that says nothing about the app (no package, no first-party hosts, no declared SDKs)
 *       means the tester has not described the app: the rule stays silent. An app profile with a package but
 *       an empty declared list means the app declares no SDK, so every SDK that receives data is
 *       undeclared.</li>
 *   <li>A third-party host that matches no catalog SDK is not flagged here (it is still shared data, see
 *       SHARE_BEFORE_CONSENT): the rule is about SDK disclosure and there is no SDK to name.</li>
 *   <li>An ambiguous attribution (a host shared by several SDKs of one vendor) is not flagged: we cannot tell
 *       which SDK it was, and the app may declare that one.</li>
 * </ul>
 */
public final class UndeclaredSdkRule implements Rule {
    @Override
    public Violation violation() {
        return Violation.UNDECLARED_SDK;
    }

    @Override
    public boolean isBrokenBy(Finding finding, Situation situation) {
        SdkAttribution sdk = finding.sdk();
        AppProfile app = situation.app();
        if (!finding.isThirdParty() || sdk == null || sdk.ambiguous() || isUndescribed(app)) {
            return false;
        }
        return !app.declares(sdk.id());
    }

    private static boolean isUndescribed(AppProfile app) {
        return app.packageName().isBlank() && app.firstPartyHosts().isEmpty() && app.declaredSdks().isEmpty();
    }
}
