package com.consentlens.app.cli;

import com.consentlens.app.UsageException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the {@code consentlens} command line (design.md §5). Exit codes: 0 ok; 1 a findings-level
 * failure requested by a flag (or {@code verify} of a changed package); 2 a usage or input error, printed as
 * one line; 70 an internal error.
 */
@Command(name = "consentlens", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Privacy-leak inspector for mobile-app compliance testing.",
                "移动应用个人信息合规检测：拦截代理、泄露检测、SDK 归属、同意时间线与证据包。"},
        subcommands = {RunCommand.class, DemoCommand.class, AnalyzeCommand.class, MarkCommand.class,
                CaCommand.class, SdkCommand.class, ProfileCommand.class, SessionsCommand.class, ExportCommand.class,
                VerifyCommand.class, CommandLine.HelpCommand.class})
public final class ConsentLensCommand implements Runnable {
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 70;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try --help)");
    }

    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new ConsentLensCommand());
        cl.setExecutionExceptionHandler(ConsentLensCommand::handleExecutionException);
        return cl;
    }

    private static int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Throwable usage = findUsage(e);
        if (usage != null) {
            err.println("consentlens: " + usage.getMessage());
            err.flush();
            return EXIT_USAGE;
        }
        err.println("consentlens: internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return EXIT_INTERNAL;
    }

    private static Throwable findUsage(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UsageException) {
                return c;
            }
        }
        return null;
    }
}
