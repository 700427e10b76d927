package org.travaux.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Load over HTTP, after {@link Run}: Travaux ({@code travaux serve --no-ingest} on the index Run built) and Solr
 * ({@code SolrHttpServer} on the core Run built), each a server process with the same heap, loaded by {@code wrk}
 * with a Lua script of the same queries (round robin) at 1, 8 and 32 connections. Levels are interleaved between the
 * systems and the whole is repeated {@code --rounds} times, so that a slow spell of the shared machine hits both. wrk runs on
 * the same two cores as the server: the CPU seconds of each are recorded, so a reader can see what the client took.
 * Adds the section {@code http_load} to the run's JSON ({@link Render#addSection}); a system that cannot be loaded
 * (not built, wrk missing) is recorded under {@code skipped} with the reason, never fatal to the run.
 * <p>usage: HttpLoad --out PREFIX --systems a,b --rounds N --scale S --work DIR --queries F --solr-cp CP [--heap H]
 *        [--scripts DIR (default: the folder of the queries)]
 */
public final class HttpLoad {
    static final int[] CONNECTIONS = {1, 8, 32};

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        List<String> asked = List.of(opt.get("systems").split(","));
        int rounds = Integer.parseInt(opt.getOrDefault("rounds", "1"));
        // 10 s a level at scale 1 and 10 (the figure); 3 s at 0.1, where CI only checks that it works
        int seconds = opt.get("scale").equals("0.1") ? 3 : 10;
        // long enough for the JIT of both servers to settle (3 s left them cold: half their CPU went to compiling)
        int warmup = opt.get("scale").equals("0.1") ? 10 : 20;
        Path work = Path.of(opt.get("work"));
        Path queries = Path.of(opt.get("queries"));
        // the Lua scripts are written beside the queries (bench/queries, committed): same queries, same bytes
        Path scripts = Path.of(opt.getOrDefault("scripts", queries.getParent().toString()));
        String heap = opt.getOrDefault("heap", "1g");
        String javaCmd = ProcessHandle.current().info().command().orElse("java");

        ObjectNode section = Corpus.JSON.createObjectNode();
        section.put("seconds_per_level", seconds);
        section.put("warmup_seconds", warmup);
        section.put("rounds", rounds);
        section.put("queries", Query.read(queries).size());
        section.put("cores", Runtime.getRuntime().availableProcessors());
        section.put("server_heap", heap);
        section.put("load_average_at_start",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ObjectNode skipped = section.putObject("skipped");
        String wrk = onPath("wrk");
        if (wrk == null) {
            skipped.put("travaux", "wrk is not installed (apt-get install wrk)");
            skipped.put("solr", "wrk is not installed (apt-get install wrk)");
            Render.addSection(Path.of(opt.get("out")), "http_load", section);
            return;
        }
        section.put("wrk", wrkVersion(wrk));

        List<HttpServer> servers = new ArrayList<>();
        try {
            if (!asked.contains("travaux-http") && !asked.contains("travaux")) {
                skipped.put("travaux", "neither travaux nor travaux-http in --systems");
            } else {
                String built = asked.contains("travaux-http") ? "travaux-http" : "travaux";
                Path index = work.resolve(built).resolve("travaux");
                Path lua = scripts.resolve("wrk-travaux.lua");
                WrkScript.main(new String[] {queries.toString(), lua.toString()});
                start(servers, skipped, "travaux", index, lua, () -> HttpServer.travaux(javaCmd, heap, index, work));
            }
            if (!asked.contains("solr")) {
                skipped.put("solr", "solr not in --systems");
            } else {
                Path lua = scripts.resolve("wrk-solr.lua");
                Path solrWork = work.resolve("solr");
                String cp = opt.get("solr-cp");
                start(servers, skipped, "solr", solrWork, lua, () -> {
                    HttpServer.run(List.of(javaCmd, "-cp", cp, "org.travaux.bench.solr.SolrWrkScript",
                            queries.toString(), lua.toString()), work.resolve("wrk-solr.log"));
                    return HttpServer.solr(javaCmd, heap, cp, solrWork, work);
                });
            }
            for (HttpServer s : servers) {   // warm-up, not recorded: JIT, page cache, the servers' own caches
                System.err.println("http load: warming " + s.name + " …");
                Wrk.run(wrk, s, 8, warmup);
            }
            Map<String, Map<Integer, List<JsonNode>>> runs = new LinkedHashMap<>();
            servers.forEach(s -> runs.put(s.name, new LinkedHashMap<>()));
            for (int r = 0; r < rounds; r++) {
                for (int level = 0; level < CONNECTIONS.length; level++) {
                    int c = CONNECTIONS[level];
                    for (int i = 0; i < servers.size(); i++) {   // order rotated each round and level
                        HttpServer s = servers.get((i + r + level) % servers.size());
                        System.err.printf(Locale.ROOT, "http load: round %d/%d, %s at %d connections%n", r + 1,
                                rounds, s.name, c);
                        runs.get(s.name).computeIfAbsent(c, k -> new ArrayList<>()).add(Wrk.run(wrk, s, c, seconds));
                    }
                }
            }
            ObjectNode systems = section.putObject("systems");
            for (HttpServer s : servers) {
                ObjectNode o = systems.putObject(s.name);
                o.put("base_url", s.base);
                o.put("script", s.lua.toString());
                ObjectNode levels = o.putObject("levels");
                runs.get(s.name).forEach((c, list) -> levels.set(Integer.toString(c), summary(c, list)));
            }
            if (systems.has("travaux") && systems.has("solr")) {
                ObjectNode ratio = section.putObject("ratio_requests_per_s_travaux_vs_solr");
                for (int c : CONNECTIONS) {
                    String k = Integer.toString(c);
                    ratio.put(k, systems.get("travaux").get("levels").get(k).get("requests_per_s").asDouble()
                            / systems.get("solr").get("levels").get(k).get("requests_per_s").asDouble());
                }
            }
        } finally {
            for (HttpServer s : servers) {
                s.close();
            }
        }
        Render.addSection(Path.of(opt.get("out")), "http_load", section);
        System.err.println("http load: added to " + opt.get("out") + ".json");
    }

