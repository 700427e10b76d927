package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParagraphNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // A/RES/73/195 as published in HTML: the number, a tab, the clause
            "'1.\tExpresses its profound gratitude to the Government'  | ARABIC       | 1       | 1       | Expresses",
            // E/CN.9/2025/6, paragraph 35
            "'35. On behalf of the Department of Economic and Social Affairs' | ARABIC | 35   | 35      | On behalf",
            // seed 000: the number alone on its line
            "'1.'                                                     | ARABIC       | 1       | 1       | ''",
            "'(a)\tElaborate and implement a comprehensive strategy'  | PAREN        | a       | (a)     | Elaborate",
            "'(iv) Implementation of recommendations and reporting'   | PAREN        | iv      | (iv)    | Implementation",
            // a sub-paragraph printed with its parent's number
            "'18 (a) Promote the implementation of the 2030 Agenda'   | PAREN        | a       | 18 (a)  | Promote",
            // A/81/6 (Sect. 10): budget sections number their paragraphs 10.1, 10.2 …
            "'10.1 The Office of the High Representative for the Least Developed Countries' | DECIMAL | 10.1 | 10.1 | The Office",
            // A/RES/70/1: a target of Goal 3
            "'3.c Substantially increase health financing'            | DECIMAL      | 3.c     | 3.c     | Substantially",
            // S/RES/2713 (2023) and S/RES/2231 (2015) annexes
            "'b. improve compliance, including Know Your Customer'    | DOTTED       | b       | b.      | improve",
            "'ix. A Joint Commission consisting of the E3/EU+3 and Iran' | DOTTED    | ix      | ix.     | A Joint",
            "'i) Continuing offensive operations against Al Shabaab'  | HALF_PAREN   | i       | i)      | Continuing",
            "'(1) The Committee shall consist of eighteen experts'    | PAREN_ARABIC | 1       | (1)     | The Committee",
            "'II. Fertility and family planning'                      | ROMAN        | II      | II      | Fertility",
            "'IX'                                                     | ROMAN        | IX      | IX      | ''",
            // Arabic versions number chapters in words (أولا = first, ثانيا = second), with or without tanwin
            "'أولا - مقدمة'                                           | ROMAN        | I       | I       | مقدمة",
            "'ثانياً - التوصيات'                                      | ROMAN        | II      | II      | التوصيات",
            "'A. Reports of the Secretary-General'                    | CAPITAL      | A       | A       | Reports",
            "'Annex'                                                  | ANNEX        |         | Annex   | ''",
            "'Annex II'                                               | ANNEX        | II      | Annex II | ''",
            "'Annex to the letter dated 26 June 2013 from the Permanent Representative of Peru' | ANNEX | | Annex | to the letter",
            "'Anexo de la carta de fecha 12 de septiembre de 2023'    | ANNEX        |         | Anexo   | de la carta",
            // seed 002, the conclusions of the Expert Group Meeting
            "'Panel IV. Development, remittances and migration'       | SECTION      | IV      | Panel IV | Development",
            "'Objective 1:\tCollect and utilize accurate and disaggregated data' | SECTION | 1 | Objective 1 | Collect",
            "'Article 1'                                              | SECTION      | 1       | Article 1 | ''"})
    void readsTheNumberThatOpensAParagraph(String text, ParagraphNumber.Style style, String label, String printed,
                                            String rest) {
        ParagraphNumber n = ParagraphNumber.parse(text).orElseThrow();

        assertThat(n.style()).isEqualTo(style);
        assertThat(n.label()).isEqualTo(label);
        assertThat(n.printed()).isEqualTo(printed);
        assertThat(text.substring(n.end())).startsWith(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I have the honour to inform you that the fourth Global Meeting",  // the pronoun, not roman one
            "1.5 million people were displaced in 2024",                       // a decimal number, not 1.5
            "2030 Agenda for Sustainable Development",                          // a year
            "2024. The Division produces, on behalf of the Department",        // a year ending a sentence
            "Annexes",                                                          // a contents heading, not an annex
            "Article 12 of the Convention provides that",                       // a reference in a sentence
            "(2000) of 17 July 2000, and also reaffirming its resolution",      // a year in brackets
            "e.g. the Global Forum on Migration and Development",
            "Recalling its resolution 71/1 of 19 September 2016"})
    void leavesUnnumberedTextAlone(String text) {
        assertThat(ParagraphNumber.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"i, 1", "iv, 4", "ix, 9", "xiv, 14", "XL, 40"})
    void readsRomanNumbers(String roman, int value) {
        assertThat(ParagraphNumber.isRoman(roman)).isTrue();
        assertThat(ParagraphNumber.romanValue(roman)).isEqualTo(value);
    }
}
