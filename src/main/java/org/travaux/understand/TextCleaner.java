package org.travaux.understand;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns a block's raw lines into one clean paragraph string. */
public final class TextCleaner {
    /** "(CELADE)-\nPopulation": a hyphen that belongs to the text stays, without the line break's space. */
    private static final Pattern HYPHEN_AT_BREAK = Pattern.compile("(\\S)-[ \\t]*\\n\\s*(\\S)");
    /** "evidence -based", "Secretary -General": PDF justification puts a space before a hyphen. */
    private static final Pattern SPACE_BEFORE_HYPHEN = Pattern.compile("(?<=\\p{L}) -(?=\\p{L}{2})");
    /** "the underlying methods . In": PDF justification puts a space before punctuation. */
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("(?<=[\\p{L})]) (?=[.,;:](?:\\s|$))");
    /** A web address broken after a slash goes on without a space. */
    private static final Pattern URL_BREAK = Pattern.compile("(?<=\\S/)[ \\t]*\\n\\s*(?=[\\w%])");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t\\u200D]]");
    /** Footnote markers glued to the text: "migrants.2 The", "Rights;3 the", "development1,", "Agenda”5", "^a", "¹". */
    private static final Pattern GLUED_MARKER = Pattern.compile("(?=[\\d¹²³⁴⁵⁶⁷⁸⁹⁰^])(?:"
            // each alternative takes the marker first and looks behind it after, so most positions fail at once
            + "\\d{1,2}(?<=\\p{Ll}{2}[.,;:]\\d{1,2})(?=\\s|$)"
            + "|\\d{1,2}(?<=\\p{Ll}{3}\\d{1,2})(?=[,.;:]?(?:\\s|$))"
            + "|\\d{1,2}(?<=[)”’\"]\\d{1,2})(?=[,.;:]?(?:\\s|$))"
            + "|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}(?<=(?:\\p{L}{3}|[.,;:)”’\"])[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})"
            + "|\\^[a-z0-9]{1,2}\\b)");
    /** {@link #GLUED_MARKER} tried only where it can start: a digit, a superscript digit or a caret. */
    static final Scanning.Scan GLUED_MARKER_SCAN = Scanning.Scan.at(GLUED_MARKER, Scanning.where(c -> c >= '0'
            && c <= '9' || c == '^' || c == '¹' || c == '²' || c == '³' || c == '⁰' || c >= '⁴' && c <= '⁹'));
    /** Markdown emphasis left by a conversion to text: "**Annex to the letter**", "*Regional Inter-State …*", "_Recalling_". */
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile(
            "(?<![\\w*])\\*(?=[\\p{L}“\"])([^*\\n]+?)(?<=[\\p{L}\\p{N}.,”\")])\\*(?![\\w*])");
    private static final Pattern UNDERSCORED = Pattern.compile("(?<![\\w_])_(?=\\p{L})([^_\\n]+?)(?<=[\\p{L}.,])_(?![\\w_])");

    /**
     * "**Annex**" → "Annex"; a bold run glued to the word before or after it keeps a space there
     * ("Development**Thirty-ninth session**" is two headings on one line, not "DevelopmentThirty-ninth").
     */
    static String unbold(String s) {
        return BOLD.matcher(s).replaceAll(m -> {
            boolean gluedBefore = m.start() > 0 && Character.isLetterOrDigit(s.charAt(m.start() - 1));
            boolean gluedAfter = m.end() < s.length() && Character.isLetterOrDigit(s.charAt(m.end()));
            return java.util.regex.Matcher.quoteReplacement((gluedBefore ? " " : "") + m.group(1) + (gluedAfter ? " " : ""));
        });
    }

    private TextCleaner() {
    }

    /** Joins the lines of a block with single spaces, mending words broken across lines. */
    public static String clean(String block) {
        return clean(block, BrokenWords.vocabulary(List.of(block)));
    }

    /**
     * Joins the lines of a block with single spaces; a word broken across lines is mended by what the rest of the
     * document says ({@code vocabulary}, from {@link BrokenWords#vocabulary}): "develop-\nment" becomes "development"
     * where the document writes "development", "gender-\nresponsive" stays hyphenated where it writes
     * "gender-responsive".
     */
    public static String clean(String block, Map<String, Integer> vocabulary) {
        String s = hasControl(block) ? CONTROL.matcher(block).replaceAll("") : block;
        if (s.indexOf('\n') >= 0) {  // most blocks outside PDF are one line: skip what only line breaks need
            // each pattern below needs a hyphen or a slash at the end of a line: without one, nothing to do
            if (Scanning.beforeLineBreak(s, '-')) {
                s = BrokenWords.mend(s, vocabulary);
            }
            if (Scanning.beforeLineBreak(s, '-')) {
                s = HYPHEN_AT_BREAK.matcher(s).replaceAll("$1-$2");
            }
            if (Scanning.beforeLineBreak(s, '/')) {
                s = URL_BREAK.matcher(s).replaceAll("");
            }
            s = joinLines(s);
        }
        if (s.contains(" -")) {
            s = SPACE_BEFORE_HYPHEN.matcher(s).replaceAll("-");
        }
        if (s.indexOf('*') >= 0) {
            s = ITALIC.matcher(unbold(s)).replaceAll("$1");
        }
        if (s.indexOf('_') >= 0) {
            s = UNDERSCORED.matcher(s).replaceAll("$1");
        }
        s = GLUED_MARKER_SCAN.replaceAll(s, "");
        s = singleSpaces(s).strip();
        if (s.contains(" .") || s.contains(" ,") || s.contains(" ;") || s.contains(" :")) {
            s = SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("");
        }
        return BrokenWords.joinSplit(s, vocabulary);
    }

    /** Whether {@link #CONTROL} has anything to remove. */
    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if ((type == Character.CONTROL || type == Character.FORMAT) && cp != '\n' && cp != '\t' && cp != 0x200D) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code \s*\n\s*} replaced by one space, by hand (the regex was a hot spot): each run of white space that holds a
     * line break becomes one space.
     */
    static String joinLines(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Scanning.isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            boolean lineBreak = false;
            while (end < s.length() && Scanning.isSpace(s.charAt(end))) {
                lineBreak |= s.charAt(end) == '\n';
                end++;
            }
            if (lineBreak) {
                out.append(' ');
            } else {
                out.append(s, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * Each run of white space ({@code \s}), no-break, figure and narrow no-break spaces replaced by one space, by hand
     * (the regex was a hot spot); the text itself when there is nothing to replace.
     */
    static String singleSpaces(String s) {
        return Scanning.collapse(s, c -> isSpaceLike((char) c));
    }

    private static boolean isSpaceLike(char c) {
        return Scanning.isSpace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
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
}
