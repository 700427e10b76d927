package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgendaReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Item 21 (e) of the preliminary list* | 21 (e)",
            "Agenda items 14 and 119 | 14;119",
            "Item 4 of the provisional agenda* | 4",
            "Agenda item 68 (b) | 68 (b)",
            "Agenda items 19 (a) and (c) | 19 (a);19 (c)",
            "Agenda items 32, 60, 61, 69, 71, 84 and 132 | 32;60;61;69;71;84;132",
            "Agenda items 34, 35, 49 and 72 (b) | 34;35;49;72 (b)",
            "Items 138 and 139 of the preliminary list** | 138;139",
            "Item 11 (f) (i) of the provisional agenda | 11 (f) (i)",
            // merged header lines (pdftotext blocks, old PDFs)
            "Fifty-third session Agenda item 87 | 87",
            "Fifty-sixth session Item 110 (f) of the provisional agenda* Environment and sustainable development | 110 (f)",
            "General Assembly Seventy-ninth session Agenda items 32, 60 and 132 | 32;60;132",
            "Commission on Population and Development Fifty-eighth session New York, 7–11 April 2025 Item 4 of the provisional agenda* | 4",
            "Working Party on Rail Transport (Fifty-fifth session, 16-18 October 2001, agenda item 13 ) | 13",
            // body lines cite items in lower case: not the document's own
            "agenda item 32, and of the Security Council. | ",
            "as a document of the Assembly at its sixty-eighth session under agenda item 21 (e) of the preliminary list | ",
            "Agenda | ",
    })
    void readsAgendaItems(String line, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(AgendaReader.parse(line)).isEqualTo(want);
    }

    @Test
    void readsTheFirstHeaderLineThatStatesItems() {
        assertThat(AgendaReader.read(List.of("General Assembly", "Distr.: General 28 June 2013", "Sixty-eighth session",
                "Item 21 (e) of the preliminary list*", "Globalization and interdependence"))).containsExactly("21 (e)");
    }
}
