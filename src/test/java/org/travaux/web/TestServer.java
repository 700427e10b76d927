package org.travaux.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.travaux.extract.ExtractorPool;
import org.travaux.extract.ExtractorSettings;
import org.travaux.index.TravauxIndex;
import org.travaux.ingest.IngestSettings;
import org.travaux.ingest.Ingester;
import org.travaux.ingest.ProgressListener;
import org.travaux.search.DocumentReader;
import org.travaux.search.SearchService;
import org.travaux.search.Searchers;
import org.travaux.understand.DocumentAssembler;

/** A real index of some folders, ingested with the real extraction processes and served on a free port. */
final class TestServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    final TravauxIndex index;
    final Searchers searchers;
    final Javalin app;

    private TestServer(TravauxIndex index, Searchers searchers, Javalin app) {
        this.index = index;
        this.searchers = searchers;
        this.app = app;
    }

    /** What the admin API gets, given the index (uploads write into it). */
    interface AdminSetup {
        AdminAccess over(TravauxIndex index) throws IOException;
    }

    static TestServer start(Path indexDir, List<Path> folders, AdminSetup adminSetup) throws IOException {
        TravauxIndex index = TravauxIndex.open(indexDir);
        try (ExtractorPool pool = new ExtractorPool(ExtractorSettings.defaults().withWorkers(2))) {
            new Ingester(index, pool, new DocumentAssembler(), IngestSettings.defaults(2), ProgressListener.NONE)
                    .ingest(folders);
        }
        Searchers searchers = Searchers.over(index);
        Javalin app = WebApp.create(new WebSettings("127.0.0.1", 0, Path.of("web")), new SearchService(searchers),
                new DocumentReader(searchers), adminSetup.over(index)).start();
        return new TestServer(index, searchers, app);
    }

    /** A resolution (A/RES/73/195, with an annex) and a report citing it, served with the admin API closed. */
    static TestServer overCitingPair(Path tmp) throws IOException {
        Path corpus = java.nio.file.Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("A_RES_73_195.html", "A_74_100.html")) {
            java.nio.file.Files.copy(Path.of("src/test/resources/web/citing", name), corpus.resolve(name));
        }
        return start(tmp.resolve("index"), List.of(corpus), index -> AdminAccess.closed());
    }

    int port() {
        return app.port();
    }

    String base() {
        return "http://127.0.0.1:" + port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create(base() + path);
    }

    JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return Json.mapper().readTree(r.body());
    }

    /** The id of the first hit of a query (which must have one). */
    String idOf(String query) throws IOException, InterruptedException {
        JsonNode hits = json("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).get("hits");
        if (hits.isEmpty()) {
            throw new AssertionError("no hit for " + query);
        }
        return hits.get(0).get("id").asText();
    }

    @Override
    public void close() throws IOException {
        app.stop();
        searchers.close();
        index.close();
    }
}
