package com.consentlens.app.cli;

import com.consentlens.detectors.SdkCatalog;
import com.consentlens.model.Sdk;
import com.consentlens.model.SdkAttribution;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code consentlens sdk lookup HOST}: which SDK the catalog attributes a host to, with its sources. */
@Command(name = "sdk", mixinStandardHelpOptions = true, description = "Query the SDK catalog.",
        subcommands = SdkCommand.Lookup.class)
public final class SdkCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose 'sdk lookup HOST'");
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = {"Print the SDK a host belongs to (exit 1 when no catalog entry matches).", "查询主机所属的 SDK。"})
    static final class Lookup implements java.util.concurrent.Callable<Integer> {
        @Parameters(paramLabel = "HOST", description = "Host name, e.g. ulogs.umeng.com")
        String host;

        @Override
        public Integer call() {
            SdkCatalog catalog = SdkCatalog.loadDefault();
            String h = host.trim().toLowerCase(java.util.Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("[/:].*$", "");
            Optional<SdkAttribution> hit = catalog.attribute(h);
            if (hit.isEmpty()) {
                System.out.println(h + ": no SDK in the catalog (" + catalog.all().size() + " SDKs)");
                return 1;
            }
            SdkAttribution a = hit.get();
            System.out.println(h);
            System.out.println("  sdk:      " + a.id() + (a.ambiguous() ? "  (vendor level: several SDKs share this host)" : ""));
            System.out.println("  name:     " + a.name() + " / " + a.nameZh());
            System.out.println("  vendor:   " + a.vendor());
            catalog.byId(a.id()).ifPresent(SdkCommand::printDetails);
            return 0;
        }
    }

    static void printDetails(Sdk sdk) {
        System.out.println("  category: " + String.join(", ", sdk.categories()));
        if (!sdk.privacyUrl().isBlank()) {
            System.out.println("  privacy:  " + sdk.privacyUrl());
        }
        System.out.println("  sources:");
        sdk.sources().forEach(s -> System.out.println("    - " + s));
    }
}
