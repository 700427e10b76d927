package org.travaux.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown report of one run, from its JSON result. */
final class Report {
    private Report() {
    }

    static String markdown(JsonNode r, String chart) {
        List<String> systems = new ArrayList<>();
        r.get("latency_ms").fieldNames().forEachRemaining(systems::add);
        StringBuilder b = new StringBuilder();
        b.append("# Side-by-side run, scale ").append(r.get("scale").asText()).append("\n\n");
        b.append(String.format(Locale.ROOT,
                "%s to %s · %d queries × %d timed rounds (after an untimed pass that counts and warms up), one system at a time, order rotated each"
                        + " round · %d cores (load average %.1f at start: other work on the machine slows every system,"
                        + " so read the same-run ratios rather than absolute figures) · Java %s · commit %s%n%n",
                r.get("started").asText(), r.get("finished").asText(), r.get("queries").asInt(),
                r.get("rounds").asInt(), r.get("cores").asInt(), r.get("load_average_at_start").asDouble(),
                r.get("java").asText(), r.path("commit").asText("unknown")));
        b.append("Every system runs in its own JVM (PostgreSQL in its own server process, started and stopped by"
                + " the harness). Each query returns the top 10 by relevance and the exact number of matches;"
                + " `facet_filter` also counts forum, year and theme under a type filter; `highlight` also makes a"
                + " snippet of each of the 10. Travaux asks for the same through its API's `facets` and `passages`"
                + " parameters (no facets and no passages unless the kind asks), so its ratios to raw Lucene are its"
                + " overhead on the same work, except what its model adds on every query: it finds paragraphs and"
                + " returns documents (a block join), counts documents rather than paragraphs, and also searches"
                + " titles and context words. The full search page (every facet, three passages a hit) is"
                + " `bench/search-latency.sh`.\n\n");

        if (r.has("failed_to_start") && !r.get("failed_to_start").isEmpty()) {
            b.append("**Did not start here** (left out of every table): ");
            List<String> f = new ArrayList<>();
            r.get("failed_to_start").fields().forEachRemaining(e -> f.add(e.getKey() + " (" + e.getValue().asText() + ")"));
            b.append(String.join(", ", f)).append("\n\n");
        }
        b.append("## Ingest from the JSONL, index size, start\n\n");
        b.append("| system | load s | MB/s (text) | documents/s | paragraphs/s | index MB | open → first result ms"
                + " | heap MB, load: peak / live | heap MB, queries: peak / live |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String s : systems) {
            JsonNode i = r.get("ingest").get(s);
            b.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.0f | %.0f | %.1f | %.0f | %s | %s |%n", s,
                    i.get("load_seconds").asDouble(), i.get("mb_per_s").asDouble(),
                    i.path("documents_per_s").asDouble(), i.get("paragraphs_per_s").asDouble(),
                    i.get("index_bytes").asLong() / 1e6, i.get("open_to_first_result_ms").asDouble(),
                    heap(s, i, "load_peak_heap_bytes", "load_live_heap_bytes"),
                    heap(s, i, "query_peak_heap_bytes", "query_live_heap_bytes")));
        }
        JsonNode any = r.get("ingest").get(systems.get(0));
        b.append(String.format(Locale.ROOT, "%nText: %.1f MB in %d documents and %d paragraphs, streamed from the JSONL"
                + " (never held in memory). Heap is the worker JVM's: *peak* is the sum of the heap pools' high-water"
                + " marks (it grows with whatever -Xmx lets the collector use), *live* the most heap still in use right"
                + " after a collection (what the system needs). For SQLite and PostgreSQL that is only the JDBC"
                + " client; for Travaux over HTTP, the client of a server that runs in its own process.%n%n",
                any.get("text_mb").asDouble(), any.path("documents").asLong(), any.get("paragraphs").asLong()));

        JsonNode ag = r.get("agreement");
        b.append("## Do the counts agree?\n\n");
        b.append("Systems that count paragraphs are compared with the first of them (")
                .append(ag.get("reference").asText()).append("), systems that count documents (Travaux in-process and"
                + " over HTTP) with the first of those; tolerance ")
                .append(ag.get("tolerance").asText()).append(" (tokenizers differ: ICU vs unicode61 vs 'simple').\n\n");
        b.append("| system | agree | exact | errors |");
        for (String k : Query.KINDS) {
            b.append(' ').append(k).append(" |");
        }
        b.append("\n|---|---:|---:|---:|").append("---:|".repeat(Query.KINDS.size())).append('\n');
        for (String s : systems) {
            JsonNode a = ag.get(s);
            if (!a.get("compared").asBoolean()) {
                b.append("| ").append(s).append(" | ").append(a.has("reference_of") ? "reference ("
                        + a.get("reference_of").asText() + ")" : "not compared").append(" | | ").append(a.get("errors").asLong())
                        .append(" |").append(" |".repeat(Query.KINDS.size())).append('\n');
                continue;
            }
            b.append(String.format(Locale.ROOT, "| %s | %d/%d | %d | %d |", s, a.get("agree").asInt(),
                    a.get("of").asInt(), a.get("exact").asInt(), a.get("errors").asLong()));
            for (String k : Query.KINDS) {
                b.append(' ').append(a.get("agree_by_kind").get(k).asText()).append(" |");
            }
            b.append('\n');
        }
        for (String s : systems) {
            JsonNode a = ag.get(s);
            if (a.has("disagreements") && !a.get("disagreements").isEmpty()) {
                b.append("\nDisagreements of ").append(s).append(" (first ").append(a.get("disagreements").size())
                        .append("): ");
                List<String> items = new ArrayList<>();
                a.get("disagreements").forEach(d -> items.add("`" + d.get("kind").asText() + " " + d.get("words").asText()
                        + "` " + d.get("count").asLong() + " vs " + d.get("reference_count").asLong()));
                b.append(String.join(", ", items)).append('\n');
            }
        }

        b.append("\n## Latency p50 per query kind, ms (median of the rounds' p50, min–max over rounds)\n\n");
        header(b, systems);
        for (String k : Run.kindsAndAll()) {
            b.append("| ").append(k).append(" |");
            for (String s : systems) {
                JsonNode l = r.get("latency_ms").get(s).get(k);
                b.append(String.format(Locale.ROOT, " %s (%s–%s) |", ms(l.get("p50").asDouble()),
                        ms(l.get("p50_min").asDouble()), ms(l.get("p50_max").asDouble())));
            }
            b.append('\n');
        }
        if (r.get("ratio_p50_vs_lucene").size() > 0) {
            b.append("\n## Ratio of p50 to raw Lucene (1.0 = as fast; higher = slower)\n\n");
            header(b, systems);
            for (String k : Run.kindsAndAll()) {
                b.append("| ").append(k).append(" |");
                for (String s : systems) {
                    b.append(String.format(Locale.ROOT, " %.2f× |", r.get("ratio_p50_vs_lucene").get(s).get(k).asDouble()));
                }
                b.append('\n');
            }
        }
        if (systems.contains("travaux") && systems.size() > 1) {
            List<String> others = systems.stream().filter(s -> !s.equals("travaux")).toList();
            b.append("\n## Travaux (in-process) / peer, per figure\n\n");
            b.append("Latency and size: below 1 means Travaux is smaller or faster. Ingest rate: above 1 means Travaux"
                    + " loads faster.\n\n");
            header(b, others);
            JsonNode t = r.get("ingest").get("travaux");
            b.append("| ingest MB/s |");
            others.forEach(o -> b.append(String.format(Locale.ROOT, " %.2f |",
                    t.get("mb_per_s").asDouble() / r.get("ingest").get(o).get("mb_per_s").asDouble())));
            b.append("\n| index size |");
            others.forEach(o -> b.append(String.format(Locale.ROOT, " %.2f |",
                    t.get("index_bytes").asDouble() / r.get("ingest").get(o).get("index_bytes").asDouble())));
            b.append("\n| open → first result |");
            others.forEach(o -> b.append(String.format(Locale.ROOT, " %.2f |", t.get("open_to_first_result_ms")
                    .asDouble() / r.get("ingest").get(o).get("open_to_first_result_ms").asDouble())));
            b.append('\n');
            for (String k : Run.kindsAndAll()) {
                b.append("| p50 ").append(k).append(" |");
                others.forEach(o -> b.append(String.format(Locale.ROOT, " %.2f |",
                        r.get("latency_ms").get("travaux").get(k).get("p50").asDouble()
                                / r.get("latency_ms").get(o).get(k).get("p50").asDouble())));
                b.append('\n');
            }
        }
        b.append("\n## p99 per kind, ms (median over rounds) and queries/s on one thread\n\n");
        header(b, systems);
        for (String k : Run.kindsAndAll()) {
            b.append("| ").append(k).append(" |");
            for (String s : systems) {
                JsonNode l = r.get("latency_ms").get(s).get(k);
                b.append(String.format(Locale.ROOT, " %s · %.0f q/s |", ms(l.get("p99").asDouble()),
                        l.get("queries_per_s").asDouble()));
            }
            b.append('\n');
        }
        if (r.has("http_load")) {
            HttpLoadReport.append(b, r.get("http_load"));
        }
        b.append("\n![p50 latency per kind](").append(chart).append(")\n");
        EndToEndReport.append(b, r.get("end_to_end"));   // nothing when the run has no end-to-end section
        return b.toString();
    }

    private static String heap(String system, JsonNode i, String peak, String live) {
        if (!i.has(peak)) {
            return "—";
        }
        String f = String.format(Locale.ROOT, "%.0f / %.0f", i.get(peak).asLong() / 1048576.0,
                i.get(live).asLong() / 1048576.0);
        boolean client = system.equals("sqlite") || system.equals("postgres")
                || system.equals("travaux-http") && peak.startsWith("query");
        return client ? f + " (client)" : f;
    }

    private static void header(StringBuilder b, List<String> systems) {
        b.append("| kind |");
        systems.forEach(s -> b.append(' ').append(s).append(" |"));
        b.append("\n|---|").append("---:|".repeat(systems.size())).append('\n');
    }

    static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : v >= 1 ? String.format(Locale.ROOT, "%.1f", v)
                : v >= 0.01 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
