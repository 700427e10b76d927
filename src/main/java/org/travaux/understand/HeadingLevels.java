package org.travaux.understand;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.travaux.understand.ParagraphNumber.Style;

/**
 * Whether a paragraph is a heading, and the level of the section it opens, from its number and its words ("II.",
 * "A.", "Annex", "Summary"); lines of a table of contents are neither headings nor numbered paragraphs.
 */
final class HeadingLevels {
    /** A paragraph's number, and the level of the section it opens when it is a heading (0 when it is not). */
    record Reading(ParagraphNumber number, int sectionLevel) {
    }

    private static final Set<String> KEYWORD_HEADINGS = LayoutWords.of("heading").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private static final Set<String> CONTENTS = LayoutWords.of("contents").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /** "Overall orientation . . . . . . 2": a line of a table of contents, with its dot leaders and page. */
    static final Pattern CONTENTS_LINE = Pattern.compile(".*(?:\\.\\s?){4,}\\s*\\d{1,3}\\s*");
    private static final Pattern TRAILING_COLON = Pattern.compile(":$");

    private HeadingLevels() {
    }

    /**
     * Reads the number of a paragraph and whether it is a heading. A heading the extractor found ({@code given} > 0,
     * its level + 1) keeps that level, but an annex always opens at level 1. Otherwise the number says: annex 1; roman
     * "II." and keyword headings ("Summary") 2; capital "A." 3; "Panel IV." 4; a short numbered title "2. Activities" 5.
     */
    static Reading read(String text, int given, String next) {
        if (isContentsLine(text)) {
            return new Reading(null, 0);  // the table of contents lists headings; it does not number paragraphs
        }
        Optional<ParagraphNumber> found = ParagraphNumber.parse(text);
        if (found.isEmpty()) {
            String word = text.indexOf(':') < 0 ? text : TRAILING_COLON.matcher(text).replaceFirst("");
            boolean keyword = KEYWORD_HEADINGS.contains(word.toLowerCase(Locale.ROOT));
            return new Reading(null, given > 0 ? given : keyword ? 2 : 0);
        }
        ParagraphNumber n = found.get();
        if (given > 0) {
            return new Reading(n, n.style() == Style.ANNEX ? 1 : given);
        }
        String rest = text.substring(Math.min(n.end(), text.length()));
        boolean headingLike = text.length() <= 250 && (!TextCleaner.endsWithAny(text, ".;,") || text.length() <= 40)
                && (rest.isEmpty() || !Character.isLowerCase(rest.charAt(0)) || n.style() == Style.ANNEX);
        int level = switch (n.style()) {
            case ANNEX -> 1;
            case ROMAN -> 2;
            case CAPITAL -> 3;
            case SECTION -> 4;
            case ARABIC, DECIMAL -> isTitle(rest, next) ? 5 : 0;
            default -> 0;
        };
        if (level > 0 && headingLike) {
            return new Reading(n, level);
        }
        boolean sentence = n.style() == Style.ANNEX || n.style() == Style.SECTION;
        return new Reading(sentence ? null : n, 0);  // "Annex I to the present report contains …" is a sentence
    }

    static boolean isContents(String heading) {
        return CONTENTS.contains(heading.toLowerCase(Locale.ROOT));
    }

    static boolean isContentsLine(String line) {
        return endsWithNumberAfterDots(line) && CONTENTS_LINE.matcher(line).matches();
    }

    /**
     * What {@link #CONTENTS_LINE} needs, checked first because the pattern backtracks over the whole line: a digit
     * last (white space aside) and four dots.
     */
    private static boolean endsWithNumberAfterDots(String line) {
        int end = line.length();
        while (end > 0 && Scanning.isSpace(line.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || line.charAt(end - 1) < '0' || line.charAt(end - 1) > '9') {
            return false;
        }
        int dots = 0;
        for (int i = line.indexOf('.'); i >= 0 && dots < 4; i = line.indexOf('.', i + 1)) {
            dots++;
        }
        return dots >= 4;
    }

    /** "2. Sixteenth Ibero-American Summit": a short numbered title, unless the next paragraph is a list item like it. */
    private static boolean isTitle(String rest, String next) {
        if (next == null || rest.isEmpty() || rest.length() > 90 || !Character.isUpperCase(rest.charAt(0))
                || TextCleaner.endsWithAny(rest, ".;:,!?") || rest.contains(". ") || rest.split("\\s+").length > 12) {
            return false;
        }
        Optional<ParagraphNumber> n = ParagraphNumber.parse(next);
        return n.isEmpty() || n.get().style() != Style.ARABIC || next.length() > 120;
    }
}
