package org.travaux.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.travaux.model.Outcome;

/**
 * The result of one run: every file's outcome, in walk order, plus what was removed.
 *
 * @param roots     the folders ingested (absolute)
 * @param started   when the run started
 * @param finished  when it ended
 * @param cancelled true when the run was interrupted (what finished is committed; a re-run completes it)
 * @param files     one result per file found
 * @param removed   sources (root-relative) removed because their files are gone
 */
public record IngestReport(List<String> roots, Instant started, Instant finished, boolean cancelled,
                           List<FileResult> files, List<String> removed) {
    public IngestReport {
        roots = List.copyOf(roots);
        files = List.copyOf(files);
        removed = List.copyOf(removed);
    }

    public Duration elapsed() {
        return Duration.between(started, finished);
    }

    /** Files per outcome, every outcome present (zero when none). */
    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        for (FileResult r : files) {
            counts.merge(r.outcome(), 1, Integer::sum);
        }
        return counts;
    }

    /** Bytes of the files extracted in this run (indexed or not; unchanged and duplicates excluded). */
    public long bytesExtracted() {
        return files.stream().filter(r -> r.outcome() != Outcome.UNCHANGED && r.outcome() != Outcome.DUPLICATE)
                .mapToLong(FileResult::bytes).sum();
    }
}
