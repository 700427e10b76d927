package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // seed 001: a line-broken sentence from the ECLAC/CELADE report
            "'the Economic Commission for \nLatin America and the Caribbean (ECLAC)' | the Economic Commission for Latin America and the Caribbean (ECLAC)",
            // words broken across lines are mended
            "'orderly, safe, regular and responsible migra-\ntion of people' | orderly, safe, regular and responsible migration of people",
            // a hyphen that belongs to the word stays: capital after the break
            "'Latin American and Caribbean Demographic Centre (CELADE)-\nPopulation Division' | Latin American and Caribbean Demographic Centre (CELADE)-Population Division",
            "'  spaces\u00A0and\ttabs   collapse ' | spaces and tabs collapse",
            "'soft\u00ADhyphen and zero\u200Bwidth' | softhyphen and zerowidth",
            // S/RES/2782 (2025): a hyphen that a compound keeps, and one that waits for its word
            "'staff of non-\ngovernmental organizations' | staff of non-governmental organizations",
            "'and urges troop-\nand police-contributing countries' | and urges troop- and police-contributing countries",
            "'the Secretary-\nGeneral and troop-contributing countries' | the Secretary-General and troop-contributing countries",
            // PDF justification: a space before a hyphen or a full stop
            "'advance an evidence -based understanding' | advance an evidence-based understanding",
            "'further enhancements made to the underlying methods . In the 2024 edition' | further enhancements made to the underlying methods. In the 2024 edition",
            // footnote markers glued to words go; numbers that are text stay
            "'including as refugees and internally displaced migrants.2 The report' | including as refugees and internally displaced migrants. The report",
            "'the International Covenant on Economic, Social and Cultural Rights;3 the other core treaties' | the International Covenant on Economic, Social and Cultural Rights; the other core treaties",
            "'sustainable development1, as well as' | sustainable development, as well as",
            "'the United States of America.¹ Seven representatives' | the United States of America. Seven representatives",
            "'regional consultative processes,^a regional bodies^b and' | regional consultative processes, regional bodies and",
            "'the 2030 Agenda for Sustainable Development and resolution 73/195 on 1.5 million migrants' | the 2030 Agenda for Sustainable Development and resolution 73/195 on 1.5 million migrants",
            "'indicator 3.7.2 for 222 countries, COVID-19 and G20 members' | indicator 3.7.2 for 222 countries, COVID-19 and G20 members",
            // Markdown emphasis left by a conversion to text (seeds 002 and 004, old resolutions in HTML)
            "'**Letter dated 27 February 2006 from the Permanent\nRepresentative of Mexico**' | Letter dated 27 February 2006 from the Permanent Representative of Mexico",
            "'(Signed) Enrique **Román-Morey**' | (Signed) Enrique Román-Morey",
            // seed 004's masthead: two bold runs glued into one line keep a space between them
            "'Commission on Population and Development**Thirty-ninth session**' | Commission on Population and Development Thirty-ninth session",
            "'**Item 4**of the agenda' | Item 4 of the agenda",
            "'entitled *Regional Inter-State Consultation Mechanisms on Migration*, was' | entitled Regional Inter-State Consultation Mechanisms on Migration, was",
            "'_Recalling_ General Assembly resolution 2974 (XXVII)' | Recalling General Assembly resolution 2974 (XXVII)",
            "'* E/CN.9/2006/1.' | * E/CN.9/2006/1.",
            "'See https://www.un.org/development/desa/pd/sites/www.un.org.development.desa.pd/\nfiles/wfr-2024.pdf.' | See https://www.un.org/development/desa/pd/sites/www.un.org.development.desa.pd/files/wfr-2024.pdf."})
    void joinsLinesAndMendsWords(String raw, String clean) {
        assertThat(TextCleaner.clean(raw)).isEqualTo(clean);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the rest of the document decides: it writes "development" and "gender-responsive"
            "'sustainable develop-\nment in all countries' | sustainable development in all countries",
            "'a gender-\nresponsive approach' | a gender-responsive approach",
            // S/RES/2782 (2025): a justified line split a word the document writes whole elsewhere
            "'peacekeeping operatio ns that facilitates' | peacekeeping operations that facilitates",
            // … but two words that are words stay apart
            "'about 4 per cent of the region' | about 4 per cent of the region"})
    void mendsWordsByWhatTheDocumentWrites(String raw, String clean) {
        Map<String, Integer> vocabulary = BrokenWords.vocabulary(List.of(raw,
                "Sustainable development and gender-responsive budgeting in peacekeeping operations, per capita."));

        assertThat(TextCleaner.clean(raw, vocabulary)).isEqualTo(clean);
    }
}
