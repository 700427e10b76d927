package org.travaux.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drives one side-by-side run: starts every system's {@link Worker} one after the other (so loads do not compete
 * for the two cores), checks their counts on every query, then runs the query set round after round, one system at a
 * time, rotating the order each round; writes the results as JSON, a Markdown report and a PNG chart.
 * <p>usage: Run --scale S --systems a,b --rounds N --corpus F --queries F --work DIR --out PREFIX --cp CP [--heap H]
 */
public final class Run {
    /** Counts agree when they differ by at most this share of the reference, or by {@link #TOLERANCE_ABS}. */
    static final double TOLERANCE = 0.02;
    static final long TOLERANCE_ABS = 2;

    private Run() {
    }

    static final class Peer implements AutoCloseable {
        final String name;
        final Process process;
        final BufferedReader in;
        final PrintStream out;
        JsonNode ready;

        Peer(String name, List<String> cmd, Path log) throws Exception {
            this.name = name;
            process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            out = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
            String line = in.readLine();
            if (line == null || !line.startsWith("READY ")) {
                process.destroy();
                throw new IllegalStateException(name + " did not start (see " + log + "): " + line);
            }
            ready = Corpus.JSON.readTree(line.substring(6));
        }

        JsonNode ask(String command) throws Exception {
            out.println(command);
            String line = in.readLine();
            if (line == null) {
                throw new IllegalStateException(name + " died on " + command);
            }
            return Corpus.JSON.readTree(line);
        }

        @Override
        public void close() throws Exception {
            try {
                out.println("QUIT");
                process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                process.destroy();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        List<String> systems = List.of(opt.getOrDefault("systems", "lucene,travaux,sqlite,postgres").split(","));
        int rounds = Integer.parseInt(opt.getOrDefault("rounds", "5"));
        Path corpus = Path.of(opt.get("corpus"));
        Path queriesFile = Path.of(opt.get("queries"));
        Path work = Path.of(opt.get("work"));
        String outPrefix = opt.get("out");
        List<Query> queries = Query.read(queriesFile);
        String javaCmd = ProcessHandle.current().info().command().orElse("java");
        Files.createDirectories(work);
        Path log = work.resolve("workers.log");
        Instant started = Instant.now();
        double loadAvg = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        List<Peer> peers = new ArrayList<>();
        try {
            Map<String, String> failed = new LinkedHashMap<>();
            for (String s : systems) {
                System.err.println("loading " + s + " …");
                try {
                    boolean solr = s.equals("solr");   // Lucene 9: its own classpath, never the main module's
                    peers.add(new Peer(s, List.of(javaCmd, "-Xmx" + opt.getOrDefault("heap", "1g"),
                            "--enable-native-access=ALL-UNNAMED", "-cp", solr ? opt.get("solr-cp") : opt.get("cp"),
                            solr ? "org.travaux.bench.solr.SolrWorker" : Worker.class.getName(), s,
                            corpus.toString(), queriesFile.toString(), work.resolve(s).toString()), log));
                    System.err.println("  " + peers.get(peers.size() - 1).ready);
                } catch (Exception e) {   // a system that cannot start here is reported, not fatal
                    System.err.println("  " + s + " failed to start: " + e.getMessage());
                    failed.put(s, String.valueOf(e.getMessage()));
                }
            }
            if (peers.isEmpty()) {
                throw new IllegalStateException("no system started; see " + log);
            }
            Map<String, long[]> counts = new LinkedHashMap<>();
            for (Peer p : peers) {
                counts.put(p.name, longs(p.ask("COUNTS")));   // every query once: also the warm-up, untimed
            }
            Map<String, List<long[]>> nanos = new LinkedHashMap<>();
            peers.forEach(p -> nanos.put(p.name, new ArrayList<>()));
            for (int r = 1; r <= rounds; r++) {
                for (int i = 0; i < peers.size(); i++) {
                    Peer p = peers.get((i + r) % peers.size());
                    System.err.printf(Locale.ROOT, "round %d/%d: %s%n", r, rounds, p.name);
                    nanos.get(p.name).add(longs(p.ask("ROUND " + r)));
                }
            }
            Map<String, long[]> heap = new LinkedHashMap<>();
            for (Peer p : peers) {
                heap.put(p.name, longs(p.ask("HEAP")));
            }
            ObjectNode result = report(opt, systems, queries, peers, counts, nanos, heap, started, loadAvg, rounds);
            ObjectNode f = result.putObject("failed_to_start");
            failed.forEach(f::put);
            Render.write(Path.of(outPrefix), result);
            System.err.println("wrote " + outPrefix + ".{json,md,png}");
        } finally {
            for (Peer p : peers) {
                p.close();
            }
        }
    }

    static long[] longs(JsonNode a) {
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asLong();
        }
        return out;
    }

