package org.travaux.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations in the style of UN documents ("E/CN.9/2006/5, annex, para. 35"). Without a symbol a document is
 * cited by its forum, title and date ("Regional Conference on Migration, Lima Declaration, 23 May 2013, para. 5").
 *
 * <p>The locator is read back from the paragraph id, which already encodes where the paragraph sits ("annex-II.3
 * (b)" is paragraph 3 (b) of annex II): see the id rules of the understanding step.
 */
public final class UnCitation {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern ANNEX = Pattern.compile("^(annex(?:-([^.]+))?)(?:\\.(.+))?$");
    private static final Pattern SECTION_WORD = Pattern.compile("^([a-z]+)-(.+)$");
    private static final Pattern FOOTNOTE = Pattern.compile("^fn(.+)$");
    private static final Pattern UNNUMBERED = Pattern.compile("^p(\\d+)$");
    private static final Pattern REPEAT = Pattern.compile("~\\d+$");

    private UnCitation() {
    }

    /**
     * @param symbol the document's symbol, or null
     * @param forum  forum path, outermost first (the innermost names the author)
     * @param title  the title, or null
     * @param date   ISO date or year, or null
     */
    public static String document(String symbol, List<String> forum, String title, String date) {
        if (symbol != null && !symbol.isBlank()) {
            return symbol;
        }
        StringBuilder s = new StringBuilder();
        append(s, forum == null || forum.isEmpty() ? null : forum.get(forum.size() - 1));
        append(s, title);
        append(s, longDate(date));
        return s.isEmpty() ? "Untitled document" : s.toString();
    }

    /** The document's citation followed by where the paragraph is: "A/RES/73/195, annex, para. 23". */
    public static String paragraph(String documentCitation, String paragraphId, int page) {
        String locator = locator(paragraphId, page);
        return locator.isEmpty() ? documentCitation : documentCitation + ", " + locator;
    }

    /** "annex II, para. 3 (b)", "sect. II", "art. 5", "footnote 12", "p. 4" (unnumbered, paged) or "". */
    public static String locator(String paragraphId, int page) {
        if (paragraphId == null || paragraphId.isBlank()) {
            return "";
        }
        String id = REPEAT.matcher(paragraphId).replaceFirst("");
        Matcher annex = ANNEX.matcher(id);
        if (annex.matches()) {
            String where = annex.group(2) == null ? "annex" : "annex " + annex.group(2);
            return annex.group(3) == null ? where : where + ", " + inner(annex.group(3), page);
        }
        return inner(id, page);
    }

    private static String inner(String id, int page) {
        Matcher footnote = FOOTNOTE.matcher(id);
        if (footnote.matches()) {
            return "footnote " + footnote.group(1);
        }
        Matcher unnumbered = UNNUMBERED.matcher(id);
        if (unnumbered.matches()) {
            return page > 0 ? "p. " + page : "";
        }
        Matcher word = SECTION_WORD.matcher(id);
        if (word.matches()) {
            return switch (word.group(1)) {
                case "article" -> "art. " + word.group(2);
                case "chapter" -> "chap. " + word.group(2);
                default -> word.group(1) + " " + word.group(2);
            };
        }
        if (id.matches("[IVXLC]+(\\.[A-Z])?|[A-Z]")) {
            return "sect. " + id;
        }
        return "para. " + id;
    }

    /** "2013-05-23" → "23 May 2013"; a bare year stays as it is; anything else is dropped. */
    static String longDate(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        if (date.matches("\\d{4}")) {
            return date;
        }
        try {
            return LocalDate.parse(date).format(LONG_DATE);
        } catch (DateTimeParseException e) {
            return date;
        }
    }

    private static void append(StringBuilder s, String part) {
        if (part == null || part.isBlank()) {
            return;
        }
        if (!s.isEmpty()) {
            s.append(", ");
        }
        s.append(part.strip());
    }
}
