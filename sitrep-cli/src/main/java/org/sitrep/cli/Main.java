package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The sitrep command line. Exit codes: 0 ok, 1 failure, 2 usage, 3 partial (some inputs failed). */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "A ledger of who claims what happened in conflict news, where and when, and who disagrees.",
        subcommands = {CommandLine.HelpCommand.class, AnalyzeCommand.class, ShowCommand.class, ExportCommand.class,
                ClaimsCommand.class, EventsCommand.class, AssertionsCommand.class, HappeningsCommand.class,
                DisputesCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class})
public final class Main {
    public static final int OK = 0, FAILURE = 1, USAGE = 2, PARTIAL = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it directly. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILURE);
        // A failure of sitrep itself (database locked, unreadable model) is one line, not a stack trace,
        // unless SITREP_DEBUG is set.
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("sitrep " + cmd.getCommandName() + ": " + e.getMessage());
            if (System.getenv("SITREP_DEBUG") != null) e.printStackTrace(cmd.getErr());
            cmd.getErr().flush();
            return e instanceof DbOption.NoLedger ? USAGE : FAILURE;
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Names the first of {@code files} that is not a file, then the command's usage; whether one was missing. */
    static boolean missing(CommandSpec spec, Path... files) {
        for (Path p : files) {
            if (Files.isRegularFile(p)) continue;
            PrintWriter err = spec.commandLine().getErr();
            err.println("No such file: " + p);
            spec.commandLine().usage(err);
            err.flush();
            return true;
        }
        return false;
    }
}
