package org.travaux.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The recorded effectiveness of the judged set ({@code judgments/baseline.properties}): the two averages a change
 * must not lower, and each query's values so that a failure can say which queries got worse.
 *
 * @param ndcg     recorded mean nDCG@10
 * @param mrr      recorded mean reciprocal rank at 10
 * @param perQuery recorded {nDCG@10, RR@10} per query id
 */
record RankingMetricsBaseline(double ndcg, double mrr, Map<String, double[]> perQuery) {
    static final String NDCG = "ndcg_cut_10";
    static final String MRR = "recip_rank_10";

    /**
     * One query's measurement: the top sources (judgement keys) best first with their scores; {@code error} is set
     * (and both values are 0) when the search threw.
     */
    record Measured(String qid, String query, double ndcg, double rr, List<String> top, List<Float> scores,
                    String error) {
    }

    static RankingMetricsBaseline shipped() throws IOException {
        try (InputStream in = RankingMetricsBaseline.class.getResourceAsStream(Judgments.RESOURCE_DIR
                + "baseline.properties")) {
            if (in == null) {
                throw new IOException("missing test resource " + Judgments.RESOURCE_DIR + "baseline.properties");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static RankingMetricsBaseline parse(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        Map<String, double[]> perQuery = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.endsWith("." + NDCG)) {
                String qid = key.substring(0, key.length() - NDCG.length() - 1);
                perQuery.put(qid, new double[] {number(p, key), number(p, qid + "." + MRR)});
            }
        }
        return new RankingMetricsBaseline(number(p, NDCG), number(p, MRR), perQuery);
    }

    /**
     * The queries whose nDCG@10 or RR@10 fell below their recorded value by more than {@code tolerance}, and every
     * query that threw, one line each.
     */
    List<String> worse(List<Measured> measured, double tolerance) {
        List<String> out = new ArrayList<>();
        for (Measured m : measured) {
            double[] was = perQuery.get(m.qid());
            boolean dropped = was != null && (m.ndcg() < was[0] - tolerance || m.rr() < was[1] - tolerance);
            if (dropped || m.error() != null) {
                out.add(String.format(Locale.ROOT, "%s nDCG@10 %.4f -> %.4f, RR@10 %.4f -> %.4f  [%s]%s", m.qid(),
                        was == null ? 0 : was[0], m.ndcg(), was == null ? 0 : was[1], m.rr(), m.query(),
                        m.error() == null ? "" : "  threw: " + m.error()));
            }
        }
        return out;
    }

    /** A baseline file recording {@code measured}, with {@code header} as its leading comment lines. */
    static String render(List<Measured> measured, List<String> header) {
        StringBuilder s = new StringBuilder();
        header.forEach(h -> s.append(h.isEmpty() ? "#" : "# " + h).append('\n'));
        s.append(String.format(Locale.ROOT, "%s=%.4f%n%s=%.4f%n%n# per query (a failure lists the ones that fell)%n",
                NDCG, RankingMetrics.mean(measured.stream().map(Measured::ndcg).toList()),
                MRR, RankingMetrics.mean(measured.stream().map(Measured::rr).toList())));
        for (Measured m : measured) {
            s.append(String.format(Locale.ROOT, "%s.%s=%.4f%n%s.%s=%.4f%n", m.qid(), NDCG, m.ndcg(), m.qid(), MRR,
                    m.rr()));
        }
        return s.toString();
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("baseline.properties has no " + key);
        }
        return Double.parseDouble(v.strip());
    }
}
