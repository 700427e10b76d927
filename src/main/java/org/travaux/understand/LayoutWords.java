package org.travaux.understand;

import java.util.List;

/** The words of {@code layout-words.tsv} by role: page noise, words that join lines, headings, hyphen prefixes. */
final class LayoutWords {
    private static final List<String[]> ROWS = DataTables.read("layout-words.tsv");

    private LayoutWords() {
    }

    /** The words of one role, in the table's order. */
    static List<String> of(String role) {
        return ROWS.stream().filter(r -> r.length > 1 && r[0].equals(role)).map(r -> r[1].strip()).toList();
    }
}
