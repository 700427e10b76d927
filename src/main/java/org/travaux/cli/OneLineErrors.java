package org.travaux.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Turns an exception into one clear line on stderr and exit code 1; the stack trace goes to the debug log. */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OneLineErrors.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        LOG.debug("command failed", e);
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            message = "no such file or folder: " + e.getMessage();
        }
        cli.getErr().println("travaux: error: " + message);
        return 1;
    }
}
