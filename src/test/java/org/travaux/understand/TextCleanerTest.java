package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

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
            "'soft\u00ADhyphen and zero\u200Bwidth' | softhyphen and zerowidth"})
    void joinsLinesAndMendsWords(String raw, String clean) {
        assertThat(TextCleaner.clean(raw)).isEqualTo(clean);
    }
}
