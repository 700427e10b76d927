package org.travaux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travaux.web.Json;

/** The packaged command line: exit codes, one-line errors, the report and {@code search --json}. */
class CliIT {
    @TempDir
    Path tmp;

    @Test
    void ingestThenStatusSearchAndCheckOverTheShippedCorpus() throws Exception {
        String index = tmp.resolve("index").toString();
        JarRunner.Result ingest = JarRunner.run(tmp, "ingest", "corpus", "--index", index, "--report",
                tmp.resolve("report.json").toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("9 files in").contains("indexed").contains("renditions");
        JsonNode report = Json.mapper().readTree(tmp.resolve("report.json").toFile());
        assertThat(report.get("counts").get("indexed").asInt()).isEqualTo(9);
        assertThat(report.get("files")).hasSize(9);
        assertThat(report.get("files").get(0).get("outcome").asText()).isEqualTo("indexed");

        JarRunner.Result status = JarRunner.run(tmp, "status", "--index", index);
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).containsPattern("documents\\s+9").contains("last ingest");

        JarRunner.Result search = JarRunner.run(tmp, "search", "remittances", "--json", "--index", index);
        assertThat(search.exitCode()).as(search.err()).isZero();
        JsonNode body = Json.mapper().readTree(search.out());
        assertThat(body.get("total").asInt()).isPositive();
        assertThat(body.fieldNames()).toIterable().containsExactly("query", "total", "totalExact", "partial", "relaxed",
                "tookMs", "nextCursor", "hits", "facets");

        JarRunner.Result check = JarRunner.run(tmp, "check", "--index", index);
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("OK");

        JarRunner.Result again = JarRunner.run(tmp, "ingest", "corpus", "--index", index);
        assertThat(again.out()).contains("9 files in").contains("0 extracted");
    }

    @Test
    void errorsAreOneLineAndExitNonZero() throws Exception {
        JarRunner.Result noIndex = JarRunner.run(tmp, "status", "--index", tmp.resolve("nothing").toString());
        assertThat(noIndex.exitCode()).isEqualTo(1);
        assertThat(noIndex.err().strip()).startsWith("travaux: error: no index at").doesNotContain("\n")
                .doesNotContain("Exception");

        JarRunner.Result badQuery = JarRunner.run(tmp, "ingest", tmp.resolve("missing-folder").toString(),
                "--index", tmp.resolve("i2").toString());
        assertThat(badQuery.exitCode()).isEqualTo(1);
        assertThat(badQuery.err()).contains("travaux: error: not a folder:");

        JarRunner.Result usage = JarRunner.run(tmp, "frobnicate");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("Unmatched argument");
    }
}
