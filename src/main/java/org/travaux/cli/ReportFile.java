package org.travaux.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.travaux.ingest.FileResult;
import org.travaux.ingest.IngestReport;
import org.travaux.model.Outcome;
import org.travaux.web.Json;

/** The full run report written by {@code ingest --report FILE}: totals, counts per outcome, one entry per file. */
record ReportFile(List<String> roots, Instant started, Instant finished, double seconds, boolean cancelled,
                  Map<String, Integer> counts, List<String> removed, List<FileResult> files) {

    static ReportFile of(IngestReport report) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<Outcome, Integer> e : report.counts().entrySet()) {
            counts.put(e.getKey().value(), e.getValue());
        }
        return new ReportFile(report.roots(), report.started(), report.finished(),
                report.elapsed().toMillis() / 1000.0, report.cancelled(), counts, report.removed(), report.files());
    }

    static void write(IngestReport report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, Json.writePretty(of(report)));
    }
}
