package org.travaux.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitationFormatsTest {
    static final ParagraphView PARA = new ParagraphView("annex.23", "23", List.of("Annex"), "paragraph", "operative",
            "Decides", false, false, "en", List.of(), "We commit to …", 4, "A/RES/73/195, annex, para. 23");

    static DocumentView doc(String symbol, String title) {
        return new DocumentView("a-res-73-195-0123456789", "A-RES-73-195.en", symbol, title, List.of("General Assembly"), "2018-12-19",
                List.of(), 73, List.of(), "resolution", "en", null, "General", null, null, List.of(), Map.of(),
                "resolutions/A_RES_73_195.html", "text/html", 0, "", Map.of(), List.of(), List.of(PARA), List.of(),
                List.of(), UnCitation.document(symbol, List.of("General Assembly"), title, "2018-12-19"));
    }

    @Test
    void bibtexEscapesWhatLatexWouldReadAsCommands() {
        String bib = CitationFormats.bibtex(doc("A/RES/73/195", "Global Compact {for} 100% Safe_Migration \\o/ & more"),
                PARA, "http://localhost:7070/doc/x#para-annex.23");
        assertThat(bib).startsWith("@misc{A_RES_73_195_annex_23,\n")
                .contains("title = {Global Compact \\{for\\} 100\\% Safe\\_Migration \\textbackslash{}o/ \\& more},")
                .contains("author = {{General Assembly}},")
                .contains("number = {A/RES/73/195},")
                .contains("year = {2018},")
                .contains("note = {A/RES/73/195, annex, para. 23},")
                .endsWith("}\n");
    }

    @Test
    void risPutsEveryValueOnOneLine() {
        String ris = CitationFormats.ris(doc("A/RES/73/195", "Global Compact\nfor Migration"), null, "http://h/doc/x");
        assertThat(ris.lines()).containsExactly("TY  - GOVDOC", "TI  - Global Compact for Migration",
                "AU  - General Assembly", "PY  - 2018", "DA  - 2018/12/19", "M1  - A/RES/73/195",
                "PB  - United Nations", "LA  - en", "UR  - http://h/doc/x", "N1  - A/RES/73/195", "ER  - ");
    }

    @Test
    void cslCarriesTheDateAsDatePartsAndTheParagraphAsANote() {
        CitationFormats.CslItem item = CitationFormats.csl(doc("A/RES/73/195", "Global Compact"), PARA, "u");
        assertThat(item.id()).isEqualTo("A_RES_73_195-annex.23");
        assertThat(item.issued().dateParts()).containsExactly(List.of(2018, 12, 19));
        assertThat(item.author()).extracting(CitationFormats.CslItem.Author::literal).containsExactly("General Assembly");
        assertThat(item.note()).isEqualTo("A/RES/73/195, annex, para. 23");
        assertThat(item.number()).isEqualTo("A/RES/73/195");
    }

    @Test
    void aDocumentWithoutSymbolIsKeyedByTitleAndYear() {
        assertThat(CitationFormats.key(doc(null, "Lima Declaration on migration"))).isEqualTo("Lima_Declaration_on_2018");
    }

    @Test
    void anUnknownFormatIsNamedInTheError() {
        assertThat(CitationFormats.Format.parse("BibTeX")).isEqualTo(CitationFormats.Format.BIBTEX);
        assertThat(CitationFormats.Format.parse(null)).isEqualTo(CitationFormats.Format.UN);
        assertThatThrownBy(() -> CitationFormats.Format.parse("endnote")).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("'endnote'");
    }
}
