package com.consentlens.evidence.pkg;

/**
 * Progress of an export as it streams, and the caller's way to cancel it. Called on the exporting thread;
 * a UI posts the numbers to its own thread. {@code total} is -1 when the source cannot count in advance.
 */
public interface ExportProgress {
    ExportProgress NONE = (done, total, phase) -> { };

    void progress(long done, long total, String phase);

    /** Polled between items; once true the export stops and leaves no file behind. */
    default boolean isCancelled() {
        return false;
    }
}
