package org.travaux.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travaux.extract.ExtractorPool;
import org.travaux.extract.ExtractorSettings;
import org.travaux.index.TravauxIndex;
import org.travaux.ingest.IngestReport;
import org.travaux.ingest.IngestSettings;
import org.travaux.ingest.Ingester;
import org.travaux.ingest.ProgressListener;
import org.travaux.model.Outcome;
import org.travaux.search.DocumentReader;
import org.travaux.search.SearchService;
import org.travaux.search.Searchers;
import org.travaux.understand.DocumentAssembler;

/**
 * End to end: the shipped corpus/ (plus one hostile document) ingested with the real extraction processes into a
 * real index, served on a free port, queried over HTTP.
 */
class WebApiIT {
    @TempDir
    static Path tmp;
    static TravauxIndex index;
    static Searchers searchers;
    static Javalin app;
    static IngestReport report;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serveTheCorpus() throws IOException {
        Path hostile = Files.createDirectories(tmp.resolve("hostile"));
        Files.writeString(hostile.resolve("xss.html"), "<html><head><title>Migration &lt;script&gt;</title></head>"
                + "<body><p>Remittances &lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;migrants&quot; "
                + "<b onmouseover=alert(1)>bold</b></p></body></html>");
        index = TravauxIndex.open(tmp.resolve("index"));
        try (ExtractorPool pool = new ExtractorPool(ExtractorSettings.defaults().withWorkers(2))) {
            report = new Ingester(index, pool, new DocumentAssembler(), IngestSettings.defaults(2),
                    ProgressListener.NONE).ingest(List.of(Path.of("corpus"), hostile));
        }
        searchers = Searchers.over(index);
        app = WebApp.create(new WebSettings("127.0.0.1", 0, Path.of("web")), new SearchService(searchers),
                new DocumentReader(searchers)).start();
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        searchers.close();
        index.close();
    }

    @Test
    void everyShippedDocumentIsIndexedWhateverItsFormat() {
        assertThat(report.files()).hasSize(10).allMatch(r -> r.outcome() == Outcome.INDEXED, "indexed");
        assertThat(report.files()).extracting(r -> r.mediaType()).contains("text/plain", "application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/html");
    }

