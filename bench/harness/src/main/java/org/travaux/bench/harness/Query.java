package org.travaux.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark query: its kind, its words (lowercase ASCII words of the corpus, so that every system's analysis
 * reads them the same), and an optional argument (the type filter of a facet query, the dates of a range).
 * TSV columns: kind, words (space separated; the symbol of a symbol lookup), argument.
 */
public record Query(int n, String kind, String words, String arg) {
    public static final List<String> KINDS = List.of("term_frequent", "term_rare", "and", "or", "phrase",
            "facet_filter", "date_range", "symbol", "highlight");

    public String[] terms() {
        return words.split(" ");
    }

    /** For date_range: from and to, ISO dates. */
    public String from() {
        return arg.split("\\.\\.")[0];
    }

    public String to() {
        return arg.split("\\.\\.")[1];
    }

    public static List<Query> read(Path tsv) throws IOException {
        List<Query> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new Query(out.size(), f[0], f[1], f.length > 2 && !f[2].isEmpty() ? f[2] : null));
        }
        return out;
    }
}
