package org.travaux.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travaux.extract.ExtractorPool;
import org.travaux.extract.ExtractorSettings;
import org.travaux.index.TravauxIndex;
import org.travaux.ingest.FileResult;
import org.travaux.ingest.IngestReport;
import org.travaux.ingest.IngestSettings;
import org.travaux.ingest.Ingester;
import org.travaux.ingest.ProgressListener;
import org.travaux.model.Outcome;
import org.travaux.search.RankingMetricsBaseline.Measured;
import org.travaux.understand.DocumentAssembler;

/**
 * Ranking quality, guarded by recorded numbers (Anserini's regression habit): {@code ../shared/corpus} and the
 * project's {@code corpus/} are ingested with the production classes into a fresh index, every query of the judged
 * set ({@code src/test/resources/judgments/}) is run as the search API runs it, and mean nDCG@10 and MRR@10 must
 * not fall below {@code baseline.properties} by more than {@value #TOLERANCE}. A change that improves them should
 * raise the recorded numbers: the run writes a ready baseline to {@code target/ranking/baseline.properties}.
 */
class RankingQualityIT {
    static final Path SHARED = Path.of(System.getProperty("user.dir")).resolve("../shared/corpus").normalize();
    static final Path SEEDS = Path.of("corpus");
    /** Judged sources from the project's corpus/ carry this prefix; the others are relative to ../shared/corpus. */
    static final String SEEDS_PREFIX = "seeds/";
    static final double TOLERANCE = 0.005;
    static final int K = 10;
    static final Path OUT = Path.of("target", "ranking");

    @TempDir
    static Path tmp;

    @BeforeEach // per test rather than per class, so that the report counts both tests as skipped, with the reason
    void needsTheSharedCorpus() {
        assumeTrue(Files.isDirectory(SHARED), "../shared/corpus not present: the judged query set runs over it ("
                + SHARED + "); nothing to measure on a fresh clone");
    }

