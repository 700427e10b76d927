package org.travaux.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option every command shares (mixed in). */
final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: index/ of the project)")
    Path index;

    Path dir() {
        return index == null ? Home.index() : index;
    }
}
