package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {
    private static final Path SEEDS = Path.of("corpus");

    /** A seed as plain-text extraction gives it: one paragraph per blank-line separated block, lines joined. */
    private static List<String> seed(String name) throws IOException {
        return Arrays.stream(Files.readString(SEEDS.resolve(name)).split("\\n\\s*\\n"))
                .map(b -> b.replace("**", "").replaceAll("\\s+", " ").strip()).filter(b -> !b.isEmpty()).toList();
    }

    @Test
    void readsThePeruLetter() throws IOException {
        ReadMetadata m = MetadataReader.read(seed("ga68-letter-peru-rcp-global-meeting-migration-2013.txt"),
                "ga68-letter-peru-rcp-global-meeting-migration-2013.txt", null, Map.of());
        assertThat(m.title()).isEqualTo("Letter dated 26 June 2013 from the Permanent Representative of Peru to the United "
                + "Nations addressed to the Secretary-General");
        assertThat(m.date()).isEqualTo(LocalDate.of(2013, 6, 28));
        assertThat(m.meetingDates()).containsExactly(LocalDate.of(2013, 5, 22), LocalDate.of(2013, 5, 23));
        assertThat(m.session()).isEqualTo(68);
        assertThat(m.agendaItems()).containsExactly("21 (e)");
        assertThat(m.type()).isEqualTo("letter");
        assertThat(m.annexType()).isEqualTo("chair's summary");
        assertThat(m.distribution()).isEqualTo("General");
        assertThat(m.originalLanguage()).isEqualTo("en");
        assertThat(m.language()).isEqualTo("en");
        assertThat(m.sources()).containsEntry("date", "header").containsEntry("title", "text")
                .containsEntry("session", "header").containsEntry("type", "text");
    }

    @Test
    void readsTheMexicoLetterToTheCommission() throws IOException {
        ReadMetadata m = MetadataReader.read(seed("ecosoc-cpd39-letter-mexico-egm-migration-lac-2006.txt"),
                "ecosoc-cpd39-letter-mexico-egm-migration-lac-2006.txt", null, Map.of());
        assertThat(m.title()).isEqualTo("Letter dated 27 February 2006 from the Permanent Representative of Mexico to the "
                + "United Nations addressed to the Secretary-General");
        assertThat(m.date()).isEqualTo(LocalDate.of(2006, 3, 7));
        assertThat(m.meetingDates()).containsExactly(LocalDate.of(2005, 11, 30), LocalDate.of(2005, 12, 2),
                LocalDate.of(2006, 4, 3), LocalDate.of(2006, 4, 7));
        assertThat(m.session()).isEqualTo(39);
        assertThat(m.agendaItems()).containsExactly("4");
        assertThat(m.type()).isEqualTo("letter");
        assertThat(m.annexType()).isEqualTo("conclusions");
        assertThat(m.originalLanguage()).isEqualTo("es");
        assertThat(m.language()).isEqualTo("en");
    }

    @Test
    void readsTheEclacReports() throws IOException {
        ReadMetadata followUp = MetadataReader.read(seed("eclac-celade-hld-follow-up-report-2006.txt"),
                "eclac-celade-hld-follow-up-report-2006.txt", null, Map.of());
        assertThat(followUp.title()).startsWith("Report on the activities of the Economic Commission for Latin America "
                + "and the Caribbean (ECLAC)").endsWith("in follow-up to the High-Level Dialogue on International Migration and Development");
        assertThat(followUp.date()).isEqualTo(LocalDate.of(2007, 1, 2));
        assertThat(followUp.type()).isEqualTo("report");

        ReadMetadata trends = MetadataReader.read(seed("eclac-celade-migration-trends-patterns-lac.txt"),
                "eclac-celade-migration-trends-patterns-lac.txt", null, Map.of());
        assertThat(trends.title()).isEqualTo("Trends and patterns of migration throughout Latin America and the Caribbean "
                + "until the early 2000s");
        assertThat(trends.type()).isEqualTo("report");

        ReadMetadata preparation = MetadataReader.read(seed("eclac-celade-report-preparation-hld-migration.txt"),
                "eclac-celade-report-preparation-hld-migration.txt", null, Map.of());
        assertThat(preparation.title()).startsWith("Report of the Population Division of ECLAC and CELADE on the preparation");
        assertThat(preparation.type()).isEqualTo("report");
    }

    @Test
    void aDebateStatementTakesItsFactsFromTheCatalogue() {
        Map<String, String> row = Sidecars.parseCatalog("File,country,iso3,session,year,speaker,post\r\n"
                + "Session 70 - 2015/PER_70_2015.txt,Peru,PER,70,2015,Ollanta Humala Tasso,President\r\n")
                .get("Session 70 - 2015/PER_70_2015.txt");
        List<String> speech = List.of("It is an honour for me to address the General Assembly and to convey my congratulations "
                + "to President Lykketoft on his election. Peru is ready to contribute to the success of his mandate.",
                "Seventy years ago, we established the United Nations Organization so as to maintain international peace and "
                        + "security, the Summit held in New York from 25 to 27 September 2015 adopted the 2030 Agenda.");
        ReadMetadata m = MetadataReader.read(speech, "PER_70_2015.txt", null, row);
        assertThat(m.title()).isEqualTo("Statement by Ollanta Humala Tasso, President of Peru");
        assertThat(m.type()).isEqualTo("statement");
        assertThat(m.country()).isEqualTo("Peru");
        assertThat(m.speaker()).isEqualTo("Ollanta Humala Tasso");
        assertThat(m.session()).isEqualTo(70);
        // A year alone stays a year: the date of the speech is not in the catalogue.
        assertThat(m.date()).isNull();
        assertThat(m.year()).isEqualTo(2015);
        assertThat(m.meetingDates()).isEmpty();
        assertThat(m.extra()).containsOnly(Map.entry("iso3", "PER"), Map.entry("post", "President"));
        assertThat(m.sources()).containsEntry("title", "sidecar").containsEntry("type", "filename")
                .containsEntry("session", "sidecar").containsEntry("year", "sidecar").containsEntry("language", "text");
    }

    @Test
    void aSidecarOverridesTheTextAndDisagreementsAreNoted() {
        List<String> header = DateReaderTest.split("General Assembly ¦ Distr.: General 28 June 2013 ¦ Original: English ¦ "
                + "Sixty-eighth session ¦ Item 21 (e) of the preliminary list* ¦ Letter dated 26 June 2013 from the Permanent "
                + "Representative of Peru to the United Nations addressed to the Secretary-General");
        ReadMetadata m = MetadataReader.read(header, "letter.pdf", "A/67/905", Map.of("Date", "2013-07-01",
                "session", "Sixty-seventh session", "agenda", "21 (e); 115", "Original Language", "Spanish",
                "type", "letter", "shelf", "B-12"));
        assertThat(m.date()).isEqualTo(LocalDate.of(2013, 7, 1));
        assertThat(m.session()).isEqualTo(67);
        assertThat(m.agendaItems()).containsExactly("21 (e)", "115");
        assertThat(m.originalLanguage()).isEqualTo("es");
        assertThat(m.extra()).containsOnly(Map.entry("shelf", "B-12"));
        assertThat(m.sources()).containsEntry("date", "sidecar").containsEntry("session", "sidecar")
                .containsEntry("originalLanguage", "sidecar").containsEntry("distribution", "header");
        assertThat(m.notes()).containsExactly("sidecar date 2013-07-01 differs from distribution date 2013-06-28 in the text");
    }

    @Test
    void aResolutionTakesItsSessionFromTheHeaderAndItsYearFromTheDate() {
        List<String> paragraphs = DateReaderTest.split("Seventy-third session ¦ Agenda items 14 and 119 ¦ Resolution adopted "
                + "by the General Assembly on 19 December 2018 ¦ [without reference to a Main Committee (A/73/L.66)] ¦ "
                + "73/195. Global Compact for Safe, Orderly and Regular Migration ¦ The General Assembly, ¦ 60th plenary meeting ¦ 19 December 2018");
        ReadMetadata m = MetadataReader.read(paragraphs, "A_RES_73_195.html", "A/RES/73/195", Map.of());
        assertThat(m.title()).isEqualTo("Global Compact for Safe, Orderly and Regular Migration");
        assertThat(m.type()).isEqualTo("resolution");
        assertThat(m.date()).isEqualTo(LocalDate.of(2018, 12, 19));
        assertThat(m.meetingDates()).containsExactly(LocalDate.of(2018, 12, 19));
        assertThat(m.session()).isEqualTo(73);
        assertThat(m.agendaItems()).containsExactly("14", "119");
        assertThat(m.sources()).containsEntry("type", "symbol").containsEntry("date", "text");
        assertThat(m.notes()).isEmpty();

        ReadMetadata bare = MetadataReader.read(List.of("The Economic and Social Council,"), "E_CN.9_2006_5.html",
                "E/CN.9/2006/5", Map.of());
        assertThat(bare.year()).isEqualTo(2006);
        assertThat(bare.sources()).containsEntry("year", "symbol");
        assertThat(MetadataReader.read(List.of(), "A_RES_73_195.html", "A/RES/73/195", Map.of()).session()).isEqualTo(73);
    }

    @Test
    void aMixedLanguageDocumentHasParagraphLanguages() {
        List<String> paragraphs = List.of("Report of the Secretary-General",
                "The present report was prepared pursuant to the resolution of the Assembly and it covers the work of the year.",
                "Los Estados miembros de la Conferencia Regional sobre Migración reafirmaron su compromiso con los derechos de los migrantes.",
                "Annex");
        ReadMetadata m = MetadataReader.read(paragraphs, "x.pdf", null, Map.of());
        assertThat(m.language()).isEqualTo("en");
        assertThat(m.paragraphLanguages()).containsExactly("en", "en", "es", "en");
    }
}
