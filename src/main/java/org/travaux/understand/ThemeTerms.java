package org.travaux.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every term of the vocabulary in one language, each labelled with its owner (a theme's list, the context or the
 * exclusions), indexed so that one pass over a paragraph finds them all. Languages written with spaces match whole
 * words, a trailing {@code *} matching any ending; Arabic and Chinese, whose words carry clitics or are not
 * separated at all, match as substrings.
 */
final class ThemeTerms {
    /** Shortest stem a {@code *} may follow: shorter stems ("mi*") would match half the dictionary. */
    static final int MIN_STEM = 3;

    /** Receives each occurrence: the owner given to {@link #add} and the span in {@link ThemeText#text}. */
    interface Hits {
        void hit(int owner, int from, int to);
    }

    /** words without their '*'; stem[k] tells that words[k] had one and matches any ending. */
    private record Term(int owner, String[] words, boolean[] stem) {
    }

    private record Literal(int owner, String text) {
    }

    private final boolean substring;
    private final List<Literal> literals = new ArrayList<>();
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final Map<String, List<Term>> byFirstStem = new HashMap<>();

    ThemeTerms(String language) {
        this.substring = language.equals("ar") || language.equals("zh");
    }

    /**
     * Adds a term as written in the file, {@code (a|b|)} groups allowed.
     *
     * @throws IllegalArgumentException naming the bad term
     */
    void add(int owner, String raw) {
        for (String expanded : expand(raw)) {
            String term = ThemeText.fold(expanded).strip();
            if (term.isEmpty()) {
                throw new IllegalArgumentException("empty term in \"" + raw + "\"");
            }
            if (substring) {
                if (term.contains("*")) {
                    throw new IllegalArgumentException("'*' has no meaning in an Arabic or Chinese term: \"" + raw
                            + "\"");
                }
                literals.add(new Literal(owner, term));
            } else {
                String[] words = words(raw, term);
                boolean[] stem = new boolean[words.length];
                for (int k = 0; k < words.length; k++) {
                    stem[k] = words[k].endsWith("*");
                    words[k] = stem[k] ? words[k].substring(0, words[k].length() - 1) : words[k];
                }
                Map<String, List<Term>> index = stem[0] ? byFirstStem : byFirstWord;
                String key = stem[0] ? words[0].substring(0, MIN_STEM) : words[0];
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(new Term(owner, words, stem));
            }
        }
    }

    /** Reports every occurrence of every term in the text. */
    void find(ThemeText text, Hits hits) {
        if (substring) {
            for (Literal l : literals) {
                String t = l.text();
                for (int at = text.text.indexOf(t); at >= 0; at = text.text.indexOf(t, at + 1)) {
                    if (bounded(text.text, at, at + t.length(), t)) {
                        hits.hit(l.owner(), at, at + t.length());
                    }
                }
            }
            return;
        }
        for (int i = 0; i < text.tokens.length; i++) {
            String word = text.tokens[i];
            find(text, i, byFirstWord.get(word), hits);
            if (word.length() >= MIN_STEM) {
                find(text, i, byFirstStem.get(word.substring(0, MIN_STEM)), hits);
            }
        }
    }

    private static void find(ThemeText text, int at, List<Term> candidates, Hits hits) {
        if (candidates == null) {
            return;
        }
        for (Term term : candidates) {
            int last = at + term.words().length - 1;
            if (last < text.tokens.length && wordsMatch(text, at, term)) {
                hits.hit(term.owner(), text.starts[at], text.ends[last]);
            }
        }
    }

    /** The term's words; a word's trailing '*' stays on its last token ("asylum-seeker*" → asylum, seeker*). */
    private static String[] words(String raw, String term) {
        List<String> words = new ArrayList<>();
        for (String word : term.split(" +")) {
            boolean stem = word.endsWith("*");
            String body = stem ? word.substring(0, word.length() - 1) : word;
            ThemeText parsed = ThemeText.of(body);
            if (body.contains("*") || parsed.tokens.length == 0
                    || stem && !Character.isLetterOrDigit(body.charAt(body.length() - 1))) {
                throw new IllegalArgumentException("'*' must end a word, and words need letters, in \"" + raw + "\"");
            }
            for (int i = 0; i < parsed.tokens.length; i++) {
                boolean last = i == parsed.tokens.length - 1;
                if (stem && last && parsed.tokens[i].length() < MIN_STEM) {
                    throw new IllegalArgumentException("stem shorter than " + MIN_STEM + " letters in \"" + raw + "\"");
                }
                words.add(parsed.tokens[i] + (stem && last ? "*" : ""));
            }
        }
        return words.toArray(String[]::new);
    }

    private static boolean wordsMatch(ThemeText text, int at, Term term) {
        for (int k = 0; k < term.words().length; k++) {
            if (k > 0 && !text.joins[at + k]) {
                return false;
            }
            String want = term.words()[k];
            String have = text.tokens[at + k];
            if (!(term.stem()[k] ? have.startsWith(want) : have.equals(want))) {
                return false;
            }
        }
        return true;
    }

    /** A substring term ending in a digit or Latin letter must not run on into another one ("目标1" ≠ "目标10"). */
    private static boolean bounded(String text, int from, int to, String term) {
        if (from > 0 && alnum(term.charAt(0)) && alnum(text.charAt(from - 1))) {
            return false;
        }
        return to >= text.length() || !alnum(term.charAt(term.length() - 1)) || !alnum(text.charAt(to));
    }

    private static boolean alnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Expands {@code (a|b|)} groups, left to right; an empty alternative makes the group optional. */
    static List<String> expand(String raw) {
        int open = raw.indexOf('(');
        if (open < 0) {
            if (raw.indexOf(')') >= 0 || raw.indexOf('|') >= 0) {
                throw new IllegalArgumentException("'|' or ')' outside a group in \"" + raw + "\"");
            }
            return List.of(raw);
        }
        int close = raw.indexOf(')', open);
        if (close < 0 || raw.substring(open + 1, close).indexOf('(') >= 0) {
            throw new IllegalArgumentException("unbalanced or nested group in \"" + raw + "\"");
        }
        List<String> out = new ArrayList<>();
        for (String alternative : raw.substring(open + 1, close).split("\\|", -1)) {
            out.addAll(expand(raw.substring(0, open) + alternative + raw.substring(close + 1)));
        }
        return out;
    }
}
