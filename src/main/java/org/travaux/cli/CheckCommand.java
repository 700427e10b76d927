package org.travaux.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.travaux.index.IndexCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code travaux check}: Lucene's CheckIndex over the index. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Verify the index with Lucene's CheckIndex.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--verbose", description = "print CheckIndex's full report")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        Path dir = index.dir();
        IndexCheck.Result result = IndexCheck.run(dir);
        if (verbose) {
            System.out.println(result.details());
        }
        System.out.printf("%s: %d segments, %d Lucene documents — %s%n", dir.toAbsolutePath(), result.segments(),
                result.docs(), result.clean() ? "OK" : "DAMAGED");
        return result.clean() ? 0 : Main.EXIT_DAMAGED;
    }
}
