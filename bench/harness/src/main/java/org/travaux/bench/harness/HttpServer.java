package org.travaux.bench.harness;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.travaux.search.SearchService;

/**
 * One search server in a process of its own, for {@link HttpLoad}: its root URL (wrk's target; the Lua scripts hold
 * absolute paths), its process (for the CPU seconds it spends under load) and how to stop it.
 */
final class HttpServer implements AutoCloseable {
    final String name;
    final String base;
    final Process process;
    Path lua;

    private HttpServer(String name, String base, Process process) {
        this.name = name;
        this.base = base;
        this.process = process;
    }

    /** {@code travaux serve --no-ingest} on {@code index}, started as {@link TravauxHttpSystem} does. */
    static HttpServer travaux(String java, String heap, Path index, Path work) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String jar = Path.of(SearchService.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        Path log = work.resolve("http-travaux.log");
        Process p = new ProcessBuilder(java, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED", "-jar", jar, "serve",
                "--no-ingest", "--index", index.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpServer s = new HttpServer("travaux", "http://127.0.0.1:" + port, p);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                int status = client.send(HttpRequest.newBuilder(URI.create(s.base + "/api/search?q=bench&size=1"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    s.close();
                    throw new IllegalStateException("travaux serve answers HTTP " + status + "; see " + log);
                }
                return s;
            } catch (java.io.IOException e) {   // not listening yet: try again until the deadline
                if (System.nanoTime() > deadline || !p.isAlive()) {
                    s.close();
                    throw new IllegalStateException("travaux serve did not start; see " + log);
                }
                Thread.sleep(20);   // fine enough for the cold-start figure TravauxHttpSystem reports
            }
        }
    }

    /** {@code SolrHttpServer} (bench/solr, Lucene 9 classpath) on the core in {@code solrWork}; ready when it says. */
    static HttpServer solr(String java, String heap, String cp, Path solrWork, Path work) throws Exception {
        Path log = work.resolve("http-solr.log");
        Process p = new ProcessBuilder(java, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED", "-cp", cp,
                "org.travaux.bench.solr.SolrHttpServer", solrWork.toString())
                .redirectError(ProcessBuilder.Redirect.to(log.toFile())).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (line == null || !line.startsWith("READY ")) {
            p.destroy();
            throw new IllegalStateException("SolrHttpServer did not start (" + line + "); see " + log);
        }
        URI u = URI.create(line.substring(6).trim());
        return new HttpServer("solr", u.getScheme() + "://" + u.getAuthority(), p);
    }

    /** Runs a helper command to completion; its output goes to {@code log}. */
    static void run(List<String> cmd, Path log) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd.subList(0, Math.min(4, cmd.size())))
                    + "… failed; see " + log);
        }
    }

    /** User + system CPU of the server process, all its threads, so far. */
    double cpuSeconds() {
        return process.toHandle().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("no CPU time for " + name)).toNanos() / 1e9;
    }

    @Override
    public void close() throws Exception {
        if (name.equals("solr") && process.isAlive()) {   // asks for a clean stop (Jetty, then the core)
            PrintStream in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
            in.println("QUIT");
            in.close();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        process.destroy();
        process.waitFor();
    }
}
