package org.travaux.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.travaux.index.IndexStats;
import org.travaux.index.TravauxIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code travaux status}: what the index holds and when it was last ingested. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show documents, paragraphs and the last ingest.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Override
    public Integer call() throws Exception {
        Path dir = index.dir();
        if (!Files.isDirectory(dir) || !TravauxIndex.exists(dir)) {
            throw new IllegalArgumentException("no index at " + dir.toAbsolutePath() + ": run 'travaux ingest FOLDER' first");
        }
        IndexStats s = TravauxIndex.readStats(dir);
        System.out.printf(Locale.ROOT, "index        %s%n", dir.toAbsolutePath());
        System.out.printf(Locale.ROOT, "documents    %d%n", s.documents());
        System.out.printf(Locale.ROOT, "paragraphs   %d%n", s.paragraphs());
        System.out.printf(Locale.ROOT, "files        %d (every outcome)%n", s.files());
        System.out.printf(Locale.ROOT, "size         %.1f MB%n", s.sizeBytes() / 1e6);
        System.out.printf(Locale.ROOT, "last ingest  %s%n", s.lastCommitData().getOrDefault(TravauxIndex.LAST_INGEST, "never"));
        return 0;
    }
}
