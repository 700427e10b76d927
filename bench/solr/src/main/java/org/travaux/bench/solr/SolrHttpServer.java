package org.travaux.bench.solr;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.core.SolrCore;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Solr over HTTP for the load test: the core {@link SolrSystem} built in WORK_DIR, served by Solr's own Jetty
 * launcher ({@link JettySolrRunner}, standalone, no ZooKeeper) on loopback, HTTP/1.1 only since wrk speaks nothing
 * else. Prints {@code READY <base URL>} on stdout once the core answers, and stops when stdin closes or says QUIT, so
 * that a driver that dies takes the server with it.
 * <p>usage: SolrHttpServer WORK_DIR [PORT (default: any free one)]
 */
public final class SolrHttpServer {
    static final String CORE = "bench";

    private SolrHttpServer() {
    }

    public static void main(String[] args) throws Exception {
        // stdout carries the READY line alone; whatever Solr's logging prints goes to stderr
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Path home = SolrSystem.home(Path.of(args[0]));
        if (!Files.isRegularFile(home.resolve(CORE).resolve("core.properties"))) {
            throw new IllegalArgumentException("no Solr core built by SolrSystem under " + home);
        }
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        JettySolrRunner jetty = new JettySolrRunner(home.toString(), JettyConfig.builder().setPort(port)
                .useOnlyHttp1(true).stopAtShutdown(true).waitForLoadingCoresToFinish(60_000L).build());
        jetty.start();
        try {
            try (SolrCore core = jetty.getCoreContainer().getCore(CORE)) {   // counts a reference: closed
                if (core == null) {
                    throw new IllegalStateException("core " + CORE + " did not load: "
                            + jetty.getCoreContainer().getCoreInitFailures());
                }
            }
            out.println("READY http://127.0.0.1:" + jetty.getLocalPort() + "/solr/" + CORE);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                if (line.trim().equals("QUIT")) {
                    break;
                }
            }
        } finally {
            jetty.stop();
        }
    }
}
