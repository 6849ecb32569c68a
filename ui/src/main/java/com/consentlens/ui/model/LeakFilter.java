package com.consentlens.ui.model;

import com.consentlens.model.Finding;
import com.consentlens.model.Phase;
import com.consentlens.model.PiiType;
import com.consentlens.model.Violation;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The leaks table's filter: each dimension is either null (any) or the one value to keep; {@code text} matches
 * host, URL, path, SDK name/id, encoding steps and the masked value, case-insensitively. The separate
 * {@code matches…} methods let the table count how many leaks each filter alone keeps.
 */
public record LeakFilter(Phase phase, String sdkId, PiiType pii, Violation violation, String text)
        implements Predicate<Finding> {
    /** The id under which findings without a catalog SDK are grouped. */
    public static final String UNKNOWN_SDK = "";
    public static final LeakFilter ALL = new LeakFilter(null, null, null, null, "");

    public LeakFilter {
        text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(Finding f) {
        return matchesPhase(f) && matchesSdk(f) && matchesPii(f) && matchesViolation(f) && matchesText(f);
    }

    public boolean matchesPhase(Finding f) {
        return phase == null || phase == f.phase();
    }

    public boolean matchesSdk(Finding f) {
        return sdkId == null || sdkId.equals(sdkIdOf(f));
    }

    public boolean matchesPii(Finding f) {
        return pii == null || pii == f.pii();
    }

    public boolean matchesViolation(Finding f) {
        return violation == null || f.violations().contains(violation);
    }

    public boolean matchesText(Finding f) {
        if (text.isEmpty()) {
            return true;
        }
        StringBuilder hay = new StringBuilder(f.host()).append('\n').append(f.url()).append('\n').append(f.path())
                .append('\n').append(String.join(",", f.encoding())).append('\n').append(f.maskedValue())
                .append('\n').append(f.pii().name());
        if (f.sdk() != null) {
            hay.append('\n').append(f.sdk().id()).append('\n').append(f.sdk().name()).append('\n')
                    .append(f.sdk().nameZh()).append('\n').append(f.sdk().vendor());
        }
        return hay.toString().toLowerCase(Locale.ROOT).contains(text);
    }

    public static String sdkIdOf(Finding f) {
        return f.sdk() == null ? UNKNOWN_SDK : f.sdk().id();
    }
}
