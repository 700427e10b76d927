package org.travaux.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown section of {@link EndToEnd}'s result ({@code end_to_end} in the run's JSON). */
final class EndToEndReport {
    private EndToEndReport() {
    }

    /** Appends the section; nothing when {@code e} is null (a run without {@code end_to_end}). */
    static void append(StringBuilder b, JsonNode e) {
        if (e == null || e.isNull()) {
            return;
        }
        JsonNode sample = e.get("sample");
        JsonNode tika = e.get("tika_alone");
        JsonNode trav = e.get("travaux");
        int cores = e.get("cores").asInt();
        b.append("\n## End-to-end ingest from files: Travaux against Tika alone\n\n");
        b.append(String.format(Locale.ROOT, "%d PDFs, %.1f MB, %d pages (%s, seed %d) · %d round(s), the order of the"
                        + " two alternated each round · %d cores, load average %.1f at start · heap cap %d MB for Tika"
                        + " alone and for each Travaux extractor JVM.%n%n",
                sample.get("files").asInt(), sample.get("input_bytes").asLong() / 1e6, sample.get("pages").asLong(),
                sample.get("rule").asText(), sample.get("seed").asLong(), e.get("rounds").asInt(), cores,
                e.get("load_average_at_start").asDouble(), e.get("heap_mb").asInt()));
        b.append("- **Tika alone**: one JVM, one thread, `AutoDetectParser` (default configuration) into a"
                + " `BodyContentHandler(-1)`; the first file parsed once untimed, then every file timed. Its rates are"
                + " over the timed loop only; *wall* and *CPU* are the whole process (JVM start, warm-up).\n");
        b.append(String.format(Locale.ROOT, "- **Travaux**: `travaux ingest SAMPLE --index FRESH --heap %d` as a user"
                + " runs it (every other setting at its default: %d extractor JVMs here), from process start to exit:"
                + " walk, hash, %d child JVMs started, Tika, understanding, Lucene indexing and the commit. CPU is the"
                + " whole process tree (GNU time: the extractor JVMs are counted once reaped).%n%n",
                e.get("heap_mb").asInt(), cores, cores));

        b.append("| median (min–max) | Tika alone, 1 thread | Travaux end to end |\n|---|---:|---:|\n");
        row(b, "files/s", tika.get("files_per_s"), trav.get("files_per_s"), "%.2f");
        row(b, "input MB/s", tika.get("input_mb_per_s"), trav.get("input_mb_per_s"), "%.2f");
        row(b, "pages/s", tika.get("pages_per_s"), trav.get("pages_per_s"), "%.1f");
        row(b, "extracted text MB/s", tika.get("text_mb_per_s"), null, "%.3f");
        row(b, "seconds the rates divide by", tika.get("timed_seconds"), trav.get("wall_seconds"), "%.1f");
        row(b, "wall seconds, whole process", tika.get("wall_seconds"), trav.get("wall_seconds"), "%.1f");
        row(b, "CPU seconds, process tree", tika.get("cpu_seconds"), trav.get("cpu_seconds"), "%.1f");
        row(b, "cores busy (CPU ÷ wall)", tika.get("cores_busy"), trav.get("cores_busy"), "%.2f");
        row(b, "files per CPU second, process tree", tika.get("files_per_cpu_s"), trav.get("files_per_cpu_s"), "%.2f");
        b.append(String.format(Locale.ROOT, "| outcome | %s | %s |%n", tikaOutcome(tika), travauxOutcome(trav)));

        JsonNode ratio = e.get("ratio_files_per_s");
        b.append(String.format(Locale.ROOT, "%n**Travaux ÷ Tika alone, files/s: %.2f× (%.2f–%.2f)** — target ≥ %.1f×"
                        + " on 2 cores: **%s**. Against the whole Tika process (its JVM start and warm-up counted, as"
                        + " Travaux's are): %.2f×. Files per CPU second, Travaux ÷ Tika (whole processes, steadier than"
                        + " wall time when other work shares the machine): %.2f×.%n%n",
                ratio.get("median").asDouble(), ratio.get("min").asDouble(), ratio.get("max").asDouble(),
                e.get("target_ratio").asDouble(), e.get("meets_target").asBoolean() ? "met" : "not met",
                e.get("ratio_vs_tika_whole_process").get("median").asDouble(),
                e.path("ratio_files_per_cpu_s").path("median").asDouble(Double.NaN)));
        b.append("Tika alone is timed warm and Travaux from a cold start, so on a small sample the ratio understates"
                + " Travaux: its fixed costs weigh more: its own JVM and one per extractor child,"
                + " each loading and JIT-compiling its code anew (Tika and PDFBox once per child), and the commit. Travaux also does more per file than Tika alone: its own type detection, a structure"
                + " handler, understanding and Lucene indexing. Pages are Tika's `xmpTPg:NPages`; Travaux's"
                + " pages/s divides the same count by its wall time.\n");
    }

    private static void row(StringBuilder b, String name, JsonNode tika, JsonNode trav, String fmt) {
        b.append("| ").append(name).append(" | ").append(cell(tika, fmt)).append(" | ").append(cell(trav, fmt))
                .append(" |\n");
    }

    private static String cell(JsonNode s, String fmt) {
        if (s == null) {
            return "—";
        }
        if (s.get("median").isNull() || Double.isNaN(s.get("median").asDouble())) {
            return "n/a";   // no /usr/bin/time: no CPU figures
        }
        String m = String.format(Locale.ROOT, fmt, s.get("median").asDouble());
        if (s.get("min").asDouble() == s.get("max").asDouble()) {
            return m;
        }
        return m + " (" + String.format(Locale.ROOT, fmt, s.get("min").asDouble()) + "–"
                + String.format(Locale.ROOT, fmt, s.get("max").asDouble()) + ")";
    }

    /** Failures of the first round that had any (they are the same files every round, barring a timeout). */
    private static String tikaOutcome(JsonNode tika) {
        for (JsonNode r : tika.get("rounds")) {
            if (r.get("failed").asInt() > 0) {
                List<String> f = new ArrayList<>();
                r.get("failures").forEach(x -> f.add(x.get("file").asText() + ": " + x.get("error").asText()));
                return r.get("failed").asInt() + " of " + r.get("files").asInt() + " failed (" + String.join("; ", f)
                        + ")";
            }
        }
        return "every file parsed";
    }

    private static String travauxOutcome(JsonNode trav) {
        for (JsonNode r : trav.get("rounds")) {
            if (r.get("not_indexed").asInt() > 0) {
                List<String> f = new ArrayList<>();
                r.get("failures").forEach(x -> f.add(x.get("file").asText() + ": " + x.get("outcome").asText() + " "
                        + x.get("reason").asText()));
                return r.get("not_indexed").asInt() + " of " + r.get("files").asInt() + " not indexed ("
                        + String.join("; ", f) + ")";
            }
        }
        JsonNode first = trav.get("rounds").get(0);
        return String.format(Locale.ROOT, "all %d indexed, %,d paragraphs", first.get("files").asInt(),
                first.get("paragraphs").asLong());
    }
}
