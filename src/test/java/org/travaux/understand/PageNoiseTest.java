package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.travaux.understand.ParagraphStructurerTest.pdfLines;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.travaux.model.BlockKind;
import org.travaux.model.TextBlock;

class PageNoiseTest {

    /** E/CN.9/2025/6 as PDF extraction gives it: one block per line, the foot of page 1 to the top of page 4. */
    static final String REPORT = """
            --- page 1
            United Nations E/CN.9/2025/6
            Economic and Social Council
            Distr.: General
            25-00976 (E) 110225
            *2500976*
            Commission on Population and Development
            Item 4 of the provisional agenda*
            The Commission on Population and Development oversees the work of the Population
            Division and provides guidance on the programme of work as part of its annual
            session.
            * E/CN.9/2025/1.
            https://undocs.org/en/E/CN.9/2025/1
            --- page 2
            E/CN.9/2025/6
            25-00976 2/16
            II. Fertility and family planning
            5. The Population Division continued its work to monitor adolescent fertility as
            custodian for Sustainable Development Goal indicator 3.7.2. The Division updated a
            global data set that includes information for 222 countries and areas on the birth rate
            __________________
            1 Report of the International Conference on Population and Development, Cairo, 5–13 September
            1994 (A/CONF.171/13/Rev.1), chap. I, resolution 1.
            https://undocs.org/en/A/RES/S-21/2
            https://undocs.org/en/A/CONF.171/13/Rev.1
            --- page 3
            E/CN.9/2025/6
            3/16 25-00976
            for girls aged 10–14 years and for 230 countries and areas on the birth rate of girls
            groups were submitted for publication in the Global Sustainable Development Goal
            Indicators Database. 2 The Division also prepared a section in the State of World
            Population 2024 report published by the United Nations Population Fund (UNFPA). 3
            up-to-date family planning indicators for women of reproductive age (aged 15–49
            years).4 The data set pertains to 200 countries and areas of the world for the period
            Sustainable Development Goal indicator 3.7.1 on the proportion of women of
            Inter-Agency and Expert Group on Sustainable Development Goal Indicators.
            7. The Population Division prepared the World Fertility Report 2024,7 in which it
            __________________
            2 See https://unstats.un.org/sdgs/dataportal.
            3 United Nations Population Division, “Who matters enough to measure? The case of adolescent
            mothers”, in Interwoven Lives, Threads of Hope (New York, UNFPA, 2024).
            4 See www.un.org/development/desa/pd/data/world-contraceptive-use.
            5 See www.un.org/development/desa/pd/data/family-planning-indicators.
            6 United Nations, Department of Economic and Social Affairs, Population Division, “World
            contraceptive use 2024 and estimates and projections of family planning indicators 2024:
            methodology report”, POP/DB/CP/Rev2024 and POP/DB/FP/Rev2024, July 2024.
            7 Available at https://www.un.org/development/desa/pd/sites/www.un.org.development.desa.pd/
            files/undesa_pd_2025_wfr-2024_advance-unedited.pdf.
            https://unstats.un.org/sdgs/dataportal
            --- page 4
            E/CN.9/2025/6
            25-00976 4/16
            impacts of fertility trends on population growth or decline and on the changes in
            """;

    private static List<String> body(PageNoise.Result r) {
        return r.body().stream().map(TextBlock::text).toList();
    }

    @Test
    void dropsPageFurnitureAndKeepsTheText() {
        PageNoise.Result r = PageNoise.strip(pdfLines(REPORT));

        assertThat(body(r)).doesNotContain("25-00976 (E) 110225", "*2500976*", "E/CN.9/2025/6", "25-00976 2/16",
                "3/16 25-00976", "25-00976 4/16", "__________________", "https://undocs.org/en/E/CN.9/2025/1",
                "https://unstats.un.org/sdgs/dataportal");
        assertThat(body(r)).contains("United Nations E/CN.9/2025/6", "II. Fertility and family planning",
                "impacts of fertility trends on population growth or decline and on the changes in");
        assertThat(r.body()).allSatisfy(b -> assertThat(b.kind()).isEqualTo(BlockKind.PARAGRAPH));
    }

