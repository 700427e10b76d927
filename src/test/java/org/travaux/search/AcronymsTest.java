package org.travaux.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymsTest {
    private final Acronyms acronyms = Acronyms.load();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "IOM return | (IOM OR \"International Organization for Migration\" OR \"Organisation internationale pour les migrations\" OR \"Organización Internacional para las Migraciones\") return",
            "celade census | (celade OR \"Latin American and Caribbean Demographic Centre\" OR \"Centro Latinoamericano y Caribeño de Demografía\") census",
            "who decides | who decides",
            "\"Global Forum on Migration and Development\" | (\"Global Forum on Migration and Development\" OR GFMD)",
            "title:IOM | title:IOM",
            "IOM* | IOM*",
            "\"IOM report\" | \"IOM report\""})
    void acronymsAndExpansionsFindEachOther(String query, String expanded) {
        assertThat(acronyms.expand(query)).isEqualTo(expanded);
    }
}