    static ObjectNode report(Map<String, String> opt, List<String> systems, List<Query> queries, List<Peer> peers,
                             Map<String, long[]> counts, Map<String, List<long[]>> nanos, Map<String, long[]> heap,
                             Instant started, double loadAvg, int rounds) {
        ObjectNode root = Corpus.JSON.createObjectNode();
        root.put("started", started.toString());
        root.put("finished", Instant.now().toString());
        root.put("scale", opt.get("scale"));
        root.put("corpus", opt.get("corpus"));
        root.put("queries", queries.size());
        root.put("rounds", rounds);
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("load_average_at_start", loadAvg);
        root.put("java", System.getProperty("java.version"));
        root.put("commit", opt.getOrDefault("commit", "unknown"));
        ArrayNode sys = root.putArray("systems");
        peers.forEach(p -> sys.add(p.name));

        ObjectNode ingest = root.putObject("ingest");
        for (Peer p : peers) {
            ObjectNode o = ((ObjectNode) p.ready).deepCopy();
            o.put("query_peak_heap_bytes", heap.get(p.name)[0]);
            o.put("query_live_heap_bytes", heap.get(p.name)[1]);
            ingest.set(p.name, o);
        }

        // agreement of counts, against raw Lucene (or the first system that counts paragraphs)
        String reference = peers.stream().filter(p -> p.ready.get("counts_paragraphs").asBoolean())
                .map(p -> p.name).findFirst().orElse(null);
        ObjectNode agreement = root.putObject("agreement");
        agreement.put("reference", reference);
        agreement.put("tolerance", "|count - reference| <= max(" + TOLERANCE_ABS + ", " + TOLERANCE * 100
                + "% of reference)");
        for (Peer p : peers) {
            ObjectNode a = agreement.putObject(p.name);
            long[] c = counts.get(p.name);
            a.put("errors", Arrays.stream(c).filter(v -> v < 0).count());
            boolean paragraphs = p.ready.get("counts_paragraphs").asBoolean();
            String own = peers.stream().filter(o -> o.ready.get("counts_paragraphs").asBoolean() == paragraphs)
                    .map(o -> o.name).findFirst().orElseThrow();
            if (p.name.equals(own)) {
                a.put("compared", false);
                a.put("reference_of", paragraphs ? "paragraph counts" : "document counts");
                continue;
            }
            a.put("compared", true);
            a.put("reference", own);
            long[] ref = counts.get(own);
            ObjectNode byKind = a.putObject("agree_by_kind");
            ArrayNode bad = a.putArray("disagreements");
            int agree = 0;
            int exact = 0;
            for (String kind : Query.KINDS) {
                int k = 0;
                int n = 0;
                for (Query q : queries) {
                    if (!q.kind().equals(kind)) {
                        continue;
                    }
                    n++;
                    long x = c[q.n()];
                    long r = ref[q.n()];
                    if (x == r) {
                        exact++;
                    }
                    if (x >= 0 && Math.abs(x - r) <= Math.max(TOLERANCE_ABS, TOLERANCE * r)) {
                        k++;
                    } else if (bad.size() < 25) {
                        bad.addObject().put("query", q.n()).put("kind", kind).put("words", q.words())
                                .put("count", x).put("reference_count", r);
                    }
                }
                byKind.put(kind, k + "/" + n);
                agree += k;
            }
            a.put("agree", agree);
            a.put("exact", exact);
            a.put("of", queries.size());
        }

        // latency per kind: per round p50/p99/mean, then the median over rounds and the spread of the p50s
        ObjectNode latency = root.putObject("latency_ms");
        for (Peer p : peers) {
            ObjectNode s = latency.putObject(p.name);
            for (String kind : new ArrayList<>(kindsAndAll())) {
                double[] p50 = new double[rounds];
                double[] p99 = new double[rounds];
                double[] qps = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    long[] all = nanos.get(p.name).get(r);
                    long[] v = queries.stream().filter(q -> kind.equals("all") || q.kind().equals(kind))
                            .mapToLong(q -> all[q.n()]).filter(x -> x >= 0).sorted().toArray();
                    p50[r] = pct(v, 0.50) / 1e6;
                    p99[r] = pct(v, 0.99) / 1e6;
                    qps[r] = v.length / (Arrays.stream(v).sum() / 1e9);
                }
                ObjectNode k = s.putObject(kind);
                k.put("p50", median(p50));
                k.put("p50_min", Arrays.stream(p50).min().orElse(0));
                k.put("p50_max", Arrays.stream(p50).max().orElse(0));
                k.put("p99", median(p99));
                k.put("queries_per_s", median(qps));
                ArrayNode each = k.putArray("p50_rounds");
                Arrays.stream(p50).forEach(each::add);
            }
        }
        ObjectNode ratio = root.putObject("ratio_p50_vs_lucene");
        if (latency.has("lucene")) {
            for (Peer p : peers) {
                ObjectNode s = ratio.putObject(p.name);
                for (String kind : kindsAndAll()) {
                    s.put(kind, latency.get(p.name).get(kind).get("p50").asDouble()
                            / latency.get("lucene").get(kind).get("p50").asDouble());
                }
            }
        }
        return root;
    }

    static List<String> kindsAndAll() {
        List<String> k = new ArrayList<>(Query.KINDS);
        k.add("all");
        return k;
    }

    static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1))];
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