    @Test
    void setsFootnotesApartWithTheirLines() {
        PageNoise.Result r = PageNoise.strip(pdfLines(REPORT));

        assertThat(r.footnotes()).extracting(Footnotes::marker).containsExactly("*", "1", "2", "3", "4", "5", "6", "7");
        assertThat(r.footnotes().get(1).text()).isEqualTo("1 Report of the International Conference on Population and "
                + "Development, Cairo, 5–13 September\n1994 (A/CONF.171/13/Rev.1), chap. I, resolution 1.");
        assertThat(r.footnotes()).extracting(TextBlock::page).containsExactly(1, 2, 3, 3, 3, 3, 3, 3);
        assertThat(body(r)).noneMatch(l -> l.startsWith("1 Report") || l.startsWith("2 See"));
    }

    @Test
    void takesFootnoteMarkersOutOfTheTextOfTheirPage() {
        List<String> body = body(PageNoise.strip(pdfLines(REPORT)));

        assertThat(body).contains("Item 4 of the provisional agenda",
                "Indicators Database. The Division also prepared a section in the State of World",
                "Population 2024 report published by the United Nations Population Fund (UNFPA).",
                "years). The data set pertains to 200 countries and areas of the world for the period",
                "7. The Population Division prepared the World Fertility Report 2024, in which it",
                // real numbers stay, even where a marker with the same digit stands on the page
                "Sustainable Development Goal indicator 3.7.1 on the proportion of women of");
    }

    @ParameterizedTest
    @ValueSource(strings = {"25-00976 (E) 110225", "24-01234 (E)", "*2401234*", "26-02021 (E) 160326 *2602021*",
            "- 3 -", "3", "Page 3", "3/24", "2/16 25-00976", "25-00976 3/16", "Please recycle",
            "A/79/716", "S/RES/2782 (2025)", "A/81/6 (Sect. 10)"})
    void dropsFurnitureAtTheTopOfAPage(String furniture) {
        List<TextBlock> page = pdfLines("--- page 2\n" + furniture + "\nThe text of the page goes on here, after its "
                + "running head.\n");

        assertThat(body(PageNoise.strip(page))).containsExactly("The text of the page goes on here, after its running head.");
    }

    @Test
    void dropsARunningHeadThatRepeatsOnManyPages() {
        List<String> text = List.of("I have the honour to transmit herewith the report of the Tribunal.",
                "The Tribunal held two sessions during the year under review.",
                "Judgements were delivered in the cases listed in the annex.",
                "The President of the Tribunal visited Geneva in June.");
        StringBuilder pages = new StringBuilder();
        for (int p = 1; p <= 4; p++) {
            pages.append("--- page ").append(p).append("\nUNITED NATIONS ADMINISTRATIVE TRIBUNAL\n")
                    .append(text.get(p - 1)).append('\n');
        }

        assertThat(body(PageNoise.strip(pdfLines(pages.toString())))).containsExactlyElementsOf(text);
    }

    @Test
    void withoutPagesDropsPageNumbersAndSetsFootnotesApart() {
        // seeds 001 and 002 (plain text), and the footnotes of old resolutions in HTML
        List<TextBlock> blocks = List.of(
                paragraph("Establish linkages with subregional processes, such as the Regional Conference on Migration"),
                paragraph("54"),
                paragraph("* A/68/50."),
                paragraph("^a Abu Dhabi Dialogue; Bali Process on People Smuggling, Trafficking in Persons"),
                paragraph("30 See Official Records of the General Assembly, Thirty-sixth Session, Annexes"),
                paragraph("2 January 2007"),
                new TextBlock(BlockKind.TABLE_CELL, "12", 0, 0));

        PageNoise.Result r = PageNoise.strip(blocks);

        assertThat(body(r)).containsExactly(
                "Establish linkages with subregional processes, such as the Regional Conference on Migration",
                "2 January 2007", "12");
        assertThat(r.footnotes()).extracting(Footnotes::marker).containsExactly("*", "a", "30");
    }

    private static TextBlock paragraph(String text) {
        return new TextBlock(BlockKind.PARAGRAPH, text, 0, 0);
    }
}
