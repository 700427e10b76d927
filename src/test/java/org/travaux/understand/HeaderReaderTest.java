package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "General Assembly ¦ Distr.: General ¦ 28 June 2013 ¦ Original: English | General | en",
            "Economic and Social Council ¦ Distr.: General 7 March 2006 English Original: Spanish | General | es",
            "General Assembly Distr. GENERAL A/49/624 11 November 1994 ENGLISH ORIGINAL: FRENCH | General | fr",
            "UNITED ¦ NATIONS ¦ Distr. ¦ GENERAL ¦ S/RES/1196 (1998) | General | ",
            "General Assembly Distr.: Limited ¦ 7 March 2025 ¦ Original: English | Limited | en",
            "Distr.: Restricted | Restricted | ",
            "Conseil économique et social ¦ Distr. générale ¦ 7 mars 2006 ¦ Français ¦ Original : espagnol | General | es",
            "Consejo Económico y Social ¦ Distr. general ¦ 7 de marzo de 2006 ¦ Original: español | General | es",
            "Distr. limitée ¦ Original : français | Limited | fr",
            "General Assembly Distr.: General ¦ 7 March 2025 ¦ English only | General | en",
            "Human Rights Council Fifty-ninth session | | ",
    })
    void readsDistributionAndOriginalLanguage(String paragraphs, String distribution, String original) {
        assertThat(HeaderReader.distribution(DateReaderTest.split(paragraphs))).isEqualTo(distribution);
        assertThat(HeaderReader.originalLanguage(DateReaderTest.split(paragraphs))).isEqualTo(original);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "United Nations E/CN.9/2025/6 | true",
            "UNITEDUNITED ANATIONSNATIONS | true",
            "A/79/843*-S/2025/201 | true",
            "25-00976 (E) 110225 | true",
            "*2500976* | true",
            "General Assembly Security Council | true",
            "Security Council Eightieth year | true",
            "New York, 7–11 April 2025 | true",
            "Special Committee on Peacekeeping Operations New York, 17 February–14 March 2025 | true",
            "2025 substantive session (New York, 17 February–14 March 2025) | true",
            "Item 4 of the provisional agenda* | true",
            "Rapporteur: Mr. Mohamed Soliman (Egypt) | true",
            "[without reference to a Main Committee (A/73/L.66)] | true",
            "United Nations Support Mission in Libya | false",
            "Thirteenth session of the Forum on Business and Human Rights | false",
            "Draft report on the substantive session of 2025 | false",
            "Budget for the Regional Service Centre in Entebbe, Uganda, for the period from 1 July 2025 to 30 June 2026 | false",
            "Letter dated 26 June 2013 from the Permanent Representative of Peru to the United Nations addressed to the Secretary-General | false",
    })
    void tellsHeaderLinesFromTitles(String line, boolean header) {
        assertThat(HeaderReader.isHeaderLine(line)).isEqualTo(header);
    }
}
