package org.travaux.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries that name the document rather than its text, and queries no document fully answers. */
class QueryFallbacksIT {
    @TempDir
    static Path tmp;
    static TestServer server;

    @BeforeAll
    static void serve() throws Exception {
        server = TestServer.overCitingPair(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void wordsOfTheMetadataCountAsWordsOfEveryParagraph() throws Exception {
        // "Heads" is only in annex paragraph 1; the year, the forum and the symbol are only in the metadata
        JsonNode r = search("Heads 2019 \"General Assembly\" A/RES/73/195");
        assertThat(r.get("total").asInt()).isEqualTo(1);
        assertThat(r.get("relaxed").asBoolean()).isFalse();
        assertThat(r.get("hits").get(0).get("passages").get(0).get("id").asText()).isEqualTo("annex.1");
    }

    @Test
    void whenNoDocumentHasEveryWordTheOnesWithMostOfThemComeFlagged() throws Exception {
        JsonNode r = search("quinoa Heads Morocco");
        assertThat(r.get("relaxed").asBoolean()).isTrue();
        assertThat(r.get("total").asInt()).isEqualTo(1);
        assertThat(r.get("hits").get(0).get("symbol").asText()).isEqualTo("A/RES/73/195");
    }

    @Test
    void operatorsAndPhrasesAreNeverRelaxed() throws Exception {
        assertThat(search("\"quinoa Heads Morocco\"").get("total").asInt()).isZero();
        assertThat(search("quinoa AND Heads AND Morocco").get("relaxed").asBoolean()).isFalse();
        assertThat(search("quinoa Heads").get("relaxed").asBoolean()).isFalse();
    }

    private static JsonNode search(String q) throws Exception {
        return server.json("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }
}
