package org.travaux.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code travaux}: the entry point; each subcommand is its own class. */
@Command(name = "travaux", mixinStandardHelpOptions = true, version = "Travaux 0.1",
        description = "Knowledge base and full-text search for intergovernmental texts.",
        subcommands = {IngestCommand.class, ServeCommand.class, SearchCommand.class, StatusCommand.class,
                CheckCommand.class,
                InspectCommand.class, CoverageCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (an ingest's per-file problems are outcomes in its report)",
                "1:error (one line on stderr says what)", "2:bad usage", "3:check found a damaged index",
                "130:interrupted"})
public final class Main {
    public static final int EXIT_DAMAGED = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        return cli.execute(args);
    }
}
