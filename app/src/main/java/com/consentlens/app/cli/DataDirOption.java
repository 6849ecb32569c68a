package com.consentlens.app.cli;

import com.consentlens.app.DataDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by every command that touches state. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "State directory (default: $CONSENTLENS_HOME or ~/.consentlens).")
    Path dataDir;

    public DataDirectory resolve() {
        return DataDirectory.resolve(dataDir);
    }
}
