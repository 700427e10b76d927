package org.travaux.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN acronyms and their expansions from the editable {@code acronyms.tsv}: a query word that is an acronym becomes
 * "the acronym OR any of its expansions", and a quoted expansion also finds its acronym, so "IOM" finds
 * "International Organization for Migration" and back.
 */
final class Acronyms {
    private static final Pattern WORD = Pattern.compile("(?<![\\w:\\\\\"])([\\p{L}][\\p{L}\\d]{1,9})(?![\\w:~^*?])");

    private final Map<String, List<String>> expansions = new HashMap<>();
    private final Map<String, String> acronymOf = new HashMap<>();

    static Acronyms load() {
        try (InputStream in = Acronyms.class.getResourceAsStream("acronyms.tsv")) {
            if (in == null) {
                throw new IllegalStateException("acronyms.tsv is missing from the class path");
            }
            Acronyms a = new Acronyms();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                List<String> expanded = new ArrayList<>();
                for (int i = 1; i < cols.length; i++) {
                    if (!cols[i].isBlank()) {
                        expanded.add(cols[i].strip());
                        a.acronymOf.put(cols[i].strip().toLowerCase(Locale.ROOT), cols[0].strip());
                    }
                }
                a.expansions.put(cols[0].strip(), List.copyOf(expanded));
            }
            return a;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query with acronyms (outside quotes) and quoted expansions widened into OR groups. */
    String expand(String query) {
        StringBuilder out = new StringBuilder(query.length() * 2);
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= query.length(); i++) {
            boolean end = i == query.length();
            if (!end && query.charAt(i) != '"') {
                continue;
            }
            String part = query.substring(start, i);
            if (quoted) {
                String acronym = acronymOf.get(part.strip().toLowerCase(Locale.ROOT));
                out.append(acronym == null || end ? "\"" + part + (end ? "" : "\"")
                        : "(\"" + part + "\" OR " + acronym + ")");
            } else {
                out.append(expandWords(part));
            }
            quoted = !quoted;
            start = i + 1;
        }
        return out.toString();
    }

    private String expandWords(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1);
            List<String> forms = lookup(word);
            String replacement = word;
            if (forms != null && !forms.isEmpty() && !isOperator(word)) {
                StringBuilder group = new StringBuilder("(").append(word);
                for (String form : forms) {
                    group.append(" OR \"").append(form.replace("\"", "")).append('"');
                }
                replacement = group.append(')').toString();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<String> lookup(String word) {
        List<String> exact = expansions.get(word);
        if (exact != null) {
            return exact;
        }
        if (word.length() <= 3) {
            return null; // "who", "ilo" as typed in lower case are more likely words than acronyms
        }
        for (Map.Entry<String, List<String>> e : expansions.entrySet()) {
            if (e.getKey().equalsIgnoreCase(word)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean isOperator(String word) {
        return word.equals("OR") || word.equals("AND") || word.equals("NOT") || word.equals("TO");
    }
}
