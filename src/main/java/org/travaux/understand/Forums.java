package org.travaux.understand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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

/**
 * The forum (issuing body) of a document as a hierarchy, read from its symbol or, without one, from its text, using
 * the editable table {@code forums.tsv}; each forum has a stable dotted code ({@code ecosoc.cpd}) and a label path
 * ([Economic and Social Council, Commission on Population and Development]).
 */
public final class Forums {
    /** A forum: its stable code (dots are the hierarchy, "ga.c3" is under "ga") and its labels, outermost first. */
    public record Forum(String code, List<String> labels) {
        public Forum {
            labels = List.copyOf(labels);
        }
    }

    /** Mentions this close to the start of a text (title, header) weigh more than mentions in the body. */
    private static final int OPENING = 1000;
    private static final int HEADER_LINES = 15;
    private static final int HEADER_LINE_MAX = 100;
    /** One opening mention and one more, or four in the body: less is a passing mention, not the issuing body. */
    private static final double CONVINCING = 4;
    /** What may follow the organ on its header line: nothing, the session ("…Development Thirty-ninth session"). */
    private static final Pattern HEADER_REST = Pattern.compile(
            "(?iu)[\\s,.:;]*(?:(?:\\S+[\\s-]+){0,3}session\\b.*|distr.*|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}.*)?");

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<SymbolRule> symbolRules = new ArrayList<>();
    private final List<PhraseRule> headerRules = new ArrayList<>();
    private final List<PhraseRule> textRules = new ArrayList<>();
    private final Set<String> series = new LinkedHashSet<>();

    private record SymbolRule(List<String> segments, String code, int literalLength) {
    }

    private record PhraseRule(Pattern pattern, String code) {
    }

    private static final class Standard {
        static final Forums INSTANCE = new Forums(resourceTable("forums.tsv"));
    }

    /** The forums of {@code forums.tsv}, read once. */
    public static Forums standard() {
        return Standard.INSTANCE;
    }

    Forums(List<String[]> rows) {
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
                case "header" -> headerRules.add(new PhraseRule(Pattern.compile("^" + phrase(a)), b));
                case "text" -> textRules.add(new PhraseRule(Pattern.compile(phrase(a)), b));
                default -> throw new IllegalArgumentException("forums.tsv: unknown kind of row: " + kind);
            }
        }
        Stream.of(symbolRules.stream().map(SymbolRule::code), headerRules.stream().map(PhraseRule::code),
                        textRules.stream().map(PhraseRule::code), labels.keySet().stream())
                .flatMap(codes -> codes).flatMap(code -> ancestors(code).stream()).filter(c -> !labels.containsKey(c))
                .findFirst().ifPresent(c -> {
                    throw new IllegalArgumentException("forums.tsv: no node row for forum code " + c);
                });
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
        String norm = text.replace('\u00A0', ' ').replace('’', '\'');
        Optional<Forum> header = fromHeaderLines(norm);
        if (header.isPresent()) {
            return header;
        }
        Map<String, Double> direct = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (PhraseRule rule : textRules) {
            Matcher m = rule.pattern().matcher(norm);
            while (m.find()) {
                direct.merge(rule.code(), m.start() < OPENING ? 3.0 : 1.0, Double::sum);
                first.merge(rule.code(), m.start(), Math::min);
            }
        }
        Map<String, Double> total = new HashMap<>();
        Map<String, Integer> firstTotal = new HashMap<>();
        direct.forEach((code, score) -> {
            for (String c : ancestors(code)) {
                total.merge(c, score, Double::sum);
                firstTotal.merge(c, first.get(code), Math::min);
            }
        });
        Comparator<String> byScore = Comparator.comparingDouble((String c) -> total.get(c))
                .thenComparing(c -> -firstTotal.get(c));
        Optional<String> root = total.keySet().stream().filter(c -> !c.contains(".")).max(byScore);
        if (root.isEmpty() || total.get(root.get()) < CONVINCING) {
            return Optional.empty();
        }
        String node = root.get();
        while (true) {
            String parent = node;
            Optional<String> child = total.keySet().stream()
                    .filter(c -> c.startsWith(parent + ".") && c.indexOf('.', parent.length() + 1) < 0).max(byScore);
            // Go down to a child named in the opening, or named as often as the parent itself.
            if (child.isEmpty() || (firstTotal.get(child.get()) >= OPENING
                    && total.get(child.get()) < direct.getOrDefault(parent, 0.0))) {
                return Optional.of(forum(node));
            }
            node = child.get();
        }
    }

    /** The labels path of {@link #ofText}, or an empty list. */
    public List<String> fromText(String text) {
        return ofText(text).map(Forum::labels).orElse(List.of());
    }

    /** The forum of a code, with its labels path. */
    public Optional<Forum> byCode(String code) {
        return labels.containsKey(code) ? Optional.of(forum(code)) : Optional.empty();
    }

    /** The symbol series this table knows ("A", "E", "ECE", "UNEP" …): the letters that may open a symbol. */
    Set<String> series() {
        return Collections.unmodifiableSet(series);
    }

    private Optional<Forum> fromHeaderLines(String text) {
        String best = null;
        int seen = 0;
        for (String raw : (Iterable<String>) text.lines()::iterator) {
            String line = raw.replaceAll("[*_#>]+", " ").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > HEADER_LINES) {
                break;
            }
            if (line.length() > HEADER_LINE_MAX) {
                continue;
            }
            for (PhraseRule rule : headerRules) {
                // Deeper wins: "Economic and Social Council" then "Commission on Population and Development".
                Matcher m = rule.pattern().matcher(line);
                // A line that goes on as a sentence ("Human Rights Council resolutions …") is text, not the masthead.
                if (m.lookingAt() && HEADER_REST.matcher(line.substring(m.end())).matches()
                        && (best == null || depth(rule.code()) > depth(best))) {
                    best = rule.code();
                }
            }
        }
        return Optional.ofNullable(best).map(this::forum);
    }

    private Forum forum(String code) {
        return new Forum(code, ancestors(code).stream().map(labels::get).toList());
    }

    /** "ecosoc.cpd" → [ecosoc, ecosoc.cpd]. */
    private static List<String> ancestors(String code) {
        List<String> out = new ArrayList<>();
        int dot = -1;
        while ((dot = code.indexOf('.', dot + 1)) >= 0) {
            out.add(code.substring(0, dot));
        }
        out.add(code);
        return out;
    }

    private static int depth(String code) {
        return ancestors(code).size();
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

    /** A plain phrase as a pattern: words in order, any white space between, whole words; acronyms keep their case. */
    private static String phrase(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : phrase.replace('’', '\'').strip().split("\\s+")) {
            words.add(Pattern.quote(w));
        }
        boolean acronym = phrase.equals(phrase.toUpperCase(Locale.ROOT));
        return (acronym ? "" : "(?iu)") + "(?<![\\p{L}\\p{N}])" + String.join("\\s+", words) + "(?![\\p{L}\\p{N}])";
    }

    /**
     * One of this package's data files: tab-separated, '#' starts a comment line, blank lines ignored. Read once per
     * table at class load; a missing file is a packaging bug, so it fails loudly.
     */
    static List<String[]> resourceTable(String name) {
        return DataTables.read(name);
    }
}
