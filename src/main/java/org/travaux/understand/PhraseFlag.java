package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The phrases of one flag, matched word by word so a paragraph is read once: "…" stands for up to eight words, and
 * a phrase that starts where a "not-" phrase matched ("should" in "should be grateful") does not count.
 */
final class PhraseFlag {
    private static final int GAP = 8;
    private final Map<String, List<List<String>>> yes;
    private final Map<String, List<List<String>>> no;

    PhraseFlag(List<String> yes, List<String> no) {
        this.yes = index(yes);
        this.no = index(no);
    }

    /** The words of a text in lower case, as {@code [\p{L}\p{N}']+} finds them; read by hand, for speed. */
    static List<String> words(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < t.length() && isWordChar(cp = t.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            out.add(t.substring(start, i));
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        return cp == '\'' || Scanning.isLetterOrNumber(cp);
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
