package org.travaux.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnCitationTest {

    @ParameterizedTest(name = "{0} (page {1}) → {2}")
    @CsvSource(delimiter = '|', value = {
        "35            | 0 | para. 35",
        "15 (a)        | 3 | para. 15 (a)",
        "annex.35      | 0 | annex, para. 35",
        "annex-II.3 (b)| 0 | annex II, para. 3 (b)",
        "annex         | 0 | annex",
        "II            | 0 | sect. II",
        "II.A          | 0 | sect. II.A",
        "article-5     | 0 | art. 5",
        "panel-IV      | 0 | panel IV",
        "fn12          | 0 | footnote 12",
        "p7            | 4 | p. 4",
        "10.1          | 0 | para. 10.1",
        "35~2          | 0 | para. 35",
    })
    void theLocatorIsReadFromTheParagraphId(String id, int page, String expected) {
        assertThat(UnCitation.locator(id, page)).isEqualTo(expected);
    }

    @Test
    void anUnnumberedParagraphWithoutPagesIsCitedByItsDocument() {
        assertThat(UnCitation.paragraph("E/2024/50", "p7", 0)).isEqualTo("E/2024/50");
    }

    @Test
    void aSymbolIsTheCitationOfItsDocument() {
        String doc = UnCitation.document("E/CN.9/2006/5", List.of("Economic and Social Council",
                "Commission on Population and Development"), "World population monitoring", "2006-01-20");
        assertThat(doc).isEqualTo("E/CN.9/2006/5");
        assertThat(UnCitation.paragraph(doc, "annex.35", 12)).isEqualTo("E/CN.9/2006/5, annex, para. 35");
    }

    @Test
    void withoutASymbolTheForumTitleAndDateAreCited() {
        String doc = UnCitation.document(null, List.of("Regional Conference on Migration"), "Lima Declaration",
                "2013-05-23");
        assertThat(UnCitation.paragraph(doc, "5", 0)).isEqualTo("Regional Conference on Migration, Lima Declaration, "
                + "23 May 2013, para. 5");
        assertThat(UnCitation.document(null, List.of(), "Statement", "2013")).isEqualTo("Statement, 2013");
        assertThat(UnCitation.document(null, List.of(), null, null)).isEqualTo("Untitled document");
    }
}
