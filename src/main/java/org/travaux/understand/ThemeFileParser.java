package org.travaux.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the sections of the theme vocabulary file (format described at the top of {@code themes.txt}). */
final class ThemeFileParser {
    private static final Pattern HEADER = Pattern.compile("\\[\\s*(theme|context|exclude)(?:\\s+([a-z0-9-]+))?\\s*]");
    private static final Pattern ENTRY = Pattern.compile("([a-z]+(?:\\.[a-z]+)?)\\s*=(.*)");

    /**
     * One bracketed section and its entries; a key given twice gathers both lines' values.
     *
     * @param kind   theme, context or exclude
     * @param name   the theme code, or null for context and exclude
     * @param line   1-based line of the header, for messages
     * @param values key → values in file order (terms split at ';', label and group as one value)
     */
    record Section(String kind, String name, int line, Map<String, List<String>> values) {
        String single(String key) {
            List<String> v = values.getOrDefault(key, List.of());
            if (v.size() != 1 || v.get(0).isBlank()) {
                throw new IllegalArgumentException("needs exactly one " + key);
            }
            return v.get(0);
        }
    }

    private ThemeFileParser() {
    }

    static List<Section> parse(String text, String source) {
        List<Section> sections = new ArrayList<>();
        Section current = null;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                boolean named = h.group(1).equals("theme");
                if (named != (h.group(2) != null)) {
                    throw new IllegalArgumentException(source + ":" + (i + 1)
                            + ": [theme CODE] takes a code, [context] and [exclude] do not: " + line);
                }
                current = new Section(h.group(1), h.group(2), i + 1, new LinkedHashMap<>());
                sections.add(current);
                continue;
            }
            Matcher e = ENTRY.matcher(line);
            if (!e.matches() || current == null) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected [section] or key = value, got: "
                        + line);
            }
            String key = e.group(1);
            List<String> values = current.values().computeIfAbsent(key, k -> new ArrayList<>());
            if (key.equals("label") || key.equals("group")) {
                values.add(e.group(2).strip());
            } else {
                for (String term : e.group(2).split(";")) {
                    if (!term.isBlank()) {
                        values.add(term.strip());
                    }
                }
            }
        }
        return sections;
    }

    /** '#' starts a comment anywhere: no term needs the character. */
    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        String kept = hash < 0 ? line : line.substring(0, hash);
        return kept.startsWith("\uFEFF") ? kept.substring(1) : kept;
    }
}
