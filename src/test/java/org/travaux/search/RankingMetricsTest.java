package org.travaux.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.travaux.search.RankingMetricsBaseline.Measured;

/** The measures of the judged set, checked by hand, and the judged set's files. */
class RankingMetricsTest {
    private static final Map<String, Integer> GRADES = Map.of("a", 2, "b", 1, "c", 1, "n", 0);

    @Test
    void idealRankingScoresOne() {
        assertThat(RankingMetrics.ndcgAt(10, List.of("a", "b", "c"), GRADES)).isCloseTo(1.0, within(1e-12));
        assertThat(RankingMetrics.ndcgAt(10, List.of("a", "c", "b", "x", "y"), GRADES)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void ndcgUsesLinearGainsAndALog2Discount() {
        // DCG = 0/log2(2) + 2/log2(3) + 1/log2(4); ideal = 2/log2(2) + 1/log2(3) + 1/log2(4)
        double dcg = 2 / log2(3) + 1 / log2(4);
        double ideal = 2 + 1 / log2(3) + 1 / log2(4);
        assertThat(RankingMetrics.ndcgAt(10, List.of("x", "a", "b"), GRADES)).isCloseTo(dcg / ideal, within(1e-12));
    }

    @Test
    void ndcgCutsBothTheRunAndTheIdealAtK() {
        // at k=1 only the first position counts, and the ideal is the single best grade (2)
        assertThat(RankingMetrics.ndcgAt(1, List.of("b", "a"), GRADES)).isCloseTo(0.5, within(1e-12));
        assertThat(RankingMetrics.ndcgAt(2, List.of("x", "y", "a"), GRADES)).isZero();
    }

    @Test
    void unjudgedAndNonRelevantDocumentsGainNothing() {
        assertThat(RankingMetrics.ndcgAt(10, List.of("n", "x", "y"), GRADES)).isZero();
        assertThat(RankingMetrics.ndcgAt(10, List.of(), GRADES)).isZero();
        assertThat(RankingMetrics.ndcgAt(10, List.of("a"), Map.of("n", 0))).isZero();
    }

    @Test
    void reciprocalRankIsOneOverTheFirstRelevantRankWithinK() {
        assertThat(RankingMetrics.reciprocalRankAt(10, List.of("a"), GRADES)).isEqualTo(1.0);
        assertThat(RankingMetrics.reciprocalRankAt(10, List.of("x", "n", "c", "a"), GRADES)).isEqualTo(1.0 / 3);
        assertThat(RankingMetrics.reciprocalRankAt(2, List.of("x", "n", "c"), GRADES)).isZero();
        assertThat(RankingMetrics.reciprocalRankAt(10, List.of(), GRADES)).isZero();
    }

    @Test
    void aCutOffBelowOneIsRejected() {
        assertThatThrownBy(() -> RankingMetrics.ndcgAt(0, List.of(), GRADES)).hasMessageContaining("cut-off");
        assertThatThrownBy(() -> RankingMetrics.reciprocalRankAt(0, List.of(), GRADES)).hasMessageContaining("cut-off");
    }

    @Test
    void meanOfNothingIsZero() {
        assertThat(RankingMetrics.mean(List.of())).isZero();
        assertThat(RankingMetrics.mean(List.of(1.0, 0.5, 0.0))).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void judgmentsParseWithCommentsTabsAndSpacesInSources() {
        Judgments j = Judgments.parse("# header\nq1\tremittances\n\nq2\t\"regional consultative processes\"\n",
                "# qid 0 source grade\nq1\t0\tdebates/Session 79 - 2024/PER_79_2024.txt\t2\nq1\t0\treports/x.pdf\t0\n"
                        + "q2\t0\tseeds/ga68.txt\t1\n");
        assertThat(j.queries()).containsExactly(Map.entry("q1", "remittances"),
                Map.entry("q2", "\"regional consultative processes\""));
        assertThat(j.grades("q1")).containsEntry("debates/Session 79 - 2024/PER_79_2024.txt", 2)
                .containsEntry("reports/x.pdf", 0);
        assertThat(j.sources()).hasSize(3);
    }

    @Test
    void badJudgmentLinesSayWhatIsWrong() {
        assertThatThrownBy(() -> Judgments.parse("q1\ta\nq1\tb\n", "q1\t0\tx\t1\n")).hasMessageContaining("twice");
        assertThatThrownBy(() -> Judgments.parse("q1\ta\n", "q2\t0\tx\t1\n")).hasMessageContaining("not in queries");
        assertThatThrownBy(() -> Judgments.parse("q1\ta\n", "q1\t0\tx\t3\n")).hasMessageContaining("not 0, 1 or 2");
        assertThatThrownBy(() -> Judgments.parse("q1\ta\n", "q1 0 x 1\n")).hasMessageContaining("tab-separated");
        assertThatThrownBy(() -> Judgments.parse("q1\ta\n", "q1\t0\tx\t0\n")).hasMessageContaining("no relevant");
    }

    @Test
    void theShippedJudgedSetIsWellFormed() throws IOException {
        Judgments j = Judgments.shipped();
        assertThat(j.queries()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(j.queries().keySet()).allSatisfy(qid -> assertThat(j.grades(qid)).isNotEmpty());
        RankingMetricsBaseline recorded = RankingMetricsBaseline.shipped();
        assertThat(recorded.ndcg()).isBetween(0.0, 1.0);
        assertThat(recorded.mrr()).isBetween(0.0, 1.0);
    }

    @Test
    void aBaselineRoundTripsAndNamesTheQueriesThatFell() throws IOException {
        List<Measured> before = List.of(new Measured("q1", "a", 0.8, 1.0, List.of(), List.of(), null),
                new Measured("q2", "b", 0.4, 0.5, List.of(), List.of(), null));
        RankingMetricsBaseline recorded = RankingMetricsBaseline.parse(RankingMetricsBaseline.render(before,
                List.of("test")));
        assertThat(recorded.ndcg()).isCloseTo(0.6, within(1e-9));
        assertThat(recorded.mrr()).isCloseTo(0.75, within(1e-9));

        List<Measured> after = List.of(new Measured("q1", "a", 0.797, 1.0, List.of(), List.of(), null),
                new Measured("q2", "b", 0, 0, List.of(), List.of(), "InvalidQueryException: bad"));
        assertThat(recorded.worse(after, 0.005)).singleElement().asString().startsWith("q2")
                .contains("0.4000 -> 0.0000", "threw: InvalidQueryException");
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
