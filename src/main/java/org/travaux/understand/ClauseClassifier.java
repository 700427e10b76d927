package org.travaux.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.travaux.model.ClauseKind;

/**
 * Reads the role of each paragraph of a document: preambular and operative clauses where the document (or a part of
 * it, such as a draft resolution in a report) is resolution-style, narrative everywhere else; the verb that opens a
 * clause; and, for every text, whether it uses commitment or recommendation language. Word lists live in
 * {@code clause-verbs.tsv} and {@code clause-phrases.tsv}.
 */
public final class ClauseClassifier {

    /**
     * One paragraph as the classifier sees it.
     *
     * @param text    the cleaned text without its printed number
     * @param depth   0 unnumbered, 1 a numbered paragraph, 2 and more a sub-paragraph ("(a)", "(i)")
     * @param heading the paragraph is a heading
     * @param instrument the paragraph stands in the body of an instrument: an annex, or under a numbered section
     *                   heading such as "Article 5" or "Rule 12"
     */
    public record Input(String text, int depth, boolean heading, boolean instrument) {
    }

    /** What the classifier says about one paragraph; {@code verb} is the opener as listed ("Noting with concern"). */
    public record Clause(ClauseKind kind, String verb, boolean commitment, boolean recommendation) {
    }

    /** A phrase that opened a clause. */
    public record Opener(ClauseKind kind, String verb) {
    }

    /** "Resolution adopted by the General Assembly on …", "Resolution 2782 (2025)", "Adopted by the Security Council". */
    private static final Pattern TITLE = Pattern.compile("(?i)(resolution|résolution|resolución) (adopted|adoptée|aprobada)"
            + "\\b.*|(?i:resolution|résolution|resolución) \\d{1,4} \\(\\d{4}\\)|(?i)adopted by the security council at\\b.*");
    /** The body that speaks a resolution: "The General Assembly,", "L'Assemblée générale,", "El Consejo de Seguridad,". */
    private static final Pattern FORMULA = Pattern.compile(
            "[“\"]?(The|La|Le|Les|El|Los|L['’]) ?\\p{Lu}[\\p{L}\\- ,’']{2,80}?(?:[,.:]|(?<=Assembly|Council|Conference|Commission))");
    /** An unlisted participle that opens a clause ending with a comma: "Deploring", "Having decided", "Constatant". */
    private static final Pattern GENERIC_PREAMBULAR = Pattern.compile("(\\p{Lu}[\\p{Ll}-]{2,}(?:ing|ant|ando|iendo)"
            + "|(?:Having|Being|Ayant|Étant|Habiendo|Siendo) \\p{Ll}+)\\b.*[,;]",
            Pattern.DOTALL);
    private static final Pattern GENERIC_OPERATIVE = Pattern.compile(
            "(\\p{Lu}\\p{Ll}{3,}[^s]s) (the|its|that|to|all|with|upon|on|also|further|in|a|an|his|her|their|once)\\b.*",
            Pattern.DOTALL);
    /** "Guided also by", "Taking note further of": an adverb inside the opening phrase is read past. */
    private static final Pattern INNER_MODIFIER = Pattern.compile(
            "^(\\S+(?: \\p{Ll}+)?) (?:also|further|again|furthermore|moreover|aussi|également|en outre|también|además),? ");
    private static final int OPENING = 40;

    /** Openers and modifiers by their first word in lower case, longest first, so a paragraph is matched in one look. */
    private final Map<String, List<Opener>> openers;
    private final Map<String, List<String>> modifiers;
    private final PhraseFlag commitment;
    private final PhraseFlag recommendation;

