package org.travaux.search;

import java.util.List;
import java.util.Map;

/**
 * The two effectiveness measures of the judged set, computed the way trec_eval does ({@code ndcg_cut_10},
 * {@code recip_rank} cut at 10): unjudged documents count as not relevant.
 */
final class RankingMetrics {
    private RankingMetrics() {
    }

    /**
     * Normalised discounted cumulative gain at {@code k}: gain = the grade (linear, as trec_eval), discount =
     * log2(rank + 1); the ideal ranking is every judged grade above zero, highest first, cut at {@code k}.
     *
     * @param ranked the result list, best first (may be longer than {@code k})
     * @param grades grade per document; absent means 0
     * @return a value in [0, 1]; 0 when nothing is relevant
     */
    static double ndcgAt(int k, List<String> ranked, Map<String, Integer> grades) {
        requirePositive(k);
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += grades.getOrDefault(ranked.get(i), 0) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().filter(g -> g > 0)
                .sorted((a, b) -> Integer.compare(b, a)).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Reciprocal rank of the first result with grade >= 1 within the first {@code k}, else 0. */
    static double reciprocalRankAt(int k, List<String> ranked, Map<String, Integer> grades) {
        requirePositive(k);
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Arithmetic mean; 0 for no values. */
    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    private static void requirePositive(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("cut-off must be >= 1, was " + k);
        }
    }
}
