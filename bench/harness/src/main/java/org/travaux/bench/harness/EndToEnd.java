package org.travaux.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * End-to-end ingest from files, Travaux against Tika alone, on a deterministic sample of the corpus's PDFs
 * ({@link PdfSample}). Each round runs {@link TikaAlone} (one JVM, one thread, warm) and {@code travaux ingest} into a
 * fresh index (its own JVM and its extractor JVMs, as a user runs it), alternating which goes first, each under
 * {@link TimedProcess} for the CPU of its whole process tree. Adds the section {@code end_to_end} to the run's JSON.
 * <p>usage: EndToEnd --scale S --rounds N --corpus-dir DIR --jar JAR --cp CP --work DIR --out PREFIX [--heap-mb 512]
 */
public final class EndToEnd {
    /** The target: end-to-end PDF ingest on 2 cores at least this many times one Tika worker. */
    static final double TARGET = 1.6;
    private static final long TIMEOUT_MINUTES = 60;

    private EndToEnd() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String scale = opt.getOrDefault("scale", "0.1");
        int rounds = Integer.parseInt(opt.getOrDefault("rounds", "1"));
        // Travaux's default heap cap per extractor JVM (ingest --heap); Tika alone gets the same
        int heapMb = Integer.parseInt(opt.getOrDefault("heap-mb", "512"));
        Path corpus = Path.of(opt.get("corpus-dir")).toAbsolutePath().normalize();
        Path work = Path.of(opt.get("work")).toAbsolutePath();
        Files.createDirectories(work);
        double loadAvg = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        List<String> picked = PdfSample.pick(corpus, PdfSample.size(scale));
        Path sampleDir = work.resolve("sample-" + scale);
        List<Path> files = PdfSample.materialize(corpus, picked, sampleDir);
        long inputBytes = 0;
        for (Path f : files) {
            inputBytes += Files.size(f);
        }
        Path list = work.resolve("files.txt");
        Files.write(list, files.stream().map(Path::toString).toList());
        Path log = work.resolve("e2e.log");
        Files.deleteIfExists(log);
        System.err.printf(Locale.ROOT, "e2e: %d PDFs, %.1f MB, %d round(s); log %s%n", files.size(), inputBytes / 1e6,
                rounds, log);

