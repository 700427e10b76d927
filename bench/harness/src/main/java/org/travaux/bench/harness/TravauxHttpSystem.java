package org.travaux.bench.harness;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.travaux.search.SearchRequest;

/**
 * Travaux over HTTP: the index written as for {@link TravauxSystem}, then {@code travaux serve --no-ingest} started
 * as a process of its own on loopback (so "open → first result" is a cold start of the server), and
 * {@code GET /api/search} asked by one client on one kept-alive connection. The client shares the two cores.
 */
public final class TravauxHttpSystem implements BenchSystem {
    private final TravauxSystem writer = new TravauxSystem();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private HttpServer server;

    @Override
    public void load(Iterable<Corpus.Doc> docs, Path work) throws Exception {
        writer.load(docs, work);
    }

    @Override
    public void open(Path work) throws Exception {
        server = HttpServer.travaux(ProcessHandle.current().info().command().orElse("java"), "1g",
                work.resolve("travaux"), work);
        Runtime.getRuntime().addShutdownHook(new Thread(server.process::destroy));
    }

    @Override
    public long sizeBytes(Path work) throws Exception {
        return writer.sizeBytes(work);
    }

    static String url(SearchRequest r) {
        StringBuilder b = new StringBuilder("/api/search?size=").append(r.size()).append("&q=").append(enc(r.query()));
        for (Map.Entry<String, List<String>> f : r.filters().entrySet()) {
            for (String v : f.getValue()) {
                b.append("&f.").append(f.getKey()).append('=').append(enc(v));
            }
        }
        if (r.from() != null) {
            b.append("&from=").append(r.from());
        }
        if (r.to() != null) {
            b.append("&to=").append(r.to());
        }
        b.append("&facets=").append(r.facets().isEmpty() ? "none" : enc(String.join(",", r.facets())));
        return b.append("&passages=").append(r.passages()).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public long run(Query q) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                URI.create(server.base + url(TravauxSystem.request(q)))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return Corpus.JSON.readTree(r.body()).get("total").asLong();
    }

    @Override
    public boolean countsParagraphs() {
        return false;
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }
}
