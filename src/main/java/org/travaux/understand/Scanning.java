package org.travaux.understand;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortcuts that give exactly what a regular expression would, for the few expressions run over every character of
 * every document: a pattern tried only where a match can start, and the character classes of {@code java.util.regex}
 * ({@code \s}, {@code \p{L}}, {@code \p{N}}, {@code \p{Ll}}) as plain tests. They exist because the regex engine tries
 * a pattern at each position of the text; each keeps the expression's result to the character.
 */
final class Scanning {
    private Scanning() {
    }

    /** Where a pattern's match can start; the caller guarantees that no match starts where this says no. */
    @FunctionalInterface
    interface Start {
        boolean at(CharSequence text, int i);
    }

    /**
     * A pattern with what tells where its matches can start: {@link #find} finds what {@code Matcher.find} would,
     * trying the pattern in fewer places. Tests hold each scan against the plain {@code find} on generated texts.
     */
    static final class Scan {
        private interface Finder {
            boolean find(Matcher m, CharSequence text, int from);
        }

        private final Pattern pattern;
        private final Finder finder;

        private Scan(Pattern pattern, Finder finder) {
            this.pattern = pattern;
            this.finder = finder;
        }

        /** A pattern whose matches start only where {@code start} allows. */
        static Scan at(Pattern pattern, Start start) {
            return new Scan(pattern, (m, text, from) -> Scanning.find(m, text, from, start));
        }

        /**
         * A pattern every match of which holds a match of {@code keyword} (whose matches start only where
         * {@code keywordStart} allows) with only characters that pass {@code inside} before it (see
         * {@link Scanning#findBefore}).
         */
        static Scan before(Pattern pattern, Pattern keyword, Start keywordStart, IntPredicate inside) {
            return new Scan(pattern, (m, text, from) -> findBefore(m, text, from, Scanning.matcher(keyword, text),
                    keywordStart, inside));
        }

        Pattern pattern() {
            return pattern;
        }

        /** A matcher for {@link #find}. */
        Matcher matcher(CharSequence text) {
            return Scanning.matcher(pattern, text);
        }

        /** What {@code m.find()} from {@code from} finds; {@code m} comes from {@link #matcher} on {@code text}. */
        boolean find(Matcher m, CharSequence text, int from) {
            return finder.find(m, text, from);
        }

        /** {@code pattern.matcher(text).replaceAll(literal)}, for a pattern that matches no empty string. */
        String replaceAll(String text, String literal) {
            Matcher m = matcher(text);
            StringBuilder out = null;
            int last = 0;
            while (find(m, text, last)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, last, m.start()).append(literal);
                last = m.end();
            }
            return out == null ? text : out.append(text, last, text.length()).toString();
        }
    }

    /** Positions whose character passes {@code test}. */
    static Start where(IntPredicate test) {
        return (text, i) -> test.test(text.charAt(i));
    }

    /**
     * Positions whose character the engine may take for one of {@code letters} (lower case) when matching without case
     * ({@code CASE_INSENSITIVE | UNICODE_CASE}): the letter itself, or a character whose folded form is the letter.
     */
    static Start letterIgnoringCase(String letters) {
        boolean[] ascii = new boolean[128];
        for (char c = 0; c < 128; c++) {
            ascii[c] = letters.indexOf(c) >= 0 || letters.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0;
        }
        return (text, i) -> {
            char c = text.charAt(i);
            return c < 128 ? ascii[c]
                    : letters.indexOf(c) >= 0 || letters.indexOf(Character.toLowerCase(Character.toUpperCase(c))) >= 0;
        };
    }

    /** Where {@code ^} matches in MULTILINE mode: at the start and after a line terminator. */
    static Start lineStart() {
        return (text, i) -> {
            if (i == 0) {
                return true;
            }
            char before = text.charAt(i - 1);
            return before == '\n' || before == '\r' || before == '\u0085' || before == '\u2028' || before == '\u2029';
        };
    }

    /** A matcher over the whole text whose region bounds are invisible to the pattern (see {@link #find}). */
    static Matcher matcher(Pattern p, CharSequence text) {
        return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * What {@code m.find()} from {@code from} finds, trying the pattern only where {@code start} allows. The matcher
     * must come from {@link #matcher}: with transparent, non-anchoring bounds, look-behinds, {@code \b} and {@code ^}
     * see the whole text, so a match tried at position i is the one {@code find} would try there.
     */
    static boolean find(Matcher m, CharSequence text, int from, Start start) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (start.at(text, i)) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What {@code m.find()} from {@code from} finds for a pattern every match of which holds a match of {@code keyword}
     * with only characters that pass {@code inside} before it: the pattern is tried only between each keyword and the
     * last character before it that fails {@code inside}. For a long text where the keyword is rare ("meeting"). The
     * keyword's matcher comes from {@link #matcher} and its matches start only where {@code keywordStart} allows.
     */
    private static boolean findBefore(Matcher m, CharSequence text, int from, Matcher keyword, Start keywordStart,
                              IntPredicate inside) {
        int n = text.length();
        int tried = from;  // positions below this were tried already
        for (int k = from; k <= n && find(keyword, text, k, keywordStart); k = keyword.start() + 1) {
            int at = keyword.start();
            int first = at;
            while (first > tried && inside.test(text.charAt(first - 1))) {
                first--;
            }
            for (int i = Math.max(first, tried); i <= at; i++) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
            tried = at + 1;
        }
        return false;
    }

    /**
     * Each run of characters that pass {@code space} replaced by one space, the text itself when there is nothing to
     * replace: {@code p.matcher(text).replaceAll(" ")} for a pattern {@code [...]+} of those characters.
     */
    static String collapse(String text, IntPredicate space) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!space.test(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < text.length() && space.test(text.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(text.length()).append(text, 0, i);  // the first run that is not one space
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    /**
     * Where a word of letters ({@code \p{L}+}) starts: a pattern that opens with a run of letters and needs what
     * follows the whole run finds its leftmost match at the start of a word, never inside one.
     */
    static final Start WORD_START = (text, i) -> {
        char c = text.charAt(i);
        if (!Character.isLetter(c) && !Character.isSurrogate(c)) {
            return false;
        }
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        return Character.isSurrogate(before) || !Character.isLetter(before);
    };

    /** {@code \s} of {@code java.util.regex} without UNICODE_CHARACTER_CLASS: space, tab, line breaks, form feed. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code [\p{L}\p{N}]}: a letter or a number of any script. */
    static boolean isLetterOrNumber(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** {@code \p{Ll}}. */
    static boolean isLowercaseLetter(int cp) {
        return Character.getType(cp) == Character.LOWERCASE_LETTER;
    }

    /** Whether {@code c} stands somewhere in {@code text} followed by spaces or tabs and a line break ("-\n"). */
    static boolean beforeLineBreak(String text, char c) {
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '\n') {
                return true;
            }
        }
        return false;
    }
}