        String java = ProcessHandle.current().info().command().orElse("java");
        List<ObjectNode> tika = new ArrayList<>();
        List<ObjectNode> travaux = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            // alternate the order, so that neither side always runs on a machine the other just warmed (page cache)
            for (int k = 0; k < 2; k++) {
                if ((k == 0) == (r % 2 == 1)) {
                    tika.add(tikaAlone(java, opt.get("cp"), heapMb, list, inputBytes, work, log));
                    System.err.println("e2e round " + r + ": tika alone " + tika.get(tika.size() - 1));
                } else {
                    travaux.add(travaux(java, opt.get("jar"), heapMb, sampleDir, files.size(), inputBytes, work, log));
                    System.err.println("e2e round " + r + ": travaux " + travaux.get(travaux.size() - 1));
                }
            }
        }

        long pages = tika.get(0).get("pages").asLong();
        // Travaux reports no page count: the pages of the same files, as Tika alone counted them (xmpTPg:NPages)
        travaux.forEach(o -> o.put("pages_per_s", pages / o.get("wall_seconds").asDouble()));
        ObjectNode s = Corpus.JSON.createObjectNode();
        ObjectNode sample = s.putObject("sample");
        sample.put("scale", scale).put("files", files.size()).put("input_bytes", inputBytes)
                .put("pages", pages).put("seed", PdfSample.SEED)
                .put("rule", "the corpus's PDFs of distinct content, sorted by path, shuffled with the seed, the first "
                        + (scale.equals("10") ? "all" : Integer.toString(PdfSample.size(scale))) + " kept")
                .put("corpus", corpus.toString());
        s.put("heap_mb", heapMb);
        s.put("cores", Runtime.getRuntime().availableProcessors());
        s.put("load_average_at_start", loadAvg);
        s.put("rounds", rounds);
        s.put("target_ratio", TARGET);
        s.set("tika_alone", summarize(tika, "files_per_s", "input_mb_per_s", "text_mb_per_s", "pages_per_s",
                "timed_seconds", "wall_seconds", "cpu_seconds", "cores_busy", "files_per_cpu_s"));
        s.set("travaux", summarize(travaux, "files_per_s", "input_mb_per_s", "pages_per_s", "wall_seconds",
                "ingest_seconds", "cpu_seconds", "cores_busy", "files_per_cpu_s", "index_bytes"));
        double[] ratio = new double[rounds];
        double[] ratioWhole = new double[rounds];
        double[] ratioCpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double t = travaux.get(r).get("files_per_s").asDouble();
            ratio[r] = t / tika.get(r).get("files_per_s").asDouble();
            ratioWhole[r] = t / (files.size() / tika.get(r).get("wall_seconds").asDouble());
            // files per CPU second, Travaux ÷ Tika (whole processes): steadier than wall time on a shared machine
            ratioCpu[r] = tika.get(r).get("cpu_seconds").asDouble() / travaux.get(r).get("cpu_seconds").asDouble();
        }
        s.set("ratio_files_per_s", stats(ratio));
        s.set("ratio_vs_tika_whole_process", stats(ratioWhole));
        s.set("ratio_files_per_cpu_s", stats(ratioCpu));
        s.put("meets_target", Run.median(ratio) >= TARGET);
        Render.addSection(Path.of(opt.get("out")), "end_to_end", s);
        System.err.printf(Locale.ROOT, "e2e: Travaux ÷ Tika alone, files/s: %.2f× (target ≥ %.1f×); wrote %s.md%n",
                Run.median(ratio), TARGET, opt.get("out"));
    }

    private static ObjectNode tikaAlone(String java, String cp, int heapMb, Path list, long inputBytes, Path work,
                                        Path log) throws Exception {
        Path out = work.resolve("tika-alone.json");
        // the flags of Travaux's extractor children (WorkerCommand): same heap cap, same collector
        TimedProcess p = TimedProcess.run(List.of(java, "-Xmx" + heapMb + "m", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-cp", cp, TikaAlone.class.getName(), list.toString()), out, log,
                TIMEOUT_MINUTES);
        if (p.exit() != 0) {
            throw new IllegalStateException("Tika alone failed (" + p + "), see " + log);
        }
        // the last JSON line: Log4j's status logger ("could not find a logging provider") also writes to stdout
        String line = Files.readAllLines(out).stream().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("Tika alone printed no result, see " + out));
        ObjectNode o = (ObjectNode) Corpus.JSON.readTree(line);
        double timed = o.get("seconds").asDouble();
        int n = o.get("files").asInt();
        o.put("timed_seconds", timed);
        o.put("files_per_s", n / timed);
        o.put("input_mb_per_s", inputBytes / 1e6 / timed);
        o.put("text_mb_per_s", o.get("text_bytes").asLong() / 1e6 / timed);
        o.put("pages_per_s", o.get("pages").asLong() / timed);
        putProcess(o, p);
        return o;
    }

    private static ObjectNode travaux(String java, String jar, int heapMb, Path sampleDir, int n, long inputBytes,
                                      Path work, Path log) throws Exception {
        Path index = work.resolve("index");
        PdfSample.deleteTree(index);
        Path report = work.resolve("ingest-report.json");
        Files.deleteIfExists(report);
        // what ./travaux runs (its JVM flags), with the jar given and every extraction option at its default but
        // the heap cap, which is stated so that Tika alone gets the same
        TimedProcess p = TimedProcess.run(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx2g",
                "-Dtravaux.terminal=false", "-jar", jar, "ingest", sampleDir.toString(), "--index", index.toString(),
                "--heap", Integer.toString(heapMb), "--report", report.toString()), work.resolve("ingest-summary.txt"),
                log, TIMEOUT_MINUTES);
        if (p.exit() != 0 || !Files.exists(report)) {
            throw new IllegalStateException("travaux ingest failed (" + p + "), see " + log);
        }
        JsonNode r = Corpus.JSON.readTree(report.toFile());
        ObjectNode o = Corpus.JSON.createObjectNode();
        o.put("files", r.get("files").size());
        o.put("ingest_seconds", r.get("seconds").asDouble());
        o.set("outcomes", r.get("counts"));
        ArrayNode failures = o.putArray("failures");
        long paragraphs = 0;
        int notIndexed = 0;
        for (JsonNode f : r.get("files")) {
            paragraphs += f.path("paragraphs").asLong();
            if (!f.get("outcome").asText().equalsIgnoreCase("indexed")) {
                notIndexed++;
                if (failures.size() < 10) {
                    failures.addObject().put("file", f.get("path").asText()).put("outcome", f.get("outcome").asText())
                            .put("reason", f.path("reason").asText());
                }
            }
        }
        o.put("not_indexed", notIndexed + (n - r.get("files").size()));
        o.put("paragraphs", paragraphs);
        o.put("index_bytes", size(index));
        o.put("files_per_s", n / p.wallSeconds());
        o.put("input_mb_per_s", inputBytes / 1e6 / p.wallSeconds());
        putProcess(o, p);
        PdfSample.deleteTree(index);
        return o;
    }

    private static void putProcess(ObjectNode o, TimedProcess p) {
        o.put("wall_seconds", p.wallSeconds());
        o.put("cpu_seconds", p.cpuSeconds());
        o.put("user_seconds", p.userSeconds());
        o.put("sys_seconds", p.sysSeconds());
        o.put("cores_busy", p.cpuSeconds() / p.wallSeconds());
        o.put("files_per_cpu_s", o.get("files").asInt() / p.cpuSeconds());
        o.put("max_rss_kb_one_process", p.maxRssKb());
    }

    /** Per metric the median, min and max over rounds, then every round as measured. */
    private static ObjectNode summarize(List<ObjectNode> rounds, String... metrics) {
        ObjectNode s = Corpus.JSON.createObjectNode();
        for (String m : metrics) {
            s.set(m, stats(rounds.stream().mapToDouble(o -> o.get(m).asDouble()).toArray()));
        }
        ArrayNode each = s.putArray("rounds");
        rounds.forEach(each::add);
        return s;
    }

    private static ObjectNode stats(double[] v) {
        ObjectNode o = Corpus.JSON.createObjectNode();
        o.put("median", Run.median(v));
        o.put("min", Arrays.stream(v).min().orElse(Double.NaN));
        o.put("max", Arrays.stream(v).max().orElse(Double.NaN));
        return o;
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            long total = 0;
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }
}
