package org.travaux.understand;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.travaux.model.DocumentSymbol;
import org.travaux.understand.ForumText.PhraseRule;

/**
 * The forum (issuing body) of a document as a hierarchy, read from its symbol or, without one, from its text, using
 * the editable table {@code forums.tsv}; each forum has a stable dotted code ({@code ecosoc.cpd}) and a label path
 * ([Economic and Social Council, Commission on Population and Development]).
 */
final class Forums {
    /** A forum: its stable code (dots are the hierarchy, "ga.c3" is under "ga") and its labels, outermost first. */
    public record Forum(String code, List<String> labels) {
        public Forum {
            labels = List.copyOf(labels);
        }
    }

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<SymbolRule> symbolRules = new ArrayList<>();
    private final Set<String> series = new LinkedHashSet<>();
    private final ForumText inText;

    private record SymbolRule(List<String> segments, String code, int literalLength) {
    }

    private static final class Standard {
        static final Forums INSTANCE = new Forums(DataTables.read("forums.tsv"));
    }

    /** The forums of {@code forums.tsv}, read once. */
    public static Forums standard() {
        return Standard.INSTANCE;
    }

    Forums(List<String[]> rows) {
        List<PhraseRule> headerRules = new ArrayList<>();
        List<PhraseRule> textRules = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length < 3) {
                throw new IllegalArgumentException("forums.tsv: a row needs three columns: " + String.join("\\t", row));
            }
            String kind = row[0].strip();
            String a = row[1].strip();
            String b = row[2].strip();
            switch (kind) {
                case "node" -> labels.put(a, b);
                case "symbol" -> addSymbolRule(a, b);
                case "header" -> headerRules.add(PhraseRule.header(a, b));
                case "text" -> textRules.add(PhraseRule.text(a, b));
                default -> throw new IllegalArgumentException("forums.tsv: unknown kind of row: " + kind);
            }
        }
        Stream.of(symbolRules.stream().map(SymbolRule::code), headerRules.stream().map(PhraseRule::code),
                        textRules.stream().map(PhraseRule::code), labels.keySet().stream())
                .flatMap(codes -> codes).flatMap(code -> ancestors(code).stream()).filter(c -> !labels.containsKey(c))
                .findFirst().ifPresent(c -> {
                    throw new IllegalArgumentException("forums.tsv: no node row for forum code " + c);
                });
        this.inText = new ForumText(headerRules, textRules);
    }

    private void addSymbolRule(String prefix, String code) {
        List<String> segments = List.of(prefix.toUpperCase(Locale.ROOT).split("/"));
        symbolRules.add(new SymbolRule(segments, code, prefix.replace("*", "").length()));
        Matcher stem = Pattern.compile("^[A-Z]+").matcher(segments.get(0));
        if (stem.find()) {
            series.add(stem.group());
        }
    }

    /** The forum of a symbol (of the first body of a joint symbol), by the longest matching prefix. */
    public Optional<Forum> ofSymbol(DocumentSymbol symbol) {
        List<String> parts = SymbolParser.components(symbol);
        // Qualifiers and part letters ("(Sect. 10)", " B") say nothing about the body.
        String first = parts.get(0).replaceAll(" \\([^)]*\\)", "").replaceAll(" [A-H](-[A-H])?$", "");
        List<String> segments = List.of(first.toUpperCase(Locale.ROOT).split("/"));
        return symbolRules.stream().filter(r -> matches(r.segments(), segments))
                .max(Comparator.comparingInt((SymbolRule r) -> r.segments().size())
                        .thenComparingInt(SymbolRule::literalLength))
                .map(r -> forum(r.code()));
    }

    /** The labels path of {@link #ofSymbol}, or an empty list. */
    public List<String> forSymbol(DocumentSymbol symbol) {
        return ofSymbol(symbol).map(Forum::labels).orElse(List.of());
    }

    /**
     * The forum of a text without a symbol: an organ line among the first lines ("Economic and Social Council",
     * "Commission on Population and Development") decides; otherwise the forum named most, and early, in the text,
     * refined to a child forum when the child is named in the opening ("ECLAC … CELADE" → ECLAC › CELADE).
     * Empty when nothing is convincing.
     */
    public Optional<Forum> ofText(String text) {
        return inText.code(text).map(this::forum);
    }

    /** The labels path of {@link #ofText}, or an empty list. */
    public List<String> fromText(String text) {
        return ofText(text).map(Forum::labels).orElse(List.of());
    }

    /** The forum of a code, with its labels path. */
    public Optional<Forum> byCode(String code) {
        return labels.containsKey(code) ? Optional.of(forum(code)) : Optional.empty();
    }

    /** What reads the forum of a text without a symbol. */
    ForumText inText() {
        return inText;
    }

    /** The symbol series this table knows ("A", "E", "ECE", "UNEP" …): the letters that may open a symbol. */
    Set<String> series() {
        return Collections.unmodifiableSet(series);
    }

    private Forum forum(String code) {
        return new Forum(code, ancestors(code).stream().map(labels::get).toList());
    }

    /** "ecosoc.cpd" → [ecosoc, ecosoc.cpd]. */
    static List<String> ancestors(String code) {
        List<String> out = new ArrayList<>();
        int dot = -1;
        while ((dot = code.indexOf('.', dot + 1)) >= 0) {
            out.add(code.substring(0, dot));
        }
        out.add(code);
        return out;
    }

    private static boolean matches(List<String> prefix, List<String> segments) {
        if (prefix.size() > segments.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            String p = prefix.get(i);
            String s = segments.get(i);
            boolean ok = p.equals("*") || p.equals(s)
                    || (p.endsWith("*") && s.startsWith(p.substring(0, p.length() - 1)))
                    || (p.startsWith("*") && s.endsWith(p.substring(1)));
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
