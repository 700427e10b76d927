package org.travaux.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forum of a text that has no symbol, from the organs it names: an organ line among the first lines of the header,
 * else the organ named most, and early, in the text (the "header" and "text" rows of {@code forums.tsv}).
 */
final class ForumText {
    /** Mentions this close to the start of a text (title, header) weigh more than mentions in the body. */
    private static final int OPENING = 1000;
    private static final int HEADER_LINES = 15;
    private static final int HEADER_LINE_MAX = 100;
    /** One opening mention and one more, or four in the body: less is a passing mention, not the issuing body. */
    private static final double CONVINCING = 4;
    /** What may follow the organ on its header line: nothing, the session ("…Development Thirty-ninth session"). */
    private static final Pattern HEADER_REST = Pattern.compile(
            "(?iu)[\\s,.:;]*(?:(?:\\S+[\\s-]+){0,3}session\\b.*|distr.*|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}.*)?");

    /**
     * A phrase of {@code forums.tsv} as a pattern, and the forum it names; {@code scan} tries the pattern only where
     * the phrase's first letter stands (in any case unless the phrase is an acronym).
     */
    record PhraseRule(Pattern pattern, String code, Scanning.Scan scan) {
        /** A phrase that names the forum when a header line opens with it. */
        static PhraseRule header(String phrase, String code) {
            Pattern p = Pattern.compile("^" + phrase(phrase));
            return new PhraseRule(p, code, Scanning.Scan.at(p, (text, i) -> i == 0));
        }

        /** A phrase that names the forum wherever the text says it. */
        static PhraseRule text(String phrase, String code) {
            Pattern p = Pattern.compile(phrase(phrase));
            char first = phrase.replace('’', '\'').strip().charAt(0);
            Scanning.Start start = isAcronym(phrase) ? Scanning.where(c -> c == first)
                    : Scanning.letterIgnoringCase(String.valueOf((char) Character.toLowerCase(
                            Character.toUpperCase(first))));
            return new PhraseRule(p, code, Scanning.Scan.at(p, start));
        }
    }

    private final List<PhraseRule> headerRules;
    private final List<PhraseRule> textRules;

    ForumText(List<PhraseRule> headerRules, List<PhraseRule> textRules) {
        this.headerRules = List.copyOf(headerRules);
        this.textRules = List.copyOf(textRules);
    }

    /** The code of the forum a text names convincingly (see {@link Forums#ofText}), or empty. */
    Optional<String> code(String text) {
        String norm = text.replace('\u00A0', ' ').replace('’', '\'');
        Optional<String> header = fromHeaderLines(norm);
        if (header.isPresent()) {
            return header;
        }
        Map<String, Double> direct = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (PhraseRule rule : textRules) {
            Matcher m = rule.scan().matcher(norm);
            for (int from = 0; rule.scan().find(m, norm, from); from = m.end()) {
                direct.merge(rule.code(), m.start() < OPENING ? 3.0 : 1.0, Double::sum);
                first.merge(rule.code(), m.start(), Math::min);
            }
        }
        Map<String, Double> total = new HashMap<>();
        Map<String, Integer> firstTotal = new HashMap<>();
        direct.forEach((code, score) -> {
            for (String c : Forums.ancestors(code)) {
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
                return Optional.of(node);
            }
            node = child.get();
        }
    }

    private Optional<String> fromHeaderLines(String text) {
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
        return Optional.ofNullable(best);
    }

    private static int depth(String code) {
        return Forums.ancestors(code).size();
    }

    private static boolean isAcronym(String phrase) {
        return phrase.equals(phrase.toUpperCase(Locale.ROOT));
    }

    /** The phrases read anywhere in a text. */
    List<PhraseRule> textRules() {
        return textRules;
    }

    /** A plain phrase as a pattern: words in order, any white space between, whole words; acronyms keep their case. */
    private static String phrase(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : phrase.replace('’', '\'').strip().split("\\s+")) {
            words.add(Pattern.quote(w));
        }
        return (isAcronym(phrase) ? "" : "(?iu)") + "(?<![\\p{L}\\p{N}])" + String.join("\\s+", words)
                + "(?![\\p{L}\\p{N}])";
    }
}
