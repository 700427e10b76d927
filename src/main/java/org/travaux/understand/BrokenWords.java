package org.travaux.understand;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that layout broke, mended by what the rest of the document writes (its vocabulary): a word hyphenated at the
 * end of a line ("develop-\nment", "gender-\nresponsive") and a word that PDF justification split ("operatio ns").
 */
final class BrokenWords {
    /** A word broken by a hyphen at the end of a line: "migra-\ntion", "non-\ngovernmental", "troop-\nand". */
    private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}+)-[ \\t]*\\n\\s*(\\p{Ll}[\\p{L}’']*)");
    /** {@link #BROKEN_WORD} tried only where a word starts: it finds its leftmost match there, never inside a word. */
    static final Scanning.Scan BROKEN_WORD_SCAN = Scanning.Scan.at(BROKEN_WORD, Scanning.WORD_START);
    private static final Set<String> SUSPENDED = Set.of("and", "or", "nor", "to");
    private static final Set<String> HYPHEN_PREFIXES = Set.copyOf(LayoutWords.of("hyphen-prefix"));

    private BrokenWords() {
    }

    /** How often each word (lower case) occurs in the texts, words broken across lines left out. */
    static Map<String, Integer> vocabulary(Collection<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            String t = text.indexOf('\n') >= 0 && Scanning.beforeLineBreak(text, '-')
                    ? BROKEN_WORD_SCAN.replaceAll(text, " ") : text;
            for (int i = nextToken(t, 0); i < t.length(); ) {
                int end = tokenEnd(t, i);
                String token = t.substring(i, end).toLowerCase(Locale.ROOT);
                counts.merge(token, 1, Integer::sum);
                if (token.indexOf('-') > 0) {
                    for (String part : token.split("-")) {
                        counts.merge(part, 1, Integer::sum);
                    }
                }
                i = nextToken(t, end);
            }
        }
        return counts;
    }

    /**
     * Where the next word starts at or after {@code from} (or the end). Words are what the regex
     * {@code [\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*} finds, read by hand (the regex was a hot spot): letters and
     * numbers, joined by hyphens and apostrophes.
     */
    static int nextToken(String t, int from) {
        int i = from;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (Scanning.isLetterOrNumber(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return t.length();
    }

    /** Where the word that starts at {@code i} ends (see {@link #nextToken}). */
    static int tokenEnd(String t, int i) {
        int end = lettersEnd(t, i);
        while (end + 1 < t.length() && "-’'".indexOf(t.charAt(end)) >= 0
                && Scanning.isLetterOrNumber(t.codePointAt(end + 1))) {
            end = lettersEnd(t, end + 1);
        }
        return end;
    }

    private static int lettersEnd(String t, int i) {
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (!Scanning.isLetterOrNumber(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Words broken by a hyphen at the end of a line, joined or kept hyphenated as the document writes them. */
    static String mend(String s, Map<String, Integer> vocabulary) {
        Matcher m = BROKEN_WORD_SCAN.matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int from = 0; BROKEN_WORD_SCAN.find(m, s, from); from = m.end()) {
            String head = m.group(1);
            String tail = m.group(2);
            String h = head.toLowerCase(Locale.ROOT);
            String joined;
            if (SUSPENDED.contains(tail)) {
                joined = head + "- " + tail;  // "troop- and police-contributing countries"
            } else if (vocabulary.containsKey(h + tail.toLowerCase(Locale.ROOT))) {
                joined = head + tail;
            } else if (vocabulary.containsKey(h + "-" + tail.toLowerCase(Locale.ROOT)) || HYPHEN_PREFIXES.contains(h)
                    || vocabulary.containsKey(h) && vocabulary.containsKey(tail.toLowerCase(Locale.ROOT))
                    || head.length() > 1 && head.equals(head.toUpperCase(Locale.ROOT))) {
                joined = head + "-" + tail;
            } else {
                joined = head + tail;
            }
            out.append(s, last, m.start()).append(joined);
            last = m.end();
        }
        return out.append(s, last, s.length()).toString();
    }

    /** Only when both fragments are rare and the whole word is known, so "per cent" and "in different" stay apart. */
    static String joinSplit(String s, Map<String, Integer> vocabulary) {
        String[] words = s.split(" ");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < words.length; i++) {
            String a = words[i];
            // Two lowercase fragments that make a word the document knows: "operatio ns", "inc luding".
            if (i + 1 < words.length && isLowerWord(a) && vocabulary.getOrDefault(a, 0) <= 2) {
                String tail = splitTail(words[i + 1]);
                if (tail != null && vocabulary.getOrDefault(tail, 0) <= 2 && (a + tail).length() >= 6
                        && vocabulary.getOrDefault(a + tail, 0) > 0) {
                    words[i + 1] = a + words[i + 1];
                    continue;
                }
            }
            out.append(out.isEmpty() ? "" : " ").append(a);
        }
        return out.toString();
    }

    /** Whether the word is lower-case letters only: {@code \p{Ll}+}. */
    static boolean isLowerWord(String w) {
        return !w.isEmpty() && lowerEnd(w) == w.length();
    }

    /**
     * The lower-case letters that open a word followed by nothing but punctuation ("ns," → "ns"), else null: group 1
     * of {@code (\p{Ll}+)[^\p{L}\p{N}]*} matched against the whole word.
     */
    static String splitTail(String w) {
        int end = lowerEnd(w);
        if (end == 0) {
            return null;
        }
        for (int i = end; i < w.length(); ) {
            int cp = w.codePointAt(i);
            if (Scanning.isLetterOrNumber(cp)) {
                return null;
            }
            i += Character.charCount(cp);
        }
        return w.substring(0, end);
    }

    private static int lowerEnd(String w) {
        int i = 0;
        while (i < w.length()) {
            int cp = w.codePointAt(i);
            if (!Scanning.isLowercaseLetter(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }
}