    ClauseClassifier(List<String[]> verbs, List<String[]> phrases) {
        this.openers = verbs.stream().filter(r -> !r[0].equals("modifier"))
                .map(r -> new Opener(ClauseKind.fromValue(r[0]), r[2].strip()))
                .sorted(Comparator.comparingInt((Opener o) -> -o.verb().length()))
                .collect(Collectors.groupingBy(o -> firstWord(o.verb()), LinkedHashMap::new, Collectors.toList()));
        this.modifiers = verbs.stream().filter(r -> r[0].equals("modifier")).map(r -> r[2].strip())
                .sorted(Comparator.comparingInt(m -> -m.length()))
                .collect(Collectors.groupingBy(ClauseClassifier::firstWord, LinkedHashMap::new, Collectors.toList()));
        this.commitment = new PhraseFlag(column(phrases, "commitment"), column(phrases, "not-commitment"));
        this.recommendation = new PhraseFlag(column(phrases, "recommendation"), column(phrases, "not-recommendation"));
    }

    /** The classifier with the word lists shipped in this package. */
    public static ClauseClassifier standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ClauseClassifier INSTANCE = new ClauseClassifier(PageNoise.table("clause-verbs.tsv"),
                PageNoise.table("clause-phrases.tsv"));
    }

    /**
     * Classifies a document's paragraphs in reading order. In a resolution-style document every paragraph may be a
     * clause. Elsewhere a resolution-style part opens where the speaking body stands alone ("The General Assembly,") or
     * where preambular clauses start, and closes at the next heading or at a numbered paragraph that opens with no
     * operative verb ("26. At its 10th meeting, the Committee adopted …").
     */
    public List<Clause> classify(List<Input> paragraphs) {
        boolean resolution = resolutionStyle(paragraphs);
        List<Clause> out = new ArrayList<>(paragraphs.size());
        boolean region = resolution;
        ClauseKind last = ClauseKind.NARRATIVE;
        for (int i = 0; i < paragraphs.size(); i++) {
            Input p = paragraphs.get(i);
            boolean formula = !p.heading() && p.depth() == 0 && isFormula(p.text());
            Optional<Opener> opener = p.heading() || formula ? Optional.empty() : opener(p.text());
            if (formula || !region && isPreambular(p, opener) && i + 1 < paragraphs.size()
                    && isClause(paragraphs.get(i + 1))) {
                region = true;  // a draft resolution inside a report opens a resolution-style part
            } else if (!resolution && (p.heading() || p.depth() == 1 && opener.or(() -> operativeAfterPhrase(p.text()))
                    .filter(o -> o.kind() == ClauseKind.OPERATIVE).isEmpty())) {
                region = false;
            }
            ClauseKind kind = ClauseKind.NARRATIVE;
            String verb = null;
            if (region && !p.heading() && !formula) {
                if (p.depth() >= 2) {
                    kind = last == ClauseKind.NARRATIVE && resolution && p.instrument() ? ClauseKind.OPERATIVE : last;
                } else if (p.depth() == 1) {
                    kind = ClauseKind.OPERATIVE;
                    opener = opener.filter(o -> o.kind() == ClauseKind.OPERATIVE).or(() -> operativeAfterPhrase(p.text()));
                    verb = opener.map(Opener::verb).orElse(null);
                } else if (opener.isPresent()) {
                    // an unnumbered clause that ends with a comma is preambular, whatever its verb ("Recalls that …,")
                    kind = p.text().endsWith(",") ? ClauseKind.PREAMBULAR : opener.get().kind();
                    verb = opener.get().verb();
                } else if (last == ClauseKind.OPERATIVE && p.text().endsWith(":")) {
                    kind = ClauseKind.OPERATIVE;  // "To realize this commitment, we will draw from the following actions:"
                } else if (resolution && p.instrument() && (p.text().length() > 150 || TextCleaner.endsWithAny(p.text(), ".;:"))) {
                    kind = ClauseKind.OPERATIVE;  // the body of a declaration, convention or rules adopted by the resolution
                }
                last = p.depth() >= 2 ? last : kind;
            }
            List<String> words = PhraseFlag.words(p.text());
            out.add(new Clause(kind, verb, commitment.in(words), recommendation.in(words)));
        }
        return out;
    }

    private static boolean isPreambular(Input p, Optional<Opener> opener) {
        return p.depth() == 0 && opener.filter(o -> o.kind() == ClauseKind.PREAMBULAR).isPresent()
                && TextCleaner.endsWithAny(p.text(), ",;");
    }

    /** A preambular clause, or a numbered operative one: what follows a preambular clause in a resolution. */
    private boolean isClause(Input p) {
        Optional<Opener> o = p.heading() ? Optional.empty() : opener(p.text());
        return isPreambular(p, o) || p.depth() == 1 && o.filter(x -> x.kind() == ClauseKind.OPERATIVE).isPresent();
    }

    /**
     * A document is resolution-style when its opening names it a resolution ("Resolution adopted by …"), when the body
     * that speaks it ("The General Assembly,") stands before any numbered paragraph and outside an annex, or when it opens
     * with preambular clauses followed by numbered operative ones. A report that starts one paragraph with
     * "Recognizing", or that carries draft resolutions after its own numbered paragraphs, is not: its draft resolutions
     * are resolution-style parts (see {@link #classify}).
     */
    public boolean resolutionStyle(List<Input> paragraphs) {
        int preambular = 0;
        int operative = 0;
        boolean numbered = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Input p = paragraphs.get(i);
            boolean opening = i < OPENING && !numbered && !p.instrument();
            if (opening && (TITLE.matcher(p.text()).matches() || p.depth() == 0 && !p.heading() && isFormula(p.text()))) {
                return true;
            }
            Optional<Opener> o = p.heading() ? Optional.empty() : opener(p.text());
            if (!numbered && o.isPresent() && o.get().kind() == ClauseKind.PREAMBULAR && p.depth() == 0
                    && TextCleaner.endsWithAny(p.text(), ",;")) {
                preambular++;
            } else if (preambular >= 3 && o.isPresent() && o.get().kind() == ClauseKind.OPERATIVE && p.depth() == 1) {
                operative++;
            }
            // a report's own numbered paragraphs come before any draft it carries; the tail of the previous
            // resolution on a printed page ("15. Requests …") does not make a report
            numbered |= p.depth() == 1 && o.filter(x -> x.kind() == ClauseKind.OPERATIVE).isEmpty();
        }
        return preambular >= 3 && operative >= 2;
    }

    /** The clause opener at the start of {@code text}, after modifiers such as "Also" or "Further", if any. */
    public Optional<Opener> opener(String text) {
        String t = INNER_MODIFIER.matcher(text).replaceFirst("$1 ");
        for (int attempt = 0; attempt < 3; attempt++) {
            String first = firstWord(t);
            for (Opener o : openers.getOrDefault(first, List.of())) {
                if (startsWithWord(t, o.verb())) {
                    return Optional.of(o);
                }
            }
            String rest = null;
            for (String m : modifiers.getOrDefault(first, List.of())) {
                if (startsWithWord(t, m)) {
                    rest = t.substring(m.length()).replaceFirst("^,?\\s+", "");
                    break;
                }
            }
            if (rest == null) {
                break;
            }
            t = rest;
        }
        t = t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);  // "Further authorises" → "Authorises"
        if (GENERIC_PREAMBULAR.matcher(t).matches()) {
            return Optional.of(new Opener(ClauseKind.PREAMBULAR, t.split("[\\s,]+")[0]
                    + (t.matches("(?s)(Having|Being|Ayant|Étant|Habiendo|Siendo) .*") ? " " + t.split("[\\s,]+")[1] : "")));
        }
        Matcher m = GENERIC_OPERATIVE.matcher(t);
        return m.matches() ? Optional.of(new Opener(ClauseKind.OPERATIVE, m.group(1))) : Optional.empty();
    }

    /** True when a line starts a clause: PDF lines are rejoined into paragraphs, and a new clause starts a new one. */
    boolean opensClause(String line) {
        return !line.isEmpty() && Character.isUpperCase(line.charAt(0))
                && openers.getOrDefault(firstWord(line), List.of()).stream().anyMatch(o -> startsWithWord(line, o.verb()));
    }

    /** "In this regard, calls upon …": an operative verb after a short opening phrase. */
    private Optional<Opener> operativeAfterPhrase(String text) {
        int comma = text.indexOf(", ");
        if (comma < 0 || comma > 60) {
            return Optional.empty();
        }
        String rest = text.substring(comma + 2);
        return openers.getOrDefault(firstWord(rest), List.of()).stream()
                .filter(o -> o.kind() == ClauseKind.OPERATIVE && startsWithWord(rest, o.verb())).findFirst();
    }

    static boolean isFormula(String text) {
        return text.length() <= 90 && FORMULA.matcher(text).matches();
    }

    private static boolean startsWithWord(String text, String phrase) {
        return text.regionMatches(true, 0, phrase, 0, phrase.length())
                && (text.length() == phrase.length() || !Character.isLetter(text.charAt(phrase.length())));
    }

    /** The first word, in lower case: letters and inner hyphens ("re-emphasizing"). */
    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return text.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static List<String> column(List<String[]> table, String flag) {
        return table.stream().filter(r -> r[0].equals(flag)).map(r -> r[2].strip()).toList();
    }

    /**
     * The phrases of one flag, matched word by word so a paragraph is read once: "…" stands for up to eight words, and
     * a phrase that starts where a "not-" phrase matched ("should" in "should be grateful") does not count.
     */
    private static final class PhraseFlag {
        private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
        private static final int GAP = 8;
        private final Map<String, List<List<String>>> yes;
        private final Map<String, List<List<String>>> no;

        PhraseFlag(List<String> yes, List<String> no) {
            this.yes = index(yes);
            this.no = index(no);
        }

        static List<String> words(String text) {
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
            List<String> out = new ArrayList<>();
            while (m.find()) {
                out.add(m.group());
            }
            return out;
        }

        boolean in(List<String> words) {
            boolean[] blocked = new boolean[words.size()];
            for (int i = 0; i < words.size(); i++) {
                for (List<String> phrase : no.getOrDefault(words.get(i), List.of())) {
                    int end = match(words, i, phrase, 0);
                    for (int k = i; k < end; k++) {
                        blocked[k] = true;
                    }
                }
            }
            for (int i = 0; i < words.size(); i++) {
                for (List<String> phrase : blocked[i] ? List.<List<String>>of() : yes.getOrDefault(words.get(i), List.of())) {
                    if (match(words, i, phrase, 0) >= 0) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Where the phrase from word {@code j} on, matched at word {@code i}, ends; -1 when it does not match. */
        private static int match(List<String> words, int i, List<String> phrase, int j) {
            if (j == phrase.size()) {
                return i;
            }
            if (phrase.get(j).equals("…")) {
                for (int skip = 0; skip <= GAP && i + skip <= words.size(); skip++) {
                    int end = match(words, i + skip, phrase, j + 1);
                    if (end >= 0) {
                        return end;
                    }
                }
                return -1;
            }
            return i < words.size() && words.get(i).equals(phrase.get(j)) ? match(words, i + 1, phrase, j + 1) : -1;
        }

        private static Map<String, List<List<String>>> index(List<String> phrases) {
            return phrases.stream().map(PhraseFlag::phraseWords).collect(Collectors.groupingBy(w -> w.get(0)));
        }

        /** A phrase's words; "…" stays a word of its own. */
        private static List<String> phraseWords(String phrase) {
            List<String> out = new ArrayList<>();
            for (String part : phrase.split("\\s+")) {
                out.addAll(part.equals("…") ? List.of("…") : words(part));
            }
            return out;
        }
    }
}
