package org.travaux.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travaux.extract.ExtractorPool;
import org.travaux.extract.ExtractorSettings;
import org.travaux.ingest.Uploads;
import org.travaux.understand.DocumentAssembler;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The citation graph over HTTP, from a real index of a resolution, the reports and resolutions that cite it (one in
 * two languages) and a document outside the collection (A/RES/70/1): edges and their types, the timeline, queries,
 * the facet, the feed, errors, and a citing upload that comes and goes.
 */
class CitationGraphIT {
    static final String TOKEN = "graph-admin-token-for-tests";
    @TempDir
    static Path tmp;
    static ExtractorPool pool;
    static TestServer server;
    static String resolution;
    static String report;
    static String later;
    static String laterFr;
    static String hostile;

    @BeforeAll
    static void serve() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("A_RES_73_195.html", "A_RES_75_900.html", "A_RES_75_900.fr.html", "A_75_50.html")) {
            Files.copy(Path.of("src/test/resources/web/graph", name), corpus.resolve(name));
        }
        Files.copy(Path.of("src/test/resources/web/citing/A_74_100.html"), corpus.resolve("A_74_100.html"));
        pool = new ExtractorPool(ExtractorSettings.defaults().withWorkers(1));
        server = TestServer.start(tmp.resolve("index"), List.of(corpus), index -> new AdminAccess(TOKEN,
                new Uploads(index, pool, new DocumentAssembler(), tmp.resolve("uploads"), 100_000)));
        resolution = server.idOf("symbol:A/RES/73/195");
        report = server.idOf("symbol:A/74/100");
        hostile = server.idOf("symbol:A/75/50");
        JsonNode versions = server.json("/api/search?q=" + enc("symbol:A/RES/75/900") + "&size=5").get("hits");
        for (JsonNode hit : versions) {
            if ("fr".equals(hit.get("language").asText())) {
                laterFr = hit.get("id").asText();
            } else {
                later = hit.get("id").asText();
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        pool.close();
    }

    @Test
    void aDocumentCitesTypedEdgesAndSaysWhichCitedDocumentsTheCollectionHas() throws Exception {
        JsonNode out = server.json("/api/documents/" + report + "/citations?direction=out");
        assertThat(out.get("direction").asText()).isEqualTo("out");
        assertThat(out.get("total").asInt()).isEqualTo(2);
        JsonNode first = out.get("edges").get(0);
        assertThat(first.get("symbol").asText()).isEqualTo("A/RES/73/195");
        assertThat(first.get("type").asText()).isEqualTo("pursuant_to");
        assertThat(first.get("paragraph").asText()).isEqualTo("1");
        assertThat(first.get("document").asText()).isEqualTo(resolution);
        assertThat(first.get("context").asText()).contains("submitted pursuant to General Assembly resolution 73/195");
        JsonNode second = out.get("edges").get(1);
        assertThat(second.get("symbol").asText()).isEqualTo("A/RES/70/1");
        assertThat(second.get("document").isNull()).as("not in the collection").isTrue();
        assertThat(second.get("type").asText()).as("'recalled' narrates").isEqualTo("refers_to");

        JsonNode resolutionOut = server.json("/api/documents/" + later + "/citations?direction=out");
        assertThat(types(resolutionOut)).containsExactly("A/RES/73/195 recalls", "A/RES/70/1 recalls",
                "A/74/100 takes_note", "A/RES/73/195 welcomes");
        assertThat(resolutionOut.get("counts").toString())
                .isEqualTo("{\"recalls\":2,\"takes_note\":1,\"welcomes\":1}");
    }

    @Test
    void aDocumentIsCitedByOthersInDateOrderCountedByTypeAndPaged() throws Exception {
        JsonNode in = server.json("/api/documents/" + resolution + "/citations?direction=in");
        assertThat(in.get("symbol").asText()).isEqualTo("A/RES/73/195");
        assertThat(in.get("total").asInt()).isEqualTo(6);
        assertThat(in.get("counts").toString())
                .isEqualTo("{\"recalls\":2,\"welcomes\":2,\"pursuant_to\":2}");
        List<String> dates = new ArrayList<>();
        in.get("edges").forEach(e -> dates.add(e.get("date").asText()));
        assertThat(dates).isSorted();
        assertThat(in.get("edges").get(0).get("document").asText()).isEqualTo(report);
        assertThat(in.get("edges").get(0).get("text").asText()).startsWith("1. The present report is submitted");

        JsonNode recalls = server.json("/api/documents/" + resolution + "/citations?direction=in&type=recalls");
        assertThat(recalls.get("total").asInt()).isEqualTo(2);
        assertThat(recalls.get("edges")).allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("recalls"));

        JsonNode page1 = server.json("/api/documents/" + resolution + "/citations?direction=in&size=4");
        assertThat(page1.get("edges")).hasSize(4);
        JsonNode page2 = server.json("/api/documents/" + resolution + "/citations?direction=in&size=4&cursor="
                + page1.get("nextCursor").asText());
        assertThat(page2.get("edges")).hasSize(2);
        assertThat(page2.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void theTimelineShowsTheRequestsAndEveryCitingDocumentOnceInDateOrder() throws Exception {
        JsonNode t = server.json("/api/timeline?symbol=" + enc("resolution 73/195"));
        assertThat(t.get("symbol").asText()).isEqualTo("A/RES/73/195");
        assertThat(t.get("document").asText()).isEqualTo(resolution);
        JsonNode requests = t.get("requests");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).get("kind").asText()).isEqualTo("report");
        assertThat(requests.get(0).get("session").asInt()).isEqualTo(74);
        assertThat(requests.get(0).get("due").asText()).isEqualTo("at its seventy-fourth session");
        assertThat(requests.get(0).get("paragraph").asText()).isEqualTo("2");
        assertThat(requests.get(0).get("answeredBy")).extracting(JsonNode::asText).containsExactly(report);
        assertThat(requests.get(1).get("kind").asText()).isEqualTo("meeting");
        assertThat(requests.get(1).get("year").asInt()).isEqualTo(2022);

        List<String> citing = new ArrayList<>();
        t.get("citing").forEach(e -> citing.add(e.get("symbol").asText() + " " + e.get("type").asText() + " "
                + e.get("date").asText()));
        assertThat(citing).containsExactly("A/74/100 pursuant_to 2019-08-01", "A/75/50 pursuant_to 2020-07-03",
                "A/RES/75/900 recalls 2021-01-04", "A/RES/75/900 welcomes 2021-01-04");
        assertThat(t.get("citing")).allSatisfy(e -> assertThat(e.get("document").asText()).isNotEqualTo(laterFr));
        assertThat(t.get("total").asInt()).as("every language version").isEqualTo(6);

        JsonNode fr = server.json("/api/timeline?symbol=A/RES/73/195&lang=fr");
        assertThat(fr.get("citing").get(2).get("document").asText()).isEqualTo(laterFr);
        assertThat(fr.get("citing").get(2).get("text").asText()).startsWith("Rappelant");
    }

    @Test
    void aSymbolOutsideTheCollectionHasATimelineOfItsCitingDocuments() throws Exception {
        JsonNode t = server.json("/api/timeline?symbol=a/res/70/1");
        assertThat(t.get("symbol").asText()).isEqualTo("A/RES/70/1");
        assertThat(t.get("document").isNull()).isTrue();
        assertThat(t.get("requests")).isEmpty();
        assertThat(t.get("citing")).extracting(e -> e.get("symbol").asText()).containsExactly("A/74/100",
                "A/RES/75/900");

        JsonNode nothing = server.json("/api/timeline?symbol=A/RES/60/1");
        assertThat(nothing.get("document").isNull()).isTrue();
        assertThat(nothing.get("citing")).isEmpty();
    }

    @Test
    void queriesFindWhatCitesASymbolAndWhatADocumentCites() throws Exception {
        assertThat(ids("cites:A/RES/73/195")).containsExactlyInAnyOrder(report, later, laterFr, hostile);
        assertThat(ids("cites:\"resolution 73/195\"")).containsExactlyInAnyOrder(report, later, laterFr, hostile);
        assertThat(ids("cites:a/res/70/1")).containsExactlyInAnyOrder(report, later, laterFr);
        assertThat(ids("citedby:A/74/100")).containsExactly(resolution);
        assertThat(ids("citedby:A/RES/75/900")).containsExactlyInAnyOrder(resolution, report);
        assertThat(ids("citedby:A/RES/70/1")).isEmpty();
    }

    @Test
    void searchResultsCountTheirMostCitedDocuments() throws Exception {
        JsonNode cites = server.json("/api/search?q=").get("facets").get("cites");
        assertThat(cites.get(0).get("value").asText()).isEqualTo("A/RES/73/195");
        assertThat(cites.get(0).get("count").asInt()).isEqualTo(4);
        JsonNode filtered = server.json("/api/search?q=&f.cites=" + enc("A/RES/70/1"));
        assertThat(filtered.get("total").asInt()).isEqualTo(3);

        JsonNode top = server.json("/api/citations/most-cited?size=3").get("symbols");
        assertThat(top.get(0).get("symbol").asText()).isEqualTo("A/RES/73/195");
        assertThat(top.get(0).get("citingDocuments").asInt()).isEqualTo(4);
        assertThat(top.get(0).get("document").asText()).isEqualTo(resolution);
        assertThat(top).anySatisfy(s -> {
            assertThat(s.get("symbol").asText()).isEqualTo("A/RES/70/1");
            assertThat(s.get("document").isNull()).isTrue();
        });
    }

    @Test
    void theFeedListsCitingDocumentsNewestFirstAsEscapedAtom() throws Exception {
        HttpResponse<String> r = server.get("/feeds/cites.atom?symbol=" + enc("resolution 73/195"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/atom+xml"));
        assertThat(r.body()).doesNotContain("<script>").doesNotContain("</summary> data");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                r.body().getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(text(root, "title")).isEqualTo("Documents citing A/RES/73/195");
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> updated = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            updated.add(text((Element) entries.item(i), "updated"));
        }
        assertThat(updated).hasSize(4).isSortedAccordingTo((a, b) -> b.compareTo(a));
        String hostileSummary = text((Element) entries.item(2), "summary");
        assertThat(hostileSummary).contains("<script>alert(\"x\")</script> & covers “remittances” ]]> </summary>");
        assertThat(text((Element) entries.item(2), "id")).endsWith("/doc/" + hostile + "#para-1");
    }

    @Test
    void badRequestsSayWhatIsWrong() throws Exception {
        assertBad("/api/timeline", "give a document symbol");
        assertBad("/api/timeline?symbol=migration", "is not a document symbol");
        assertBad("/api/timeline?symbol=A/RES/73/195&lang=english", "lang");
        assertBad("/feeds/cites.atom?symbol=%3Cscript%3E", "is not a document symbol");
        assertBad("/api/documents/" + resolution + "/citations?direction=sideways", "direction must be in or out");
        assertBad("/api/documents/" + resolution + "/citations?type=praises", "type must be one of recalls");
        assertBad("/api/documents/" + resolution + "/citations?size=0", "size");
        assertBad("/api/documents/" + resolution + "/citations?cursor=zzz", "cursor");
        assertBad("/api/citations/most-cited?size=1000", "size");
        assertThat(server.get("/api/documents/no-such-doc/citations").statusCode()).isEqualTo(404);
    }

    @Test
    void aCitingUploadAddsItsEdgesAndTakesThemAwayWhenRemoved() throws Exception {
        String before = server.json("/api/documents/" + resolution + "/citations?direction=in").get("total").asText();
        String memo = "United Nations A/76/10\n\nGeneral Assembly Distr.: General 5 May 2021\n\n1. The present note"
                + " is submitted in follow-up to resolution 73/195.\n";
        HttpResponse<String> added = server.send(upload(memo.getBytes(StandardCharsets.UTF_8)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String id = Json.mapper().readTree(added.body()).get("id").asText();
        JsonNode in = server.json("/api/documents/" + resolution + "/citations?direction=in&type=pursuant_to");
        assertThat(in.get("edges")).anySatisfy(e -> assertThat(e.get("document").asText()).isEqualTo(id));
        assertThat(in.get("total").asInt()).isEqualTo(3);

        HttpResponse<String> removed = server.send(HttpRequest.newBuilder(server.uri("/api/documents/" + id)).DELETE()
                .header("Authorization", "Bearer " + TOKEN));
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(server.json("/api/documents/" + resolution + "/citations?direction=in").get("total").asText())
                .isEqualTo(before);
        assertThat(ids("cites:A/RES/73/195")).doesNotContain(id);
    }

    @Test
    void theTimelinePageIsServedUnderItsOwnPathWithTheSecurityPolicy() throws Exception {
        HttpResponse<String> page = server.get("/timeline?symbol=" + enc("A/RES/73/195"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(WebApp.CONTENT_SECURITY_POLICY);
        assertThat(page.body()).contains("<script type=\"module\" src=\"/js/timeline.js\"></script>")
                .doesNotContain("style=").doesNotContain("onclick");
        assertThat(server.get("/js/timeline.js").statusCode()).isEqualTo(200);
        assertThat(server.get("/timeline.css").statusCode()).isEqualTo(200);
    }

    @Test
    void theReaderShowsEachReferencesType() throws Exception {
        JsonNode refs = server.json("/api/documents/" + report).get("references");
        assertThat(refs.get(0).get("type").asText()).isEqualTo("pursuant_to");
    }

    private static List<String> types(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("edges").forEach(e -> out.add(e.get("symbol").asText() + " " + e.get("type").asText()));
        return out;
    }

    private static List<String> ids(String query) throws Exception {
        JsonNode hits = server.json("/api/search?size=20&q=" + enc(query)).get("hits");
        return StreamSupport.stream(hits.spliterator(), false).map(h -> h.get("id").asText()).toList();
    }

    private static void assertBad(String path, String message) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(400);
        JsonNode body = Json.mapper().readTree(r.body());
        assertThat(body.get("error").asText()).isEqualTo("bad request");
        assertThat(body.get("detail").asText()).contains(message);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A multipart upload of a text file, as AdminApiIT sends one. */
    private static HttpRequest.Builder upload(byte[] content) throws Exception {
        String boundary = "----travaux" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\""
                + "\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(server.uri("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}