    @Test
    void aSearchFindsTheParagraphAndHighlightsIt() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("\"regional consultative processes\" Lima"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = Json.mapper().readTree(r.body());
        assertThat(body.get("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(body.get("totalExact").asBoolean()).isTrue();
        List<String> sources = body.get("hits").findValuesAsText("source");
        assertThat(sources).contains("ga68-letter-peru-rcp-global-meeting-migration-2013.txt",
                "renditions/ga68-letter-peru-rcp-global-meeting-migration-2013.pdf",
                "renditions/ga68-letter-peru-rcp-global-meeting-migration-2013.docx");
        JsonNode passage = body.get("hits").get(0).get("passages").get(0);
        assertThat(passage.get("html").asText()).contains("<mark>");
        assertThat(passage.get("id").asText()).isNotBlank();
    }

    @Test
    void documentTextIsEscapedInPassages() throws Exception {
        JsonNode body = Json.mapper().readTree(get("/api/search?q=remittances+alert").body());
        assertThat(body.get("total").asInt()).isEqualTo(1);
        String html = body.get("hits").get(0).get("passages").get(0).get("html").asText();
        assertThat(html).contains("&lt;script&gt;").doesNotContain("<script").doesNotContain("<b ");
        assertThat(html.replaceAll("</?mark>", "")).doesNotContain("<");
    }

    @Test
    void aDocumentReadsBackInOrderAndAnUnknownOneIs404() throws Exception {
        JsonNode search = Json.mapper().readTree(get("/api/search?q=Lima").body());
        String id = search.get("hits").get(0).get("id").asText();
        HttpResponse<String> r = get("/api/documents/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = Json.mapper().readTree(r.body());
        assertThat(doc.get("paragraphs").size()).isGreaterThan(10);
        assertThat(doc.get("paragraphs").get(0).get("id").asText()).isEqualTo("p1");

        HttpResponse<String> missing = get("/api/documents/no-such-doc");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Json.mapper().readTree(missing.body()).get("error").asText()).isEqualTo("not found");
    }

    @Test
    void matchesInsideOneDocumentComeInReadingOrder() throws Exception {
        JsonNode search = Json.mapper().readTree(get("/api/search?q=Lima").body());
        String id = search.get("hits").get(0).get("id").asText();
        JsonNode within = Json.mapper().readTree(get("/api/documents/" + id + "/search?q=migration").body());
        assertThat(within.get("matches").size()).isGreaterThan(2);
        List<String> ids = within.get("matches").findValuesAsText("id");
        JsonNode doc = Json.mapper().readTree(get("/api/documents/" + id).body());
        List<String> order = doc.get("paragraphs").findValuesAsText("id");
        assertThat(ids.stream().map(order::indexOf).toList()).isSorted().doesNotContain(-1);
        assertThat(within.get("matches").get(0).get("html").asText()).contains("<mark>");
        assertThat(get("/api/documents/nope/search?q=x").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiDescribesItselfInOpenApi3() throws Exception {
        JsonNode spec = Json.mapper().readTree(get("/api/openapi.json").body());
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        assertThat(spec.get("paths").has("/api/search")).isTrue();
        assertThat(spec.get("paths").fieldNames()).toIterable().contains("/api/search", "/api/documents/{id}/search",
                "/api/documents/{id}/citation", "/api/documents/{id}/original", "/api/export", "/api/documents");
        assertThat(spec.get("paths").get("/api/documents/{id}").has("delete")).isTrue();
    }

    @Test
    void facetsCountDocumentsAndFiltersNarrowThem() throws Exception {
        JsonNode all = Json.mapper().readTree(get("/api/search?q=migration").body());
        assertThat(all.get("facets").has("year")).isTrue();
        assertThat(all.get("facets").get("clause").findValuesAsText("value")).contains("narrative");
        JsonNode sorted = Json.mapper().readTree(get("/api/search?q=migration&sort=-date").body());
        assertThat(sorted.get("total").asInt()).isEqualTo(all.get("total").asInt());
        assertThat(get("/api/search?q=migration&f.nothing=x").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=migration&from=2020-13").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=migration&sort=sideways").statusCode()).isEqualTo(400);
    }

    @Test
    void aClientAsksOnlyForTheFacetsAndPassagesItShows() throws Exception {
        JsonNode all = Json.mapper().readTree(get("/api/search?q=migration").body());
        JsonNode lean = Json.mapper().readTree(get("/api/search?q=migration&facets=none&passages=0").body());
        assertThat(lean.get("total").asInt()).isEqualTo(all.get("total").asInt());
        assertThat(lean.get("totalExact").asBoolean()).isTrue();
        assertThat(hitIds(lean)).isEqualTo(hitIds(all)); // the hits' own ids, not their passages'

        assertThat(lean.get("facets").size()).isZero();
        assertThat(lean.get("hits").findValues("passages")).allMatch(p -> p.isEmpty());
        JsonNode some = Json.mapper().readTree(get("/api/search?q=migration&facets=year,clause&passages=1").body());
        assertThat(some.get("facets").fieldNames()).toIterable().containsExactlyInAnyOrder("year", "clause");
        assertThat(some.get("facets").get("year")).isEqualTo(all.get("facets").get("year"));
        assertThat(some.get("facets").get("clause")).isEqualTo(all.get("facets").get("clause"));
        assertThat(some.get("hits").findValues("passages")).allMatch(p -> p.size() == 1);
        assertThat(some.get("hits").get(0).get("passages").get(0))
                .isEqualTo(all.get("hits").get(0).get("passages").get(0));
    }

    @Test
    void badRequestsAre400WithAMessageNever500() throws Exception {
        for (String query : List.of("q=" + enc("\"unbalanced"), "q=" + enc("(a OR b"), "q=" + enc("*leading"),
                "q=a&size=1000", "q=a&size=ten", "q=a&cursor=" + enc("!!"), "q=" + "x".repeat(2000),
                "q=a&facets=forum,colour", "q=a&passages=11", "q=a&passages=-1", "q=a&passages=all")) {
            HttpResponse<String> r = get("/api/search?" + query);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            JsonNode body = Json.mapper().readTree(r.body());
            assertThat(body.get("error").asText()).isEqualTo("bad request");
            assertThat(body.get("detail").asText()).as(query).isNotBlank();
        }
    }

    @Test
    void pagesCarrySecurityHeadersAndTheSearchPage() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form id=\"search-form\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private static List<String> hitIds(JsonNode response) {
        List<String> ids = new java.util.ArrayList<>();
        response.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