    @Test
    void everyJudgedDocumentIsAFileOfTheCorpus() throws IOException {
        Judgments judgments = Judgments.shipped();
        assertThat(judgments.queries()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(judgments.sources()).allSatisfy(source -> assertThat(file(source)).as(source).isRegularFile());
        assertThat(RankingMetricsBaseline.shipped().perQuery().keySet())
                .as("baseline.properties records every judged query and no other: re-record it from "
                        + OUT.resolve("baseline.properties") + " after changing the judged set")
                .containsExactlyInAnyOrderElementsOf(judgments.queries().keySet());
    }

    @Test
    void rankingIsNoWorseThanRecorded() throws IOException {
        Judgments judgments = Judgments.shipped();
        RankingMetricsBaseline baseline = RankingMetricsBaseline.shipped();
        long start = System.nanoTime();
        List<Measured> measured;
        try (TravauxIndex index = TravauxIndex.open(tmp.resolve("index"));
             Searchers searchers = Searchers.over(index)) {
            SearchService search = new SearchService(searchers);
            // one search on the empty index first: a broken search path fails now, not after minutes of ingesting
            search.search(new SearchRequest("migration", K, null));
            IngestReport report;
            try (ExtractorPool pool = new ExtractorPool(ExtractorSettings.defaults().withWorkers(2))) {
                report = new Ingester(index, pool, new DocumentAssembler(), IngestSettings.defaults(2),
                        ProgressListener.NONE).ingest(List.of(SHARED, SEEDS));
            }
            long ingested = System.nanoTime();
            System.out.printf(Locale.ROOT, "ingested %d files in %.1f s: %s%n", report.files().size(),
                    (ingested - start) / 1e9, report.counts());
            warnAboutJudgedFilesNotIndexed(judgments, report);
            measured = run(judgments, search, judgedKeys(report));
            System.out.printf(Locale.ROOT, "searched %d queries in %.1f s%n", measured.size(),
                    (System.nanoTime() - ingested) / 1e9);
        }
        print(measured, baseline, judgments);
        write(measured);

        double ndcg = RankingMetrics.mean(measured.stream().map(Measured::ndcg).toList());
        double mrr = RankingMetrics.mean(measured.stream().map(Measured::rr).toList());
        String worse = String.join("\n  ", baseline.worse(measured, TOLERANCE));
        assertThat(ndcg).as("mean nDCG@10 %.4f fell below the recorded %.4f; queries that got worse or threw:%n  %s",
                ndcg, baseline.ndcg(), worse).isGreaterThanOrEqualTo(baseline.ndcg() - TOLERANCE);
        assertThat(mrr).as("MRR@10 %.4f fell below the recorded %.4f; queries that got worse or threw:%n  %s",
                mrr, baseline.mrr(), worse).isGreaterThanOrEqualTo(baseline.mrr() - TOLERANCE);
        if (ndcg > baseline.ndcg() + TOLERANCE || mrr > baseline.mrr() + TOLERANCE) {
            System.out.printf(Locale.ROOT, "ranking improved (nDCG@10 %.4f > %.4f or MRR@10 %.4f > %.4f): raise the "
                    + "recorded numbers, copy %s to src/test/resources/judgments/%n", ndcg, baseline.ndcg(), mrr,
                    baseline.mrr(), OUT.resolve("baseline.properties"));
        }
    }

    private static List<Measured> run(Judgments judgments, SearchService search, Map<String, String> keyById)
            throws IOException {
        List<Measured> out = new ArrayList<>();
        for (Map.Entry<String, String> q : judgments.queries().entrySet()) {
            try {
                out.add(measure(q.getKey(), q.getValue(), judgments.grades(q.getKey()), search, keyById));
            } catch (RuntimeException e) { // a rejected query (HTTP 400 in the API) or a bug: it scores zero
                out.add(new Measured(q.getKey(), q.getValue(), 0, 0, List.of(), List.of(),
                        e.getClass().getSimpleName() + ": " + e.getMessage() + where(e)));
            }
        }
        return out;
    }

    private static Measured measure(String qid, String query, Map<String, Integer> grades, SearchService search,
                                    Map<String, String> keyById) throws IOException {
        List<DocumentHit> hits = new ArrayList<>(search.search(new SearchRequest(query, K, null)).hits());
        // equal scores in a fixed order (by source), as trec_eval does, so that the numbers do not depend on which
        // ingest thread indexed a document first (renditions and resolution series tie exactly)
        Function<DocumentHit, String> key = h -> keyById.getOrDefault(h.id(), h.source());
        hits.sort(Comparator.comparingDouble((DocumentHit h) -> -h.score()).thenComparing(key));
        List<String> top = hits.stream().map(key).toList();
        return new Measured(qid, query, RankingMetrics.ndcgAt(K, top, grades), RankingMetrics.reciprocalRankAt(K, top,
                grades), top, hits.stream().map(DocumentHit::score).toList(), null);
    }

    /** The innermost frame of our own code that the exception passed, to tell a bug from a rejected query. */
    private static String where(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.travaux.")) {
                return " (at " + frame + ")";
            }
        }
        return "";
    }

    /** Each document's judgement key, from the ingest report: the seeds' sources get {@value #SEEDS_PREFIX}. */
    private static Map<String, String> judgedKeys(IngestReport report) {
        Map<String, String> keys = new HashMap<>();
        report.files().forEach(r -> keys.put(r.id(), key(r)));
        return keys;
    }

    private static String key(FileResult r) {
        boolean seed = Path.of(r.root()).toAbsolutePath().equals(SEEDS.toAbsolutePath());
        return seed ? SEEDS_PREFIX + r.path() : r.path();
    }

    private static void warnAboutJudgedFilesNotIndexed(Judgments judgments, IngestReport report) {
        Map<String, FileResult> byKey = new HashMap<>();
        report.files().forEach(r -> byKey.put(key(r), r));
        for (String source : judgments.sources()) {
            FileResult r = byKey.get(source);
            if (r == null || r.outcome() != Outcome.INDEXED) {
                System.out.printf("judged but not searchable: %s (%s)%n", source,
                        r == null ? "not found by the ingest" : r.outcome() + " " + r.reason());
            }
        }
    }

    private static void print(List<Measured> measured, RankingMetricsBaseline baseline, Judgments judgments) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%n%-5s %8s %8s %7s %7s  %s%n", "qid",
                "nDCG@10", "(was)", "RR@10", "(was)", "query / top 10 (grade, - = unjudged)"));
        for (Measured m : measured) {
            double[] was = baseline.perQuery().getOrDefault(m.qid(), new double[] {Double.NaN, Double.NaN});
            s.append(String.format(Locale.ROOT, "%-5s %8.4f %8.4f %7.4f %7.4f  %s%n", m.qid(), m.ndcg(), was[0],
                    m.rr(), was[1], m.query()));
            if (m.error() != null) {
                s.append("        threw ").append(m.error()).append('\n');
            }
            Map<String, Integer> grades = judgments.grades(m.qid());
            for (int i = 0; i < m.top().size(); i++) {
                Integer grade = grades.get(m.top().get(i));
                s.append(String.format(Locale.ROOT, "      %2d [%s] %s%n", i + 1, grade == null ? "-" : grade,
                        m.top().get(i)));
            }
        }
        s.append(String.format(Locale.ROOT, "%-5s %8.4f %8.4f %7.4f %7.4f  (%d queries)%n", "mean",
                RankingMetrics.mean(measured.stream().map(Measured::ndcg).toList()), baseline.ndcg(),
                RankingMetrics.mean(measured.stream().map(Measured::rr).toList()), baseline.mrr(), measured.size()));
        System.out.println(s);
    }

    /** target/ranking/: the run (TREC run format, tab-separated) and a baseline recording this run. */
    private static void write(List<Measured> measured) throws IOException {
        Files.createDirectories(OUT);
        StringBuilder run = new StringBuilder();
        for (Measured m : measured) {
            for (int i = 0; i < m.top().size(); i++) {
                run.append(String.format(Locale.ROOT, "%s\tQ0\t%s\t%d\t%.6f\ttravaux%n", m.qid(), m.top().get(i),
                        i + 1, m.scores().get(i)));
            }
        }
        Files.writeString(OUT.resolve("run.tsv"), run);
        Files.writeString(OUT.resolve("baseline.properties"), RankingMetricsBaseline.render(measured, List.of(
                "Recorded effectiveness of the judged query set (queries.tsv, qrels.tsv): RankingQualityIT fails when",
                "a mean falls below these by more than " + TOLERANCE + ", and lists the queries whose own values fell.",
                "",
                "Measured " + Instant.now() + " by RankingQualityIT at commit (fill in): a fresh index of",
                "../shared/corpus + corpus/, each query run through SearchService.search (top " + K + ", relevance), "
                        + measured.size() + " queries.",
                "",
                "A change that improves ranking should raise these: copy this file to src/test/resources/judgments/",
                "and commit it with the change.")));
    }

    private static Path file(String source) {
        return source.startsWith(SEEDS_PREFIX) ? SEEDS.resolve(source.substring(SEEDS_PREFIX.length()))
                : SHARED.resolve(source);
    }
}
