package com.consentlens.app.cli;

import com.consentlens.app.UsageException;
import com.consentlens.certs.CertificateAuthority;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code consentlens ca export|info}: the per-install CA's public certificate, for installing on the phone.
 * The private key never leaves {@code ca/}.
 */
@Command(name = "ca", mixinStandardHelpOptions = true,
        description = {"Export or describe this install's CA certificate (the private key is never exported).",
                "导出或查看本机 CA 证书（私钥不会导出）。"},
        subcommands = {CaCommand.Export.class, CaCommand.Info.class})
public final class CaCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose 'ca export' or 'ca info'");
    }

    static CertificateAuthority load(DataDirOption dataDir) {
        return CertificateAuthority.loadOrCreate(dataDir.resolve().ensureWritable().caDir());
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the CA certificate as PEM (default), DER, or Android's system-store file.")
    static final class Export implements Runnable {
        @Mixin DataDirOption dataDir;
        @Option(names = "--der", description = "DER instead of PEM.") boolean der;
        @Option(names = "--android-system",
                description = "PEM named <subject_hash_old>.0, for /system/etc/security/cacerts on rooted phones.")
        boolean androidSystem;
        @Option(names = "--out", paramLabel = "FILE",
                description = "Output file (a directory with --android-system); default: standard output "
                        + "for PEM, required for DER.")
        Path out;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            if (der && androidSystem) {
                throw new UsageException("--der and --android-system cannot be combined");
            }
            CertificateAuthority ca = load(dataDir);
            byte[] bytes = der ? ca.toDer() : ca.toPem().getBytes(StandardCharsets.US_ASCII);
            Path target = out;
            if (androidSystem) {
                String name = ca.subjectHashOld() + ".0";
                target = out == null ? Path.of(name) : (Files.isDirectory(out) ? out.resolve(name) : out);
            }
            if (target == null) {
                if (der) {
                    throw new UsageException("--der writes binary: give --out FILE");
                }
                PrintWriter w = spec.commandLine().getOut();
                w.print(new String(bytes, StandardCharsets.US_ASCII));
                w.flush();
                return;
            }
            try {
                Files.write(target, bytes);
            } catch (IOException e) {
                throw new UsageException("cannot write " + target + ": " + e.getMessage(), e);
            }
            spec.commandLine().getOut().println(target.toAbsolutePath());
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Fingerprint, validity and path of the CA.")
    static final class Info implements Runnable {
        @Mixin DataDirOption dataDir;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            CertificateAuthority ca = load(dataDir);
            DateTimeFormatter f = DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC);
            PrintWriter w = spec.commandLine().getOut();
            w.println("subject:      " + ca.certificate().getSubjectX500Principal().getName());
            w.println("sha256:       " + ca.sha256Fingerprint());
            w.println("valid from:   " + f.format(ca.notBefore()));
            w.println("valid until:  " + f.format(ca.notAfter()));
            w.println("certificate:  " + ca.certificatePath());
            w.println("android file: " + ca.subjectHashOld() + ".0");
            w.flush();
        }
    }
}
