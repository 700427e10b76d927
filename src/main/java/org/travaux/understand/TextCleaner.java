package org.travaux.understand;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a block's raw lines into one clean paragraph string. */
public final class TextCleaner {
    /** A word broken by a hyphen at the end of a line: "migra-\ntion", "non-\ngovernmental", "troop-\nand". */
    private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}+)-[ \\t]*\\n\\s*(\\p{Ll}[\\p{L}’']*)");
    /** "(CELADE)-\nPopulation": a hyphen that belongs to the text stays, without the line break's space. */
    private static final Pattern HYPHEN_AT_BREAK = Pattern.compile("(\\S)-[ \\t]*\\n\\s*(\\S)");
    /** "evidence -based", "Secretary -General": PDF justification puts a space before a hyphen. */
    private static final Pattern SPACE_BEFORE_HYPHEN = Pattern.compile("(?<=\\p{L}) -(?=\\p{L}{2})");
    /** "the underlying methods . In": PDF justification puts a space before punctuation. */
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("(?<=[\\p{L})]) (?=[.,;:](?:\\s|$))");
    /** A web address broken after a slash goes on without a space. */
    private static final Pattern URL_BREAK = Pattern.compile("(?<=\\S/)[ \\t]*\\n\\s*(?=[\\w%])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t\\u200D]]");
    /** Footnote markers glued to the text: "migrants.2 The", "Rights;3 the", "development1,", "Agenda”5", "^a", "¹". */
    private static final Pattern GLUED_MARKER = Pattern.compile("(?=[\\d¹²³⁴⁵⁶⁷⁸⁹⁰^])(?:"
            // each alternative takes the marker first and looks behind it after, so most positions fail at once
            + "\\d{1,2}(?<=\\p{Ll}{2}[.,;:]\\d{1,2})(?=\\s|$)"
            + "|\\d{1,2}(?<=\\p{Ll}{3}\\d{1,2})(?=[,.;:]?(?:\\s|$))"
            + "|\\d{1,2}(?<=[)”’\"]\\d{1,2})(?=[,.;:]?(?:\\s|$))"
            + "|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}(?<=(?:\\p{L}{3}|[.,;:)”’\"])[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})"
            + "|\\^[a-z0-9]{1,2}\\b)");
    /** Markdown emphasis left by a conversion to text: "**Annex to the letter**", "*Regional Inter-State …*", "_Recalling_". */
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile(
            "(?<![\\w*])\\*(?=[\\p{L}“\"])([^*\\n]+?)(?<=[\\p{L}\\p{N}.,”\")])\\*(?![\\w*])");
    private static final Pattern UNDERSCORED = Pattern.compile("(?<![\\w_])_(?=\\p{L})([^_\\n]+?)(?<=[\\p{L}.,])_(?![\\w_])");
    /** Two lowercase fragments that make a word the document knows: "operatio ns", "inc luding". */
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}+");
    private static final Pattern SPLIT_TAIL = Pattern.compile("(\\p{Ll}+)[^\\p{L}\\p{N}]*");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-’'][\\p{L}\\p{N}]+)*");
    private static final Set<String> SUSPENDED = Set.of("and", "or", "nor", "to");
    private static final Set<String> HYPHEN_PREFIXES = Set.copyOf(LayoutWords.of("hyphen-prefix"));

    private TextCleaner() {
    }

    /** Joins the lines of a block with single spaces, mending words broken across lines. */
    public static String clean(String block) {
        return clean(block, vocabulary(List.of(block)));
    }

    /**
     * Joins the lines of a block with single spaces; a word broken across lines is mended by what the rest of the
     * document says ({@code vocabulary}, from {@link #vocabulary}): "develop-\nment" becomes "development" where the
     * document writes "development", "gender-\nresponsive" stays hyphenated where it writes "gender-responsive".
     */
    public static String clean(String block, Map<String, Integer> vocabulary) {
        String s = CONTROL.matcher(block).replaceAll("");
        if (s.indexOf('\n') >= 0) {  // most blocks outside PDF are one line: skip what only line breaks need
            s = mendBrokenWords(s, vocabulary);
            s = HYPHEN_AT_BREAK.matcher(s).replaceAll("$1-$2");
            s = URL_BREAK.matcher(s).replaceAll("");
            s = LINE_BREAKS.matcher(s).replaceAll(" ");
        }
        if (s.contains(" -")) {
            s = SPACE_BEFORE_HYPHEN.matcher(s).replaceAll("-");
        }
        if (s.indexOf('*') >= 0) {
            s = ITALIC.matcher(BOLD.matcher(s).replaceAll("$1")).replaceAll("$1");
        }
        if (s.indexOf('_') >= 0) {
            s = UNDERSCORED.matcher(s).replaceAll("$1");
        }
        s = GLUED_MARKER.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        if (s.contains(" .") || s.contains(" ,") || s.contains(" ;") || s.contains(" :")) {
            s = SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("");
        }
        return joinSplitWords(s, vocabulary);
    }

    /** Whether the text's last character is one of {@code chars}: "ends with a comma or a semicolon". */
    static boolean endsWithAny(String text, String chars) {
        return !text.isEmpty() && chars.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** Whether the text ends a sentence or a clause, closing quotes and brackets aside: "… (A/79/710).", "… bodies”;". */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"”’)".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".;:!?".indexOf(text.charAt(i)) >= 0;
    }

    /** How often each word (lower case) occurs in the texts, words broken across lines left out. */
    public static Map<String, Integer> vocabulary(Collection<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            Matcher m = TOKEN.matcher(text.indexOf('\n') < 0 ? text : BROKEN_WORD.matcher(text).replaceAll(" "));
            while (m.find()) {
                String token = m.group().toLowerCase(Locale.ROOT);
                counts.merge(token, 1, Integer::sum);
                if (token.indexOf('-') > 0) {
                    for (String part : token.split("-")) {
                        counts.merge(part, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static String mendBrokenWords(String s, Map<String, Integer> vocabulary) {
        Matcher m = BROKEN_WORD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
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
            m.appendReplacement(out, Matcher.quoteReplacement(joined));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Only when both fragments are rare and the whole word is known, so "per cent" and "in different" stay apart. */
    private static String joinSplitWords(String s, Map<String, Integer> vocabulary) {
        String[] words = s.split(" ");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < words.length; i++) {
            String a = words[i];
            if (i + 1 < words.length && vocabulary.getOrDefault(a, 0) <= 2 && LOWER_WORD.matcher(a).matches()) {
                Matcher next = SPLIT_TAIL.matcher(words[i + 1]);
                if (next.matches() && vocabulary.getOrDefault(next.group(1), 0) <= 2 && (a + next.group(1)).length() >= 6
                        && vocabulary.getOrDefault(a + next.group(1), 0) > 0) {
                    words[i + 1] = a + words[i + 1];
                    continue;
                }
            }
            out.append(out.isEmpty() ? "" : " ").append(a);
        }
        return out.toString();
    }
}
