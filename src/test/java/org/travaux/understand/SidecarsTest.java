package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SidecarsTest {
    private static final Path DEBATES = Path.of("../shared/corpus/debates/catalog.csv");

    /** The first lines of ../shared/corpus/debates/catalog.csv as they are: BOM-less, CRLF, a quoted comma. */
    private static final String DEBATES_HEAD = "File,country,iso3,session,year,speaker,post\r\n"
            + "Session 55 - 2000/AFG_55_2000.txt,Afghanistan,AFG,55,2000,Abdullah Abdullah,Minister for Foreign Affairs\r\n"
            + "Session 55 - 2000/ARE_55_2000.txt,UAE,ARE,55,2000,Rashid Abdullah Al-Noaimi,Minister for Foreign Affairs\r\n"
            + "Session 56 - 2001/PLW_56_2001.txt,Palau,PLW,56,2001,\"Tommy Remengesau, Jr.\",President\r\n"
            + "Session 56 - 2001/COM_56_2001.txt,,COM,56,2001,,\r\n";

    @Test
    void readsTheDebateCatalogueAsItIs() {
        Map<String, Map<String, String>> rows = Sidecars.parseCatalog(DEBATES_HEAD);
        assertThat(rows).containsOnlyKeys("Session 55 - 2000/AFG_55_2000.txt", "Session 55 - 2000/ARE_55_2000.txt",
                "Session 56 - 2001/PLW_56_2001.txt", "Session 56 - 2001/COM_56_2001.txt");
        assertThat(rows.get("Session 55 - 2000/AFG_55_2000.txt")).containsExactly(Map.entry("country", "Afghanistan"),
                Map.entry("iso3", "AFG"), Map.entry("session", "55"), Map.entry("year", "2000"),
                Map.entry("speaker", "Abdullah Abdullah"), Map.entry("post", "Minister for Foreign Affairs"));
        assertThat(rows.get("Session 56 - 2001/PLW_56_2001.txt")).containsEntry("speaker", "Tommy Remengesau, Jr.");
        // Empty cells are "not known", so they are left out rather than overriding the text with "".
        assertThat(rows.get("Session 56 - 2001/COM_56_2001.txt")).containsOnlyKeys("iso3", "session", "year");
    }

    @Test
    void readsTheWholeDebateCatalogue() throws IOException {
        assumeTrue(Files.exists(DEBATES), "../shared/corpus is not on this machine");
        Map<String, Map<String, String>> rows = Sidecars.parseCatalog(Files.readString(DEBATES, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(4793);
        assertThat(rows.get("Session 79 - 2024/PER_79_2024.txt")).containsEntry("country", "Peru")
                .containsEntry("session", "79").containsEntry("year", "2024");
        assertThat(rows.values()).allSatisfy(f -> assertThat(f).containsKeys("iso3", "session", "year"));
    }

    @Test
    void toleratesBomLfBlankLinesAndQuotedLineBreaks() {
        String csv = "\uFEFFfile,Title,Original Language\n\n./a\\b.pdf,\"Letter dated 26 June 2013, \"\"Peru\"\"\nsecond line\","
                + "Spanish\n  \n";
        Map<String, Map<String, String>> rows = Sidecars.parseCatalog(csv);
        assertThat(rows).containsOnlyKeys("a/b.pdf");
        assertThat(rows.get("a/b.pdf")).containsEntry("title", "Letter dated 26 June 2013, \"Peru\"\nsecond line")
                .containsEntry("original_language", "Spanish");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'file,title\na.pdf,\"open' | line 2, column 7: quoted field is never closed",
            "'file,title\na.pdf,\"x\"y' | line 2, column 10: unexpected 'y' after a closing quote",
            "'file,title\na.pdf,x\"y' | line 2, column 8: a quote inside an unquoted field",
            "'file,title\na.pdf,x,y' | line 2: 3 fields but the header has 2",
            "'name,title\na.pdf,x' | line 1: the first column must be 'file', was 'name'",
            "'file,title\na.pdf,x\nb.pdf,y\na.pdf,z' | line 4: file 'a.pdf' is already described on line 2",
            "'file,title\n,x' | line 2: the file column is empty",
    })
    void malformedCataloguesNameTheLine(String csv, String message) {
        assertThatThrownBy(() -> Sidecars.parseCatalog(csv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void readsAFlatMetaJsonWithNaN() {
        String json = "{\"Title\": \"EVALUATION OF IOM\\u2019S MIGRATION DATA STRATEGY\", \"Year\": 2025, \"Donor\": NaN,"
                + " \"Evaluation Brief\": true, \"session\": 68.0, \"agenda\": [\"14\", \"119\"], \"post\": null}";
        assertThat(Sidecars.parseMetaJson(json)).containsExactly(
                Map.entry("title", "EVALUATION OF IOM’S MIGRATION DATA STRATEGY"), Map.entry("year", "2025"),
                Map.entry("evaluation_brief", "true"), Map.entry("session", "68.0"), Map.entry("agenda", "14; 119"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'{\"a\": {\"b\": 1}}' | line 1, column 7: nested objects are not allowed",
            "'{\"a\": 1,\n \"a\": 2}' | line 2, column 7: member \"a\" appears twice",
            "'{\"a\": \"x\"' | line 1, column 10: unexpected end of text",
            "'[1, 2]' | line 1, column 1: expected '{'",
            "'{\"a\": tru}' | line 1, column 7: expected a string, number, true, false or null",
            "'{\"a\": 1} x' | line 1, column 10: text after the closing '}'",
    })
    void malformedMetaJsonNamesThePosition(String json, String message) {
        assertThatThrownBy(() -> Sidecars.parseMetaJson(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
