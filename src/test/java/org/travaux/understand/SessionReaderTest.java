package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sixty-eighth session | 68",
            "Thirty-ninth session | 39",
            "Seventy-ninth session | 79",
            "Eightieth session | 80",
            "Fifty-third Session | 53",
            "80th session | 80",
            "Fifty-third session Agenda item 87 | 53",
            // seed ecosoc-cpd39: the bold marks went and glued two header lines together
            "Commission on Population and DevelopmentThirty-ninth session | 39",
            "Commission on Population and Development Fifty-eighth session New York, 7–11 April 2025 | 58",
            "Working Party on Rail Transport (Fifty-fifth session, 16-18 October 2001, agenda item 13 ) | 55",
            "Soixante-huitième session | 68",
            "Soixante-dix-neuvième session | 79",
            "Cinquante et unième session | 51",
            "Quatre-vingtième session | 80",
            "Sexagésimo octavo período de sesiones | 68",
            "Trigésimo noveno período de sesiones | 39",
            "28º período de sesiones | 28",
            // not a session number: a year, a special or organizational session, the body text's citations
            "2024 session | ",
            "First regular session 2025 | ",
            "Twelfth special session of the Governing Council/ Global Ministerial Environment Forum | ",
            "Tenth emergency special session | ",
            "Organizational session | ",
            "the thirty-first session of the Commission, held in Montevideo | ",
            "Security Council Eightieth year | ",
    })
    void readsHeaderSessions(String line, Integer expected) {
        assertThat(SessionReader.parse(line)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A/RES/73/195 | 73",
            "A/73/L.66 | 73",
            "A/C.3/73/L.5 | 73",
            "A/HRC/RES/36/5 | 36",
            "A/HRC/59/L.17 | 59",
            "A/79/992-S/2025/503 | 79",
            "A/80/6 (Sect. 10) | 80",
            "A/RES/217 (III) | 3",
            "E/RES/1296 (XLIV) | 44",
            "E/CN.9/2006/5 | ",
            "S/RES/2782 (2025) | ",
            "A/RES/S-27/2 | ",
            "A/ES-10/1043 | ",
            "A/520/Rev.20 | ",
    })
    void readsTheSessionOfASymbol(String symbol, Integer expected) {
        assertThat(SessionReader.fromSymbol(symbol)).isEqualTo(expected);
    }
}
