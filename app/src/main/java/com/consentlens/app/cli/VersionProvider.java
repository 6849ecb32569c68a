package com.consentlens.app.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "dev" when run from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"consentlens " + version()};
    }
}
