package org.travaux.ingest;

import java.time.Duration;

/**
 * How a run behaves.
 *
 * @param parallelism      files extracted at once (match the extractor pool's workers)
 * @param commitInterval   commit at least this often
 * @param commitEveryFiles and at least every this many finished files
 * @param retryFailed      re-extract unchanged files whose last outcome was a timeout or failure
 */
public record IngestSettings(int parallelism, Duration commitInterval, int commitEveryFiles, boolean retryFailed) {
    public IngestSettings {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
        }
        if (commitInterval.isNegative() || commitInterval.isZero()) {
            throw new IllegalArgumentException("commit interval must be positive, was " + commitInterval);
        }
        if (commitEveryFiles < 1) {
            throw new IllegalArgumentException("commitEveryFiles must be >= 1, was " + commitEveryFiles);
        }
    }

    public static IngestSettings defaults(int parallelism) {
        return new IngestSettings(parallelism, Duration.ofSeconds(30), 2000, false);
    }
}
