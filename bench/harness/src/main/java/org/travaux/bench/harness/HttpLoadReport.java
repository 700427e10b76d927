package org.travaux.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** The Markdown of the {@code http_load} section of a run (written by {@link HttpLoad}), for {@link Report}. */
final class HttpLoadReport {
    private HttpLoadReport() {
    }

    static void append(StringBuilder b, JsonNode h) {
        b.append("\n## Load over HTTP (wrk)\n\n");
        if (h.has("systems")) {
            b.append(String.format(Locale.ROOT, "Each server in a JVM of its own (-Xmx%s) on loopback; `%s` with a"
                    + " Lua script of the run's %d queries per system, round robin, at 1, 8 and 32 connections"
                    + " (threads = min(connections, 2)), %d s a level after a %d s warm-up, levels interleaved"
                    + " between systems, %d round(s): requests/s is the median (min–max) over rounds. **wrk shares"
                    + " the %d cores with the server**: its CPU seconds are shown beside the server's, and more"
                    + " connections mostly mean more queueing, not more cores. Travaux: `travaux serve --no-ingest`,"
                    + " `GET /api/search` with the `facets` and `passages` of the in-process run. Solr: Jetty"
                    + " (`JettySolrRunner`, standalone) on the core of this run, `GET /select` with the request of"
                    + " the in-process run (JSON, ids only: `fl=id`, facets and highlights only for their kinds;"
                    + " Travaux always answers each hit's title, symbol, forum, date and source, hence more KB per"
                    + " response). Load average at the start: %.1f.\n\n",
                    h.get("server_heap").asText(), h.path("wrk").asText("wrk"), h.get("queries").asInt(),
                    h.get("seconds_per_level").asInt(), h.get("warmup_seconds").asInt(), h.get("rounds").asInt(),
                    h.get("cores").asInt(), h.get("load_average_at_start").asDouble()));
            b.append("| system | connections | requests/s (min–max) | p50 ms | p99 ms | server CPU s | wrk CPU s"
                    + " | KB/response | requests | non-2xx | socket errors |\n|---|" + "---:|".repeat(10) + "\n");
            h.get("systems").fields().forEachRemaining(e -> e.getValue().get("levels").fields().forEachRemaining(l -> {
                JsonNode v = l.getValue();
                b.append(String.format(Locale.ROOT,
                        "| %s | %s | %.0f (%.0f–%.0f) | %s | %s | %.1f | %.1f | %.1f | %d | %d | %d |%n",
                        e.getKey(), l.getKey(), v.get("requests_per_s").asDouble(),
                        v.get("requests_per_s_min").asDouble(), v.get("requests_per_s_max").asDouble(),
                        Report.ms(v.get("p50_ms").asDouble()), Report.ms(v.get("p99_ms").asDouble()),
                        v.get("server_cpu_s").asDouble(), v.get("wrk_cpu_s").asDouble(),
                        v.path("kb_per_response").asDouble(), v.get("requests").asLong(),
                        v.get("non_2xx").asLong(), v.get("socket_errors").asLong()));
            }));
            if (h.has("ratio_requests_per_s_travaux_vs_solr")) {
                b.append("\nTravaux / Solr, requests/s (above 1: Travaux serves more; the target is ≥ 1 at 8"
                        + " connections):");
                h.get("ratio_requests_per_s_travaux_vs_solr").fields().forEachRemaining(e -> b.append(String.format(
                        Locale.ROOT, " %s connection%s %.2f×;", e.getKey(), e.getKey().equals("1") ? "" : "s",
                        e.getValue().asDouble())));
                b.setLength(b.length() - 1);
                b.append(".\n");
            }
        }
        if (h.has("skipped") && h.get("skipped").size() > 0) {
            b.append("\nNot loaded over HTTP:");
            h.get("skipped").fields().forEachRemaining(e -> b.append(" ").append(e.getKey()).append(" (")
                    .append(e.getValue().asText()).append(");"));
            b.setLength(b.length() - 1);
            b.append(".\n");
        }
    }
}
