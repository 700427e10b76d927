package org.travaux.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.travaux.search.FacetLabels;
import org.travaux.search.SearchRequest;
import org.travaux.search.SearchResponse;
import org.travaux.search.SearchService;
import org.travaux.search.Searchers;

/**
 * In-process latency of the standard search (top 10, all facets counted, passages highlighted) over an existing
 * index: warm-up, then a fixed query mix round robin, one thread. Prints p50/p90/p99/max. Run by
 * {@code bench/search-latency.sh INDEX_DIR}; a benchmark, never a test. Also prints the CPU time the searching
 * thread used, which other work on the machine disturbs far less than the wall clock: the figure to compare two
 * builds with on a busy machine.
 */
public final class SearchLatencyBench {
    private static final List<String> QUERIES = List.of(
            "migration", "remittances", "\"regional consultative processes\"", "return and reintegration",
            "trafficking in persons", "climate change displacement", "A/RES/73/195", "resolution 70/1",
            "migrant workers rights", "refugees asylum", "sustainable development goals", "human rights council",
            "IOM", "diaspora", "\"Global Compact for Safe, Orderly and Regular Migration\"", "xenophobia racism",
            "migración", "réfugiés", "мигрантов", "الهجرة", "移民", "children unaccompanied", "data collection census",
            "peacekeeping operations", "nuclear disarmament", "ocean fisheries", "gender equality women",
            "health coverage", "education", "poverty eradication");

    private SearchLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SearchLatencyBench INDEX_DIR [ROUNDS] [lean]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        // lean: no facets and no passages, the request of a client that wants hits only (what is left is overhead)
        boolean lean = args.length > 2 && args[2].equals("lean");
        try (Searchers searchers = Searchers.open(Path.of(args[0]))) {
            SearchService search = new SearchService(searchers, FacetLabels.NONE, Duration.ofSeconds(10));
            for (int i = 0; i < 5; i++) {
                run(search, null, null, lean);
            }
            List<Long> nanos = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                run(search, nanos, cpu, lean);
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%d searches (%d queries x %d rounds, top 10%s)%n",
                    sorted.length, QUERIES.size(), rounds, lean ? ", no facets, no passages" : ", facets, highlights");
            System.out.printf(Locale.ROOT, "p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms  mean %.1f ms%n",
                    ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                    Arrays.stream(sorted).average().orElse(0) / 1e6);
            long[] cpuSorted = cpu.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "thread CPU: p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  mean %.1f ms%n",
                    ms(cpuSorted, 0.50), ms(cpuSorted, 0.90), ms(cpuSorted, 0.99),
                    Arrays.stream(cpuSorted).average().orElse(0) / 1e6);
        }
    }

    private static void run(SearchService search, List<Long> nanos, List<Long> cpu, boolean lean) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String q : QUERIES) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SearchRequest request = new SearchRequest(q, 10, null);
            SearchResponse r = search.search(lean ? request.withFacets(List.of()).withPassages(0) : request);
            long t = System.nanoTime() - t0;
            long c = threads.getCurrentThreadCpuTime() - c0;
            if (nanos != null) {
                nanos.add(t);
                cpu.add(c);
            }
            if (r.hits().size() > 10) {
                throw new IllegalStateException("more hits than asked for");
            }
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
