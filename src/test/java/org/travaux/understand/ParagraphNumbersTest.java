package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphNumbersTest {

    /** Paragraph starts, one per paragraph; a leading "#" marks a heading. */
    private static List<ParagraphNumbers.Assigned> assign(String... starts) {
        return ParagraphNumbers.assign(Arrays.stream(starts).map(s -> new ParagraphNumbers.Entry(
                ParagraphNumber.parse(s.replaceFirst("^#", "")).orElse(null), s.startsWith("#"), null)).toList());
    }

    private static List<String> ids(String... starts) {
        return assign(starts).stream().map(ParagraphNumbers.Assigned::id).toList();
    }

    @Test
    void subParagraphsNestUnderTheirParagraph() {
        // A/RES/73/195, annex, objective 1: an unnumbered chapeau stands between 17 and its actions
        assertThat(ids("17. We commit to strengthen the global evidence base",
                "To realize this commitment, we will draw from the following actions:",
                "(a) Elaborate and implement a comprehensive strategy",
                "(b) Improve international comparability",
                "(i) Implementation of recommendations",
                "(ii) Reporting procedures",
                "(c) Develop a global programme",
                "18. We commit to create conducive political, economic, social and environmental conditions"))
                .containsExactly("17", "p2", "17 (a)", "17 (b)", "17 (b) (i)", "17 (b) (ii)", "17 (c)", "18");
    }

    @Test
    void letterIAfterLetterHIsALetter() {
        assertThat(ids("18. We commit", "(g) Account for migrants", "#Natural disasters, the adverse effects of climate change",
                "(h) Strengthen joint analysis", "(i) Develop adaptation and resilience strategies", "(j) Integrate displacement"))
                .containsExactly("18", "18 (g)", "p3", "18 (h)", "18 (i)", "18 (j)");
    }

    @Test
    void romanIAfterLetterHIsRomanWhenRomanIiFollows() {
        assertThat(ids("5. The Secretary-General shall", "(h) The Office shall", "(i) Monitor", "(ii) Report", "(i) Decide"))
                .containsExactly("5", "5 (h)", "5 (h) (i)", "5 (h) (ii)", "5 (i)");
    }

    @Test
    void romanVAfterRomanIvIsRoman() {
        assertThat(ids("5. Decides", "(c) that", "(i) one", "(ii) two", "(iii) three", "(iv) four", "(v) five", "(d) next"))
                .containsExactly("5", "5 (c)", "5 (c) (i)", "5 (c) (ii)", "5 (c) (iii)", "5 (c) (iv)", "5 (c) (v)", "5 (d)");
    }

    @Test
    void aSubParagraphPrintedWithItsParentSetsTheParent() {
        assertThat(ids("18 (a) Promote the implementation", "(b) Invest in programmes"))
                .containsExactly("18 (a)", "18 (b)");
    }

    @Test
    void annexesRestartTheirNumberingUnderAPrefix() {
        // A/RES/73/195: two operative paragraphs, then the Global Compact in the annex numbered from 1 again
        assertThat(ids("1. Expresses its profound gratitude", "2. Endorses the Global Compact", "#Annex",
                "#Preamble", "1. This Global Compact rests on the purposes", "(a) People-centred.",
                "#Objective 1: Collect and utilize accurate and disaggregated data", "#Annex II", "1. Decides"))
                .containsExactly("1", "2", "annex", "p4", "annex.1", "annex.1 (a)", "annex.objective-1", "annex-II",
                        "annex-II.1");
    }

    @Test
    void headingsAreNumberedByTheirPlace() {
        // E/CN.9/2025/6: chapters, then lettered sections inside chapter IX
        assertThat(ids("#I. Introduction", "1. The Population Division", "#IX. Support for intergovernmental processes",
                "#A. Reports of the Secretary-General", "34. On behalf of the Department", "#B. Expert group meetings",
                "#Panel IV. Development, remittances and migration"))
                .containsExactly("I", "1", "IX", "IX.A", "34", "IX.B", "panel-IV");
    }

    @Test
    void idsAreUniqueAndRepeatable() {
        String[] starts = {"1. First", "2. Second", "1. A list that restarts", "Unnumbered", "1. Again"};

        assertThat(ids(starts)).containsExactly("1", "2", "1~2", "p4", "1~3").doesNotHaveDuplicates();
        assertThat(ids(starts)).isEqualTo(ids(starts));
    }

    @Test
    void footnotesAreIdentifiedByTheirMarker() {
        List<ParagraphNumbers.Assigned> a = ParagraphNumbers.assign(List.of(
                new ParagraphNumbers.Entry(null, false, null), new ParagraphNumbers.Entry(null, false, "12"),
                new ParagraphNumbers.Entry(null, false, "*")));

        assertThat(a).extracting(ParagraphNumbers.Assigned::id).containsExactly("p1", "fn12", "fn*");
    }

    @Test
    void depthTellsParagraphsFromSubParagraphs() {
        assertThat(assign("Recalling", "1. Decides", "(a) To", "(i) To", "#II. Heading"))
                .extracting(ParagraphNumbers.Assigned::depth).containsExactly(0, 1, 2, 3, 0);
    }
}
