package org.travaux.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.travaux.search.CoverageReport;
import org.travaux.search.Searchers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code travaux coverage}: how much metadata Travaux understood, per collection. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Show, per collection, the share of documents with a symbol, date, forum, type, language and themes.")
final class CoverageCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Override
    public Integer call() throws Exception {
        try (Searchers searchers = Searchers.open(index.dir())) {
            CoverageReport.Coverage c = new CoverageReport(searchers).measure();
            System.out.printf(Locale.ROOT, "%-16s %7s %8s %8s %8s %8s %8s %8s %8s %8s%n", "collection", "docs",
                    "symbol", "(header)", "disagree", "date", "forum", "type", "language", "themes");
            for (Map.Entry<String, CoverageReport.Row> e : c.collections().entrySet()) {
                CoverageReport.Row r = e.getValue();
                System.out.printf(Locale.ROOT, "%-16s %7d %8s %8s %8d %8s %8s %8s %8s %8s%n", e.getKey(), r.documents(),
                        pct(r.symbol(), r.documents()), pct(r.symbolFromHeader(), r.documents()),
                        r.symbolDisagreements(), pct(r.date(), r.documents()), pct(r.forum(), r.documents()),
                        pct(r.type(), r.documents()), pct(r.language(), r.documents()), pct(r.themes(), r.documents()));
            }
            System.out.printf(Locale.ROOT, "%nresolution paragraphs with a clause kind: %d of %d (%s)%n",
                    c.withClauseKind(), c.resolutionParagraphs(), pct(c.withClauseKind(), c.resolutionParagraphs()));
            System.out.printf(Locale.ROOT, "references stored on paragraphs: %d%n", c.references());
        }
        return 0;
    }

    private static String pct(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
