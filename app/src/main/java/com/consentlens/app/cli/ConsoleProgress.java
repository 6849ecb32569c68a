package com.consentlens.app.cli;

import com.consentlens.evidence.pkg.ExportProgress;

/** Export progress on one terminal line, rewritten in place. */
enum ConsoleProgress implements ExportProgress {
    INSTANCE;

    @Override
    public void progress(long done, long total, String phase) {
        String of = total > 0 ? String.format("%d/%d (%d%%)", done, total, done * 100 / Math.max(1, total)) : String.valueOf(done);
        System.out.print("\rexporting " + phase + ": " + of + "        ");
        System.out.flush();
    }
}
