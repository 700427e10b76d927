package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingLevelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // text | level of the section it opens (0: not a heading)
            "II. Fertility and family planning                                   | 2",
            "A. ISSUES TO BE CONSIDERED AT THE HIGH-LEVEL DIALOGUE ON INTERNATIONAL MIGRATION | 3",
            "Annex to the letter dated 27 February 2006 from the Permanent Representative of Mexico | 1",
            "Panel IV. Development, remittances and migration                    | 4",
            "Summary                                                              | 2",
            // seed 000: a short numbered title, followed by text
            "2. Sixteenth Ibero-American Summit of Heads of State and Government | 5",
            "35. On behalf of the Department of Economic and Social Affairs, the Population Division prepared the report. | 0",
            "Annex I to the present report contains the list of participants.   | 0",
            "A. Proposed programme plan for 2027 and programme performance in 2025 . . . . . . . . . 2 | 0"})
    void readsWhichParagraphsAreHeadings(String text, int level) {
        assertThat(HeadingLevels.read(text, 0, "The central theme of the sixteenth Ibero-American Summit")
                .sectionLevel()).isEqualTo(level);
    }

    @Test
    void anExtractorHeadingKeepsItsLevelButAnAnnexIsOutermost() {
        assertThat(HeadingLevels.read("Objective 1:\tCollect and utilize accurate data", 3, null).sectionLevel())
                .isEqualTo(3);
        assertThat(HeadingLevels.read("Annex", 3, null).sectionLevel()).isEqualTo(1);
    }
}
