package org.travaux.understand;

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
 * The phrases that open preambular and operative clauses ("Recalling", "Noting with concern", "Decides", "Calls
 * upon"), listed in {@code clause-verbs.tsv} with the modifiers read past ("Also", "Further", "Strongly"); an unlisted
 * opener is read from its form ("Applauding …,", "Authorises the …").
 */
final class ClauseOpeners {
    /** A phrase that opened a clause. */
    record Opener(ClauseKind kind, String verb) {
    }

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

    /** Openers and modifiers by their first word in lower case, longest first, so a paragraph is matched in one look. */
    private final Map<String, List<Opener>> openers;
    private final Map<String, List<String>> modifiers;

    ClauseOpeners(List<String[]> verbs) {
        this.openers = verbs.stream().filter(r -> !r[0].equals("modifier"))
                .map(r -> new Opener(ClauseKind.fromValue(r[0]), r[2].strip()))
                .sorted(Comparator.comparingInt((Opener o) -> -o.verb().length()))
                .collect(Collectors.groupingBy(o -> firstWord(o.verb()), LinkedHashMap::new, Collectors.toList()));
        this.modifiers = verbs.stream().filter(r -> r[0].equals("modifier")).map(r -> r[2].strip())
                .sorted(Comparator.comparingInt(m -> -m.length()))
                .collect(Collectors.groupingBy(ClauseOpeners::firstWord, LinkedHashMap::new, Collectors.toList()));
    }

    /** The clause opener at the start of {@code text}, after modifiers such as "Also" or "Further", if any. */
    Optional<Opener> find(String text) {
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
    Optional<Opener> operativeAfterPhrase(String text) {
        int comma = text.indexOf(", ");
        if (comma < 0 || comma > 60) {
            return Optional.empty();
        }
        String rest = text.substring(comma + 2);
        return openers.getOrDefault(firstWord(rest), List.of()).stream()
                .filter(o -> o.kind() == ClauseKind.OPERATIVE && startsWithWord(rest, o.verb())).findFirst();
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
}
