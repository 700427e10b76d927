package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeClassifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A/RES/73/195 | | resolution | symbol",
            "S/RES/2782 (2025) | | resolution | symbol",
            "A/HRC/RES/36/5 | | resolution | symbol",
            "UNEP/EA.5/Res.3 | | resolution | symbol",
            "HSP/HA.2/Res.1 | | resolution | symbol",
            "A/HRC/DEC/53/115 | | decision | symbol",
            "S/PRST/2018/16 | | presidential statement | symbol",
            "S/PV.9880 | | verbatim record | symbol",
            "A/C.3/79/SR.12 | | summary record | symbol",
            "A/81/6 (Sect. 10) | | programme budget | symbol",
            "E/CN.6/2025/NGO/40 | | statement | symbol",
            "E/2025/68/Corr.1 | | corrigendum | symbol",
            // a draft is usually an L. document, but the text has the last word
            "A/73/L.66 | | draft resolution | symbol",
            "A/AC.109/2025/L.2 | Organization of work ¦ Note by the Chair | note | text",
            "A/AC.121/2025/L.3 | Draft report on the substantive session of 2025 | report | text",
            // the title and subtitle as TitleReader gives them
            " | Letter dated 26 June 2013 from the Permanent Representative of Peru to the United Nations addressed to the Secretary-General | letter | text",
            " | Identical letters dated 8 January 2025 from the Secretary-General addressed to the President of the General Assembly | letter | text",
            " | Report of the Secretary-General ¦ International migration and development | report | text",
            " | Note by the Secretary-General ¦ Outcome of the sessions of the Conference of the Parties | note | text",
            " | Chair's Summary | chair's summary | text",
            " | Conclusions of the Expert Group Meeting on International Migration and Development in Latin America and the Caribbean | conclusions | text",
            " | New York Declaration for Refugees and Migrants | declaration | text",
            " | Regional Plan of Action on migration | plan of action | text",
            " | Statement by the President of the Security Council | presidential statement | text",
            " | Provisional agenda | agenda | text",
            " | Denmark, France, Greece, Slovenia and United Kingdom: amendment to the draft resolution contained in document S/2025/112 | amendment | text",
            " | France: draft resolution | draft resolution | text",
            " | Working paper submitted by Mexico | working paper | text",
            " | EVALUATION BRIEF EVALUATION OF IOM ACCOUNTABILITY TO AFFECTED POPULATIONS | evaluation brief | text",
            " | Report on the activities of the Economic Commission for Latin America and the Caribbean (ECLAC) | report | text",
            " | This document summarizes the trends and patterns of migration throughout Latin America and the Caribbean until the early 2000s. | report | text",
            // an agenda item named "Implementation of the Declaration …" is not a declaration
            " | Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples | | ",
    })
    void classifiesBySymbolAndTitle(String symbol, String lines, String type, String source) {
        TypeClassifier.Typed t = TypeClassifier.classify(symbol, null,
                lines == null ? List.of() : DateReaderTest.split(lines), List.of());
        assertThat(t == null ? null : t.type()).isEqualTo(type);
        assertThat(t == null ? null : t.source()).isEqualTo(source);
    }

    @Test
    void aLetterIsALetterThoughItsHeaderNamesAReportAsAgendaItem() {
        // A/79/818-S/2025/156: the agenda item's name comes before the letter
        List<String> header = DateReaderTest.split("Seventy-ninth session Eightieth year ¦ Agenda items 14, 32 and 132 ¦ "
                + "Report of the United Nations High Commissioner for Refugees, questions relating to refugees ¦ "
                + "Letter dated 10 March 2025 from the Permanent Representative of Azerbaijan");
        assertThat(TypeClassifier.classify("A/79/818", null, List.of(), header).type()).isEqualTo("letter");
    }

    @Test
    void generalDebateFilesAreStatementsWhateverTheirFirstLines() {
        assertThat(TypeClassifier.classify(null, "KNA_55_2000.txt", List.of(), List.of("Report of the Secretary-General")))
                .isEqualTo(new TypeClassifier.Typed("statement", "filename"));
        assertThat(TypeClassifier.classify(null, "EU_73_2018.txt", List.of(), List.of()).type()).isEqualTo("statement");
        assertThat(TypeClassifier.classify(null, "Meta-evaluation 2020-2024 - Evaluation Brief_0.pdf", List.of(), List.of()))
                .isEqualTo(new TypeClassifier.Typed("evaluation brief", "filename"));
    }

    @Test
    void aLetterTransmittingASummaryHasThatAnnexType() {
        // seed ga68-letter-peru-rcp-global-meeting-migration-2013
        List<String> paragraphs = DateReaderTest.split("Letter dated 26 June 2013 from the Permanent Representative of Peru ¦ "
                + "(Signed) Enrique Román-Morey ¦ Annex to the letter dated 26 June 2013 from the Permanent Representative of Peru "
                + "addressed to the Secretary-General ¦ Fourth Global Meeting of Chairs and Secretariats of Regional Consultative "
                + "Processes on Migration ¦ Lima ¦ 22 and 23 May 2013 ¦ Chair's Summary ¦ 1. The fourth Global Meeting …");
        assertThat(TypeClassifier.annexType(paragraphs)).isEqualTo("chair's summary");
        assertThat(TypeClassifier.annexType(List.of("Letter dated …", "I have the honour …"))).isNull();
    }
}
