package com.consentlens.app.session;

import com.consentlens.model.Finding;
import com.consentlens.model.Violation;
import java.util.stream.Collectors;

/** One finding as one terminal line: data type, match, SDK, where/path, encoding chain, phase, violations. */
public final class FindingLine {
    private FindingLine() {
    }

    public static String format(Finding f) {
        String sdk = f.sdk() == null ? (f.isThirdParty() ? "(unknown third party)" : "(first party)") : f.sdk().id();
        String phase = f.phase() == null ? "" : " " + f.phase().wireName();
        String violations = f.violations().isEmpty() ? ""
                : " " + f.violations().stream().map(Violation::name).collect(Collectors.joining(",", "[", "]"));
        return String.format("LEAK %-10s %-7s %-22s %s %s %s %s%s%s", f.pii(), f.match().wireName(), sdk,
                f.host(), f.where().wireName() + (f.path().isEmpty() ? "" : ":" + f.path()),
                String.join(">", f.encoding()), f.maskedValue(), phase, violations);
    }
}
