package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.travaux.model.BlockKind;
import org.travaux.model.ClauseKind;
import org.travaux.model.Paragraph;
import org.travaux.model.TextBlock;

class ParagraphStructurerTest {
    private final ParagraphStructurer structurer = new ParagraphStructurer();

    /** Blocks as PDF extraction gives them: one per line; "--- page n" starts page n. */
    static List<TextBlock> pdfLines(String text) {
        List<TextBlock> out = new ArrayList<>();
        int page = 1;
        for (String line : text.split("\n")) {
            if (line.startsWith("--- page ")) {
                page = Integer.parseInt(line.substring(9).strip());
            } else if (!line.isBlank()) {
                out.add(new TextBlock(BlockKind.PARAGRAPH, line, page, 0));
            }
        }
        return out;
    }

    private static TextBlock p(String text) {
        return new TextBlock(BlockKind.PARAGRAPH, text, 0, 0);
    }

    private static TextBlock h(int level, String text) {
        return new TextBlock(BlockKind.HEADING, text, 0, level);
    }

    private static Paragraph byId(List<Paragraph> ps, String id) {
        return ps.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(
                "no paragraph " + id + " in " + ps.stream().map(Paragraph::id).toList()));
    }

    @Test
    void rejoinsPdfLinesIntoParagraphsAcrossPagesAndFootnotes() {
        List<Paragraph> ps = structurer.structure(pdfLines(PageNoiseTest.REPORT));

        assertThat(ps).extracting(Paragraph::id).containsSubsequence("II", "5", "7", "fn*", "fn1", "fn2", "fn7");
        Paragraph five = byId(ps, "5");
        assertThat(five.text()).startsWith("5. The Population Division continued its work to monitor adolescent "
                        + "fertility as custodian for Sustainable Development Goal indicator 3.7.2.")
                .contains("on the birth rate for girls aged 10–14 years",
                        "Indicators Database. The Division also prepared a section",
                        "(UNFPA). up-to-date family planning indicators", "(aged 15–49 years). The data set pertains")
                .doesNotContain("25-00976", "E/CN.9/2025/6", "Report of the International Conference", "\n");
        assertThat(five.page()).isEqualTo(2);
        assertThat(five.section()).containsExactly("II. Fertility and family planning");
        assertThat(byId(ps, "II").section()).as("a heading is not under the sibling it closes").isEmpty();
        assertThat(byId(ps, "7").text()).isEqualTo("7. The Population Division prepared the World Fertility Report "
                + "2024, in which it impacts of fertility trends on population growth or decline and on the changes in");
        assertThat(byId(ps, "fn1")).satisfies(fn -> {
            assertThat(fn.text()).isEqualTo("1 Report of the International Conference on Population and Development, "
                    + "Cairo, 5–13 September 1994 (A/CONF.171/13/Rev.1), chap. I, resolution 1.");
            assertThat(fn.section()).containsExactly("Footnotes");
            assertThat(fn.number()).isNull();
            assertThat(fn.page()).isEqualTo(2);
        });
        assertThat(byId(ps, "fn7").text()).contains("https://www.un.org/development/desa/pd/sites/"
                + "www.un.org.development.desa.pd/files/undesa_pd_2025_wfr-2024_advance-unedited.pdf.");
    }

    @Test
    void aNumberAloneOnItsLineJoinsTheTextAfterIt() {
        // seed 000 (eclac-celade-hld-follow-up-report-2006.txt)
        List<Paragraph> ps = structurer.structure(List.of(p("1."), p("for the representatives of the countries to "
                + "consider at the Committee's meeting during the thirty-first session of the Commission, held in "
                + "Montevideo, Uruguay."), p("2. Sixteenth Ibero-American Summit of Heads of State and Government"),
                p("The central theme of the sixteenth Ibero-American Summit of Heads of State and Government, held in "
                        + "Uruguay in November 2006, was \"migration and shared development\".")));

        assertThat(ps).extracting(Paragraph::id, Paragraph::number, Paragraph::kind).containsExactly(
                tuple("1", "1", BlockKind.PARAGRAPH), tuple("2", "2", BlockKind.HEADING), tuple("p3", null, BlockKind.PARAGRAPH));
        assertThat(ps.get(0).text()).startsWith("1. for the representatives of the countries");
        assertThat(ps.get(2).section()).containsExactly("2. Sixteenth Ibero-American Summit of Heads of State and Government");
    }

    @Test
    void numberedLinesInsideATextBlockAreParagraphsOfTheirOwn() {
        // seed 004 (ga68-letter-peru-rcp-global-meeting-migration-2013.txt): paragraphs separated by single line breaks
        List<Paragraph> ps = structurer.structure(List.of(p("""
                1. The fourth Global Meeting of Chairs and Secretariats of Regional Consultative Processes on Migration was held in Lima on 22 and 23 May 2013.
                2. Representatives of chairs and secretariats of regional consultative processes,^a regional bodies^b and interregional forums on migration participated.
                3. As host of the third Global Meeting, held in 2011, the Government of Botswana shared the outcomes of the previous global meeting."""),
                p("^a Abu Dhabi Dialogue; Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime."),
                p("^b European Union, Economic Community of West African States.")));

        assertThat(ps).extracting(Paragraph::id).containsExactly("1", "2", "3", "fna", "fnb");
        assertThat(byId(ps, "2").text()).isEqualTo("2. Representatives of chairs and secretariats of regional "
                + "consultative processes, regional bodies and interregional forums on migration participated.");
    }

    @Test
    void anEnumerationInsideASentenceStaysInItsParagraph() {
        // E/CN.9/2025/6, paragraph 7: "(b)" and "(c)" start lines, but they run inside the sentence that began "(a)"
        List<Paragraph> ps = structurer.structure(pdfLines("""
                --- page 3
                7. The Population Division prepared the World Fertility Report 2024, in which it
                analysed data on total fertility rates, numbers of births, age-specific fertility rates and
                the mean age at childbearing from the latest revision of the United Nations population
                levels, trends and prospects of fertility for a 60-year period between 1994 and 2054
                for three groups of countries: (a) those where fertility had fallen below the level
                replacement fertility” – by 1994;
                (b) those that had reached below-replacement fertility level recently or were expected to
                reach that level by 2054; and (c) those projected to reach that level after 2054.
                8. Staff of the Population Division co-authored two articles in peer-reviewed journals,
                on identifying contraceptive prevalence stalls in sub-Saharan Africa.
                """));

        assertThat(ps).extracting(Paragraph::id).containsExactly("7", "8");
    }

    @Test
    void aResolutionInHtmlGetsIdsSectionsClausesAndVerbs() {
        // A/RES/73/195 as published in HTML: one <p> or <h1>/<h2> per paragraph, numbers kept with a tab
        List<Paragraph> ps = structurer.structure(List.of(
                p("Resolution adopted by the General Assembly on 19 December 2018"),
                h(1, "73/195.\tGlobal Compact for Safe, Orderly and Regular Migration"),
                p("The General Assembly,"),
                p("Recalling its resolution 71/1 of 19 September 2016, in which it decided to convene an "
                        + "intergovernmental conference to adopt a global compact for safe, orderly and regular migration,"),
                p("1.\tExpresses its profound gratitude to the Government and the people of Morocco for hosting the "
                        + "Intergovernmental Conference;"),
                p("2.\tEndorses the Global Compact for Safe, Orderly and Regular Migration adopted by the "
                        + "Intergovernmental Conference as contained in the annex to the present resolution."),
                p("60th plenary meeting \n19 December 2018"),
                h(2, "Annex"),
                h(2, "Preamble"),
                p("1.\tThis Global Compact rests on the purposes and principles of the Charter of the United Nations."),
                h(2, "Objective 1:\tCollect and utilize accurate and disaggregated data as a basis for evidence-based "
                        + "policies"),
                p("17.\tWe commit to strengthen the global evidence base on international migration by improving and "
                        + "investing in the collection, analysis and dissemination of accurate, reliable and comparable data"),
                p("To realize this commitment, we will draw from the following actions:"),
                p("(a)\tElaborate and implement a comprehensive strategy for improving migration data at the local, "
                        + "national, regional and global levels;")));

        assertThat(ps).extracting(Paragraph::id).containsExactly("p1", "p2", "p3", "p4", "1", "2", "p7", "annex",
                "p9", "annex.1", "annex.objective-1", "annex.17", "p13", "annex.17 (a)");
        assertThat(ps).extracting(Paragraph::clause).containsExactly(ClauseKind.NARRATIVE, ClauseKind.NARRATIVE,
                ClauseKind.NARRATIVE, ClauseKind.PREAMBULAR, ClauseKind.OPERATIVE, ClauseKind.OPERATIVE,
                ClauseKind.NARRATIVE, ClauseKind.NARRATIVE, ClauseKind.NARRATIVE, ClauseKind.OPERATIVE,
                ClauseKind.NARRATIVE, ClauseKind.OPERATIVE, ClauseKind.OPERATIVE, ClauseKind.OPERATIVE);
        assertThat(ps).extracting(Paragraph::verb).containsExactly(null, null, null, "Recalling", "Expresses",
                "Endorses", null, null, null, null, null, "We commit", null, null);
        assertThat(byId(ps, "annex.17")).satisfies(p -> {
            assertThat(p.number()).isEqualTo("17");
            assertThat(p.section()).containsExactly("Annex", "Objective 1: Collect and utilize accurate and "
                    + "disaggregated data as a basis for evidence-based policies");
            assertThat(p.commitment()).isTrue();
            assertThat(p.text()).startsWith("17. We commit to strengthen");
        });
        assertThat(byId(ps, "annex.17 (a)").number()).isEqualTo("(a)");
        assertThat(byId(ps, "1").section()).containsExactly("73/195. Global Compact for Safe, Orderly and Regular Migration");
        assertThat(ps).allSatisfy(p -> {
            assertThat(p.language()).isNull();
            assertThat(p.themes()).isEmpty();
            assertThat(p.references()).isEmpty();
        });
        assertThat(ps).extracting(Paragraph::ordinal).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, ps.size()).boxed().toList());
    }

    @Test
    void aReportParagraphThatOpensWithRecognizingStaysNarrative() {
        List<Paragraph> ps = structurer.structure(pdfLines("""
                --- page 4
                IV. International migration
                12. Recognizing the importance of migration data, the Population Division implemented enhancements
                to the management of empirical data, documentation and estimation procedures for the next revision.
                Recognizing the importance of the Global Compact for Safe, Orderly and Regular Migration, the
                Division should continue to support the International Migration Review Forum.
                """));

        assertThat(ps).extracting(Paragraph::clause).containsOnly(ClauseKind.NARRATIVE);
        assertThat(ps).extracting(Paragraph::verb).containsOnlyNulls();
        assertThat(ps.get(ps.size() - 1).recommendation()).isTrue();
    }

    @Test
    void theSameBlocksAlwaysGiveTheSameParagraphs() {
        List<TextBlock> blocks = pdfLines(PageNoiseTest.REPORT);

        assertThat(structurer.structure(blocks)).isEqualTo(new ParagraphStructurer().structure(List.copyOf(blocks)));
    }

    @Test
    void idsAreUniqueInTheDocument() {
        List<Paragraph> ps = structurer.structure(List.of(p("1. A first list."), p("2. Its end."), h(1, "Annex"),
                p("1. The annex numbers from 1 again."), h(1, "Annex"), p("1. And a second annex too.")));

        assertThat(ps).extracting(Paragraph::id).containsExactly("1", "2", "annex", "annex.1", "annex-2", "annex-2.1");
    }

    @Test
    void theSeedConclusionsSitUnderTheirPanels() throws IOException {
        // seed 002 as the plain-text extractor splits it: blocks between blank lines
        String seed = Files.readString(Path.of("corpus/ecosoc-cpd39-letter-mexico-egm-migration-lac-2006.txt"));
        List<TextBlock> blocks = Arrays.stream(seed.split("\\n\\s*\\n")).filter(b -> !b.isBlank()).map(ParagraphStructurerTest::p)
                .toList();

        List<Paragraph> ps = structurer.structure(blocks);

        assertThat(byId(ps, "annex.panel-IV").text()).isEqualTo("Panel IV. Development, remittances and migration");
        assertThat(byId(ps, "annex.28").section()).endsWith("Panel IV. Development, remittances and migration");
        assertThat(byId(ps, "annex.28").section().get(0)).startsWith("Annex to the letter dated 27 February 2006");
        assertThat(byId(ps, "annex.18 (c)").text()).isEqualTo("(c) Encourage greater participation in such forums by "
                + "organizations of civil society and of migrants themselves.");
        assertThat(ps).extracting(Paragraph::text).noneMatch(t -> t.contains("**"));
        assertThat(ps).extracting(Paragraph::clause).containsOnly(ClauseKind.NARRATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Summary", "Introduction", "II. Conclusions", "A. Reports of the Secretary-General"})
    void headingsOpenSections(String heading) {
        List<Paragraph> ps = structurer.structure(pdfLines("--- page 2\n" + heading + "\n35. On behalf of the "
                + "Department of Economic and Social Affairs, the Population Division prepared the report.\n"));

        assertThat(ps.get(0).kind()).isEqualTo(BlockKind.HEADING);
        assertThat(ps.get(1).section()).containsExactly(heading);
    }
}