    interface Starter {
        HttpServer start() throws Exception;
    }

    /** Starts one server, or records why it cannot be loaded: a missing index or a server that fails is reported. */
    private static void start(List<HttpServer> servers, ObjectNode skipped, String name, Path built, Path lua,
                              Starter starter) throws Exception {
        if (!Files.isDirectory(built)) {
            skipped.put(name, "not built by this run: " + built);
            return;
        }
        System.err.println("http load: starting " + name + " …");
        try {
            HttpServer s = starter.start();
            s.lua = lua;
            servers.add(s);
        } catch (IllegalStateException e) {   // did not start here: reported in the section, like Run's peers
            System.err.println("http load: " + name + " failed to start: " + e.getMessage());
            skipped.put(name, "failed to start: " + e.getMessage());
        }
    }

    /** One level over the rounds: median and range of requests/s, median p50/p99 and CPU, errors summed. */
    static ObjectNode summary(int connections, List<JsonNode> list) {
        ObjectNode o = Corpus.JSON.createObjectNode();
        o.put("connections", connections);
        o.put("threads", Math.min(connections, 2));
        double[] rps = list.stream().mapToDouble(n -> n.get("requests_per_s").asDouble()).toArray();
        o.put("requests_per_s", Run.median(rps));
        o.put("requests_per_s_min", java.util.Arrays.stream(rps).min().orElse(0));
        o.put("requests_per_s_max", java.util.Arrays.stream(rps).max().orElse(0));
        for (String f : List.of("p50_ms", "p99_ms", "server_cpu_s", "wrk_cpu_s", "kb_per_response")) {
            o.put(f, Run.median(list.stream().mapToDouble(n -> n.get(f).asDouble()).toArray()));
        }
        for (String f : List.of("requests", "non_2xx", "socket_errors")) {
            o.put(f, list.stream().mapToLong(n -> n.get(f).asLong()).sum());
        }
        ArrayNode each = o.putArray("rounds");
        list.forEach(each::add);
        return o;
    }

    static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(dir, command);
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }

    private static String wrkVersion(String wrk) throws Exception {
        Process p = new ProcessBuilder(wrk, "-v").redirectErrorStream(true).start();
        String first = new String(p.getInputStream().readAllBytes()).lines().findFirst().orElse("wrk");
        p.waitFor();
        return first.replaceFirst(" Copyright.*", "").trim();
    }
}
