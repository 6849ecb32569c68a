package com.consentlens.evidence.session;

/**
 * One change to a session's evidence that a reviewer must be able to see: who did what, when, and why.
 * A marker move records the marker, its old and new time and the reason; every verdict was recomputed
 * after it. {@code action} is {@code marker-moved} or {@code profile-changed}; times not involved are 0.
 */
public record AuditEntry(long id, long timeMillis, String actor, String action, long markerId,
                         long oldTimeMillis, long newTimeMillis, String reason) {
}
