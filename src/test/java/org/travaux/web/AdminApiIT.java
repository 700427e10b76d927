package org.travaux.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travaux.extract.ExtractorPool;
import org.travaux.extract.ExtractorSettings;
import org.travaux.ingest.Uploads;
import org.travaux.understand.DocumentAssembler;

/** The admin API: closed without a token, guarded by it otherwise, uploads through the isolated ingest. */
class AdminApiIT {
    static final String TOKEN = "s3cret-admin-token-for-tests";
    static final long LIMIT = 200_000;
    @TempDir
    static Path tmp;
    static ExtractorPool pool;
    static TestServer server;
    static Path uploads;
    static String corpusDocument;

    @BeforeAll
    static void serve() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("src/test/resources/web/citing/A_74_100.html"), corpus.resolve("A_74_100.html"));
        uploads = tmp.resolve("uploads");
        pool = new ExtractorPool(ExtractorSettings.defaults().withWorkers(1));
        server = TestServer.start(tmp.resolve("index"), List.of(corpus), index -> new AdminAccess(TOKEN,
                new Uploads(index, pool, new DocumentAssembler(), uploads, LIMIT)));
        corpusDocument = server.idOf("symbol:A/74/100");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        pool.close();
    }

    @Test
    void withoutATokenConfiguredTheAdminApiIsForbidden() throws Exception {
        try (TestServer closed = TestServer.start(tmp.resolve("closed-index"), List.of(), index -> AdminAccess.closed())) {
            HttpResponse<String> r = closed.send(upload(closed, "memo.txt", "text".getBytes(), "Bearer " + TOKEN));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("TRAVAUX_ADMIN_TOKEN");
            assertThat(closed.send(HttpRequest.newBuilder(closed.uri("/api/documents/x")).DELETE()).statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void aMissingOrWrongTokenIsRefused() throws Exception {
        assertThat(server.send(upload(server, "memo.txt", "text".getBytes(), null)).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = server.send(upload(server, "memo.txt", "text".getBytes(), "Bearer guess"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void anUploadIsIndexedSearchableAndRemovable() throws Exception {
        String memo = "Memorandum on seasonal agricultural workers\n\n1. The pilot scheme for quinoa harvest workers "
                + "ran in three provinces.\n";
        HttpResponse<String> r = server.send(upload(server, "../../etc/memo.txt", memo.getBytes(StandardCharsets.UTF_8),
                "Bearer " + TOKEN));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode added = Json.mapper().readTree(r.body());
        String id = added.get("id").asText();
        assertThat(added.get("outcome").asText()).isEqualTo("indexed");
        assertThat(added.get("url").asText()).isEqualTo("/doc/" + id);
        assertThat(storedFiles()).singleElement().satisfies(f -> assertThat(f.getFileName().toString())
                .matches("[0-9a-f]{24}\\.txt"));
        assertThat(server.idOf("quinoa harvest")).isEqualTo(id);

        HttpResponse<String> removed = server.send(HttpRequest.newBuilder(server.uri("/api/documents/" + id)).DELETE()
                .header("Authorization", "Bearer " + TOKEN));
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(server.json("/api/search?q=quinoa").get("total").asInt()).isZero();
        assertThat(storedFiles()).isEmpty();
        assertThat(server.get("/api/documents/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aFileThatIsNoDocumentIsRefusedWithItsReasonAndNotKept() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        HttpResponse<String> r = server.send(upload(server, "report.pdf", noise, "Bearer " + TOKEN));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode body = Json.mapper().readTree(r.body());
        assertThat(body.get("outcome").asText()).isIn("unsupported", "corrupt");
        assertThat(body.get("reason").asText()).isNotBlank();
        assertThat(body.get("id").isNull()).isTrue();
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void anUploadOverTheLimitIs413() throws Exception {
        HttpResponse<String> r = server.send(upload(server, "big.txt", new byte[(int) LIMIT + 100_000], "Bearer " + TOKEN));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains(Long.toString(LIMIT));
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void aCorpusDocumentIsNotRemovedBehindTheCorpusBack() throws Exception {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/api/documents/" + corpusDocument))
                .DELETE().header("Authorization", "Bearer " + TOKEN));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("A_74_100.html");
        assertThat(server.get("/api/documents/" + corpusDocument).statusCode()).isEqualTo(200);
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/api/documents/no-such-doc")).DELETE()
                .header("Authorization", "Bearer " + TOKEN)).statusCode()).isEqualTo(404);
    }

    private static List<Path> storedFiles() throws IOException {
        if (!Files.isDirectory(uploads)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(uploads)) {
            return files.toList();
        }
    }

    private static HttpRequest.Builder upload(TestServer to, String fileName, byte[] content, String authorization)
            throws IOException {
        String boundary = "----travaux" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(to.uri("/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return authorization == null ? request : request.header("Authorization", authorization);
    }
}
