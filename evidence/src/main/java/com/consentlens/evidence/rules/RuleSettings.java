package com.consentlens.evidence.rules;

/**
 * Tunable thresholds of the rule engine, stored with each session so that a reopened session judges the
 * same way.
 *
 * <p>OVER_FREQUENCY (337号 超频次): a finding breaks the rule when the same receiver (its SDK, or its host
 * when no SDK is known) has received the same data type in <em>more than</em>
 * {@code overFrequencyThreshold} exchanges within the {@code overFrequencyWindowMillis} ending at the
 * finding. The default, more than 10 times in 60 s, is far above what a legitimate heartbeat or session
 * start needs (SDKs typically report once per launch or per few minutes) while catching the per-second
 * polling that MIIT enforcement notices cite.
 */
public record RuleSettings(int overFrequencyThreshold, long overFrequencyWindowMillis) {
    public static final RuleSettings DEFAULTS = new RuleSettings(10, 60_000);

    public RuleSettings {
        if (overFrequencyThreshold < 1) {
            throw new IllegalArgumentException("overFrequencyThreshold must be at least 1, got "
                    + overFrequencyThreshold);
        }
        if (overFrequencyWindowMillis < 1) {
            throw new IllegalArgumentException("overFrequencyWindowMillis must be positive, got "
                    + overFrequencyWindowMillis);
        }
    }
}
