package org.travaux.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged query set: queries in file order and, per query, the graded relevance of documents named by their
 * source (see {@code src/test/resources/judgments/queries.tsv} and {@code qrels.tsv} for the formats).
 *
 * @param queries query text by query id, in file order
 * @param qrels   grade by source, by query id; every query has at least one source graded above zero
 */
record Judgments(Map<String, String> queries, Map<String, Map<String, Integer>> qrels) {
    static final String RESOURCE_DIR = "/judgments/";

    Judgments {
        queries = Collections.unmodifiableMap(new LinkedHashMap<>(queries));
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        qrels.forEach((qid, grades) -> copy.put(qid, Collections.unmodifiableMap(new LinkedHashMap<>(grades))));
        qrels = Collections.unmodifiableMap(copy);
        for (String qid : queries.keySet()) {
            if (qrels.getOrDefault(qid, Map.of()).values().stream().noneMatch(g -> g > 0)) {
                throw new IllegalArgumentException("query " + qid + " has no relevant document in the qrels");
            }
        }
    }

    /** The shipped set, read from the test classpath. */
    static Judgments shipped() throws IOException {
        return parse(resource("queries.tsv"), resource("qrels.tsv"));
    }

    /**
     * Reads the two files' text. Blank lines and lines starting with {@code #} are ignored; fields are separated by
     * one tab.
     */
    static Judgments parse(String queriesText, String qrelsText) {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Line line : lines(queriesText)) {
            String[] f = line.fields(2, "qid<TAB>query");
            if (!f[0].matches("[A-Za-z0-9_.-]+")) {
                throw line.error("query id '" + f[0] + "' must be letters, digits, '_', '.', '-'");
            }
            if (f[1].isBlank()) {
                throw line.error("empty query text for " + f[0]);
            }
            if (queries.putIfAbsent(f[0], f[1]) != null) {
                throw line.error("query id " + f[0] + " appears twice");
            }
        }
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        for (Line line : lines(qrelsText)) {
            String[] f = line.fields(4, "qid<TAB>0<TAB>source<TAB>grade");
            if (!queries.containsKey(f[0])) {
                throw line.error("query id " + f[0] + " is not in queries.tsv");
            }
            int grade;
            try {
                grade = Integer.parseInt(f[3]);
            } catch (NumberFormatException e) {
                throw line.error("grade '" + f[3] + "' is not a number (0, 1 or 2)");
            }
            if (grade < 0 || grade > 2) {
                throw line.error("grade " + grade + " is not 0, 1 or 2");
            }
            if (f[2].isBlank() || f[2].startsWith("/") || f[2].contains("\\")) {
                throw line.error("source '" + f[2] + "' must be a relative path with '/' separators");
            }
            Map<String, Integer> grades = qrels.computeIfAbsent(f[0], k -> new LinkedHashMap<>());
            if (grades.putIfAbsent(f[2], grade) != null) {
                throw line.error(f[2] + " is judged twice for " + f[0]);
            }
        }
        return new Judgments(queries, qrels);
    }

    /** Grades of one query's judged sources (0 for judged non-relevant; absent means unjudged, also 0). */
    Map<String, Integer> grades(String qid) {
        return qrels.getOrDefault(qid, Map.of());
    }

    /** Every source named in the qrels, once. */
    List<String> sources() {
        return qrels.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Judgments.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + RESOURCE_DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i];
            if (!s.isBlank() && !s.startsWith("#")) {
                out.add(new Line(i + 1, s));
            }
        }
        return out;
    }

    private record Line(int number, String text) {
        String[] fields(int count, String format) {
            String[] f = text.split("\t", -1);
            if (f.length != count) {
                throw error("expected " + count + " tab-separated fields (" + format + "), found " + f.length);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            return f;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("line " + number + ": " + message + ": " + text);
        }
    }
}
