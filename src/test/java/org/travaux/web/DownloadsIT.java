package org.travaux.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Citations, original files and result exports over HTTP, from a real index of a resolution and a report citing it. */
class DownloadsIT {
    @TempDir
    static Path tmp;
    static TestServer server;
    static String resolution;
    static String report;

    @BeforeAll
    static void serve() throws Exception {
        server = TestServer.overCitingPair(tmp);
        resolution = server.idOf("symbol:A/RES/73/195");
        report = server.idOf("symbol:A/74/100");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyParagraphCarriesItsUnCitation() throws Exception {
        JsonNode doc = server.json("/api/documents/" + resolution);
        assertThat(doc.get("citation").asText()).isEqualTo("A/RES/73/195");
        assertThat(paragraph(doc, "annex.1").get("citation").asText()).isEqualTo("A/RES/73/195, annex, para. 1");
        assertThat(paragraph(doc, "2").get("citation").asText()).isEqualTo("A/RES/73/195, para. 2");
    }

    @Test
    void aDocumentIsFoundByItsKeyAsWellAsItsId() throws Exception {
        JsonNode byKey = server.json("/api/documents/A-RES-73-195.en");
        assertThat(byKey.get("id").asText()).isEqualTo(resolution);
        assertThat(byKey.get("key").asText()).isEqualTo("A-RES-73-195.en");
    }

    @Test
    void referencesLinkToTheCitedDocumentWhenTheCollectionHasIt() throws Exception {
        JsonNode refs = server.json("/api/documents/" + report).get("references");
        assertThat(refs).anySatisfy(r -> {
            assertThat(r.get("symbol").asText()).isEqualTo("A/RES/73/195");
            assertThat(r.get("document").asText()).isEqualTo(resolution);
            assertThat(r.get("paragraph").asText()).isEqualTo("1");
        });
        assertThat(refs).anySatisfy(r -> {
            assertThat(r.get("symbol").asText()).isEqualTo("A/RES/70/1");
            assertThat(r.get("document").isNull()).isTrue();
        });
    }

    @Test
    void aCitationDownloadsInEachFormat() throws Exception {
        HttpResponse<String> bib = server.get("/api/documents/" + resolution + "/citation?format=bibtex&paragraph=annex.1");
        assertThat(bib.statusCode()).isEqualTo(200);
        assertThat(bib.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"A_RES_73_195-para-annex_1.bib\"");
        assertThat(bib.body()).startsWith("@misc{A_RES_73_195_annex_1,").contains("note = {A/RES/73/195, annex, para. 1}")
                .contains("url = {http://127.0.0.1:" + server.port() + "/doc/" + resolution + "#para-annex.1}");

        HttpResponse<String> ris = server.get("/api/documents/" + resolution + "/citation?format=ris");
        assertThat(ris.body()).startsWith("TY  - GOVDOC").contains("M1  - A/RES/73/195").endsWith("ER  - \n");

        JsonNode csl = Json.mapper().readTree(server.get("/api/documents/" + resolution
                + "/citation?format=csl-json&paragraph=2").body());
        assertThat(csl.get(0).get("type").asText()).isEqualTo("document");
        assertThat(csl.get(0).get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(2019);
        assertThat(csl.get(0).get("note").asText()).isEqualTo("A/RES/73/195, para. 2");

        assertThat(server.get("/api/documents/" + resolution + "/citation?format=un&paragraph=annex.2").body())
                .isEqualTo("A/RES/73/195, annex, para. 2\n");
    }

    @Test
    void aBadCitationRequestSaysWhatIsWrong() throws Exception {
        HttpResponse<String> format = server.get("/api/documents/" + resolution + "/citation?format=endnote");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("endnote");
        HttpResponse<String> para = server.get("/api/documents/" + resolution + "/citation?paragraph=999");
        assertThat(para.statusCode()).isEqualTo(404);
        assertThat(para.body()).contains("no paragraph '999'");
    }

    @Test
    void theOriginalFileDownloadsAsAnAttachmentByteForByte() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.base() + "/api/documents/" + resolution + "/original")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(Files.readAllBytes(Path.of("src/test/resources/web/citing/A_RES_73_195.html")));
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"A_RES_73_195.html\"");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(server.get("/api/documents/no-such-doc/original").statusCode()).isEqualTo(404);
    }

    @Test
    void theResultListExportsAsCsvAndJsonWithTheCapStated() throws Exception {
        HttpResponse<String> csv = server.get("/api/export?format=csv&q=migration&sort=date");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("X-Export-Cap")).hasValue("1000");
        assertThat(csv.headers().firstValue("X-Export-Total")).hasValue("2");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,symbol,title,forum,date,type,language,source,url,paragraph,passage");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(resolution + ",A/RES/73/195,");

        JsonNode json = Json.mapper().readTree(server.get("/api/export?format=json&q=migration").body());
        assertThat(json.get("cap").asInt()).isEqualTo(1000);
        assertThat(json.get("truncated").asBoolean()).isFalse();
        assertThat(json.get("hits").size()).isEqualTo(2);
        assertThat(server.get("/api/export?format=xml&q=x").statusCode()).isEqualTo(400);
    }

    @Test
    void aPassageInTheCsvIsPlainTextAndFormulasAreDefused() {
        assertThat(ResultExport.plainText("<mark>Charter</mark> &amp; &quot;friends&quot; &lt;b&gt; &#x2F;&#39;"))
                .isEqualTo("Charter & \"friends\" <b> /'");
        ResultExport export = new ResultExport("q", 1, List.of(new org.travaux.search.DocumentHit("d", null,
                "=HYPERLINK(\"x\")", List.of("A", "B"), null, null, null, "s", 1f, List.of())), "http://h");
        assertThat(export.csv().lines().toList().get(1)).isEqualTo("d,,\"'=HYPERLINK(\"\"x\"\")\",A > B,,,,s,http://h/doc/d,,");
    }

    private static JsonNode paragraph(JsonNode doc, String id) {
        for (JsonNode p : doc.get("paragraphs")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no paragraph " + id + " in " + doc.get("id"));
    }
}
