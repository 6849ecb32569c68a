package com.consentlens.ui;

/** Progress of an evidence export: {@code done} of {@code total} units in the named phase (may be called off the FX thread). */
@FunctionalInterface
public interface ExportProgressListener {
    void progress(long done, long total, String phase);
}
