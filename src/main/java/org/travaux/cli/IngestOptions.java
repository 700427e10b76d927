package org.travaux.cli;

import java.time.Duration;
import org.travaux.extract.ExtractorSettings;
import org.travaux.ingest.IngestSettings;
import picocli.CommandLine.Option;

/** Options shared by the commands that ingest (mixed into ingest and serve). */
final class IngestOptions {
    @Option(names = "--workers", description = "extraction child processes (default: one per core)")
    Integer workers;

    @Option(names = "--timeout", description = "seconds one file may take before it is given up (default: ${DEFAULT-VALUE})",
            defaultValue = "60")
    int timeoutSeconds;

    @Option(names = "--heap", description = "heap cap of each extraction process, MB (default: ${DEFAULT-VALUE})",
            defaultValue = "512")
    int heapMb;

    @Option(names = "--retry-failed", description = "extract again unchanged files that timed out or failed last time")
    boolean retryFailed;

    @Option(names = "--commit-interval", description = "seconds between commits during a run (default: ${DEFAULT-VALUE})",
            defaultValue = "30")
    int commitSeconds;

    ExtractorSettings extractorSettings() {
        ExtractorSettings s = ExtractorSettings.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds))
                .withHeapMb(heapMb);
        return workers == null ? s : s.withWorkers(workers);
    }

    IngestSettings ingestSettings(int parallelism) {
        return new IngestSettings(parallelism, Duration.ofSeconds(commitSeconds),
                IngestSettings.defaults(parallelism).commitEveryFiles(), retryFailed);
    }
}
