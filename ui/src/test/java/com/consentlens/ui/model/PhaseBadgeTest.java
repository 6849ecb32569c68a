package com.consentlens.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.consentlens.model.Phase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhaseBadgeTest {
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "BEFORE_CONSENT, phase-before, true",
            "AFTER_CONSENT, phase-after, false",
            "AFTER_WITHDRAWAL, phase-withdrawn, true",
            "null, phase-pending, false"})
    void of_styleAndAlarm(Phase phase, String styleClass, boolean alarming) {
        PhaseBadge b = PhaseBadge.of(phase);
        assertThat(b.styleClass()).isEqualTo(styleClass);
        assertThat(b.alarming()).isEqualTo(alarming);
    }

    @org.junit.jupiter.api.Test
    void color_beforeConsentIsRed() {
        assertThat(PhaseBadge.of(Phase.BEFORE_CONSENT).color()).isEqualTo("#d1242f");
        assertThat(PhaseBadge.of(Phase.AFTER_CONSENT).color()).isNotEqualTo(PhaseBadge.of(Phase.BEFORE_CONSENT).color());
    }
}
