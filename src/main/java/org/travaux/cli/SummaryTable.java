package org.travaux.cli;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.travaux.ingest.FileResult;
import org.travaux.ingest.IngestReport;
import org.travaux.model.Outcome;

/** The end-of-run summary: totals and rates, then outcome counts per collection (top folder) and per format. */
final class SummaryTable {
    private static final int KEY_WIDTH = 40;

    private SummaryTable() {
    }

    static void print(IngestReport report, PrintStream out) {
        double seconds = Math.max(0.001, report.elapsed().toMillis() / 1000.0);
        long extracted = report.files().stream()
                .filter(r -> r.outcome() != Outcome.UNCHANGED && r.outcome() != Outcome.DUPLICATE).count();
        out.printf(Locale.ROOT, "%n%d files in %.1f s: %d extracted (%.1f files/s, %.2f MB/s), %d removed%s%n%n",
                report.files().size(), seconds, extracted, extracted / seconds,
                report.bytesExtracted() / 1e6 / seconds, report.removed().size(),
                report.cancelled() ? " — INTERRUPTED: run the same command again to finish" : "");
        table(out, "collection", r -> collection(r.path()), report);
        table(out, "format", r -> r.mediaType().isEmpty() ? "(not detected)" : r.mediaType(), report);
        table(out, "total", r -> "all files", report);
    }

    private static void table(PrintStream out, String title, Function<FileResult, String> key, IngestReport report) {
        Map<String, Map<Outcome, Integer>> rows = new TreeMap<>();
        Map<Outcome, Integer> used = new EnumMap<>(Outcome.class);
        for (FileResult r : report.files()) {
            rows.computeIfAbsent(key.apply(r), k -> new EnumMap<>(Outcome.class)).merge(r.outcome(), 1, Integer::sum);
            used.merge(r.outcome(), 1, Integer::sum);
        }
        StringBuilder header = new StringBuilder(fit(title));
        for (Outcome o : used.keySet()) {
            header.append(String.format(Locale.ROOT, " %10s", o.label()));
        }
        out.println(header);
        for (Map.Entry<String, Map<Outcome, Integer>> row : rows.entrySet()) {
            StringBuilder line = new StringBuilder(fit(row.getKey()));
            for (Outcome o : used.keySet()) {
                line.append(String.format(Locale.ROOT, " %10d", row.getValue().getOrDefault(o, 0)));
            }
            out.println(line);
        }
        out.println();
    }

    static String collection(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? "(top level)" : path.substring(0, slash);
    }

    private static String fit(String key) {
        String k = key.length() <= KEY_WIDTH ? key : key.substring(0, KEY_WIDTH - 1) + "…";
        return String.format(Locale.ROOT, "%-" + KEY_WIDTH + "s", k);
    }
}
