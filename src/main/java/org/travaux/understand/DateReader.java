package org.travaux.understand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as UN documents print them (English, French, Spanish, Russian month names, see {@link PrintedDates}):
 * the document's date with the rule that found it, and the year of an Official Records imprint. The dates of the
 * meetings a document was issued for or reports on are {@link MeetingDates}'.
 */
final class DateReader {
    /** Header facts sit in the first paragraphs; later dates are cited, not issued. */
    static final int HEADER = 15;

    /**
     * A date found in the text.
     *
     * @param rule      distribution (the header's "Distr." date), adoption ("Resolution adopted … on"), report date
     *                  ("Final report date: …"), meeting (the closing "60th plenary meeting, 19 December 2018"),
     *                  dateline ("Baku, 26 May 2025"), top (a date alone at the top of the text), letter ("Letter
     *                  dated …")
     * @param paragraph index of the paragraph where the date was read
     */
    public record Found(LocalDate date, String rule, int paragraph) {
        /** Only the "Distr." date is a header fact; the others are read from the text. */
        public String source() {
            return rule.equals("distribution") ? "header" : "text";
        }
    }

    private static final int FLAGS = PrintedDates.FLAGS;
    private static final Pattern SINGLE = PrintedDates.SINGLE;
    private static final String D = "(.{0,140}?)";
    private static final Pattern DISTRIBUTION = Pattern.compile("\\bDistr\\b" + D + "(" + SINGLE.pattern() + ")",
            FLAGS | Pattern.DOTALL);
    /** At the start of a header line: a speech or report that mentions an adoption is citing it. */
    private static final Pattern ADOPTION = Pattern.compile(
            "^(?:(?:Resolution|Decision|Declaration|Text)\\s+)?adopted\\s+(?:by|at)\\s+the\\b[^.;]{0,150}?"
                    + "(?:\\bon|,)\\s+(" + SINGLE.pattern() + ")"
                    + "|^At\\s+(?:its|the)\\s+\\d+(?:st|nd|rd|th)\\s+meeting\\b[^.;]{0,80}?\\bheld\\s+on\\s+("
                    + SINGLE.pattern() + ")"
                    + "|^On\\s+(" + SINGLE.pattern() + "),\\s+(?:at|in connection with)\\b",
            FLAGS | Pattern.DOTALL | Pattern.MULTILINE);
    /** "Final report date: 19 April 2023", "Date du rapport final : 1 juin 2025" (evaluation briefs). */
    private static final Pattern REPORT_DATE = Pattern.compile("(?:\\breport date|\\bdate du rapport(?: final)?|"
            + "\\bfecha del informe(?: final)?)\\s*:\\s*(" + SINGLE.pattern() + ")", FLAGS);
    private static final Pattern CLOSING_MEETING = Pattern.compile("(?:\\b(?:\\d+|[\\p{L}-]+)(?:st|nd|rd|th)\\s+"
            + "(?:plenary\\s+|regular\\s+)?meeting|\\bs[ée]ance\\s+pl[ée]ni[èe]re|\\bsesi[óo]n\\s+plenaria),?\\s+"
            + "(?:le\\s+|el\\s+)?(" + SINGLE.pattern() + ")", FLAGS | Pattern.DOTALL);
    private static final Pattern DATELINE = Pattern.compile("^(?:Done at |Fait à |Hecho en )?"
            + "\\p{Lu}[\\p{L}' .()-]{1,40},\\s+(?:on |le |el )?(" + SINGLE.pattern() + ")\\.?$", FLAGS);
    static final Pattern LETTER = Pattern.compile("^(?:Identical\\s+)?Letters?\\s+dated\\s+(" + SINGLE.pattern()
            + ")", FLAGS | Pattern.MULTILINE);
    /** What every {@link #CLOSING_MEETING} holds, with only the words of an ordinal before it. */
    private static final Pattern MEETING_WORD = Pattern.compile(
            "meeting|s[ée]ance\\s+pl[ée]ni[èe]re|sesi[óo]n\\s+plenaria", FLAGS | Pattern.DOTALL);
    private static final Pattern IMPRINT = Pattern.compile("^(?:United Nations|Nations Unies|Naciones Unidas)\\s*[•·,]"
            + "\\s*[\\p{L} ]{3,20},\\s*((?:19|20)\\d\\d)$");

    /**
     * Each rule's pattern, tried only where one of its matches can start: running the patterns at every position of
     * a long text was the slowest part of reading metadata. Each finds what {@code Matcher.find} would.
     */
    static final Scanning.Scan DISTRIBUTION_SCAN = Scanning.Scan.at(DISTRIBUTION, Scanning.letterIgnoringCase("d"));
    static final Scanning.Scan ADOPTION_SCAN = Scanning.Scan.at(ADOPTION, Scanning.lineStart());
    static final Scanning.Scan REPORT_DATE_SCAN = Scanning.Scan.at(REPORT_DATE, Scanning.letterIgnoringCase("rdf"));
    static final Scanning.Scan LETTER_SCAN = Scanning.Scan.at(LETTER, Scanning.lineStart());
    /** Between a "meeting" and the ordinal before it: digits, letters, hyphens, white space ("60th plenary "). */
    static final Scanning.Scan CLOSING_MEETING_SCAN = Scanning.Scan.before(CLOSING_MEETING, MEETING_WORD,
            Scanning.letterIgnoringCase("ms"), c -> Character.isLetterOrDigit(c) || c == '-' || Scanning.isSpace(c)
                    || Character.isSurrogate((char) c) || Character.toLowerCase(Character.toUpperCase(c)) != c);

    private DateReader() {
    }

    /** The first full date in {@code text}, or null. Invalid dates ("31 June 2006") are skipped. */
    public static LocalDate parse(String text) {
        Matcher m = SINGLE.matcher(plain(text));
        while (m.find()) {
            LocalDate d = PrintedDates.date(m, 1);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The document's date, by the most trustworthy rule that finds one, or null. */
    public static Found documentDate(List<String> paragraphs) {
        return documentDate(paragraphs, -1);
    }

    /**
     * The document's date; {@code titleParagraph} is where a resolution's heading was read (or -1): in a volume that
     * holds several resolutions, the closing "2320th plenary meeting, 16 December 1974" that follows it is its date.
     */
    public static Found documentDate(List<String> paragraphs, int titleParagraph) {
        paragraphs = plain(paragraphs);
        List<String> header = paragraphs.subList(0, Math.min(HEADER, paragraphs.size()));
        Found f = inJoined(header, DISTRIBUTION_SCAN, "distribution", 0);
        if (f == null) {
            f = inJoined(header, ADOPTION_SCAN, "adoption", 0);
        }
        if (f == null) {
            f = inJoined(header, REPORT_DATE_SCAN, "report date", 0);
        }
        if (f == null && titleParagraph >= 0) {
            int to = Math.min(paragraphs.size(), titleParagraph + 400);
            f = inJoined(paragraphs.subList(titleParagraph, to), CLOSING_MEETING_SCAN, "meeting",
                    titleParagraph);
        }
        if (f == null) {
            f = closingMeeting(paragraphs, Math.max(0, paragraphs.size() - 6));
        }
        if (f == null) {
            f = dateline(paragraphs);
        }
        if (f == null) {
            f = top(paragraphs);
        }
        if (f == null) {
            f = inJoined(header, LETTER_SCAN, "letter", 0);
        }
        return f;
    }

    /** The year of an Official Records imprint, "United Nations • New York, 2025", in the first pages; or null. */
    public static Integer imprintYear(List<String> paragraphs) {
        paragraphs = plain(paragraphs);
        for (int i = 0; i < Math.min(3 * HEADER, paragraphs.size()); i++) {
            Matcher m = IMPRINT.matcher(paragraphs.get(i).strip());
            if (m.matches()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** The closing "60th plenary meeting, 19 December 2018" among the last paragraphs from {@code from} on. */
    static Found closingMeeting(List<String> paragraphs, int from) {
        return inJoined(paragraphs.subList(from, paragraphs.size()), CLOSING_MEETING_SCAN, "meeting",
                from);
    }

    /** Runs {@code p} over the paragraphs joined by line breaks, since PDF headers split one fact over lines. */
    private static Found inJoined(List<String> paragraphs, Scanning.Scan scan, String rule, int offset) {
        StringBuilder joined = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String s : paragraphs) {
            starts.add(joined.length());
            joined.append(s).append('\n');
        }
        Matcher m = scan.matcher(joined);
        for (int from = 0; scan.find(m, joined, from); from = m.end()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && m.start(g) >= 0) {
                    LocalDate d = parse(m.group(g));
                    if (d != null && SINGLE.matcher(m.group(g)).matches()) {
                        int at = m.start(g);
                        int index = 0;
                        while (index + 1 < starts.size() && starts.get(index + 1) <= at) {
                            index++;
                        }
                        return new Found(d, rule, offset + index);
                    }
                }
            }
        }
        return null;
    }

    /** "Baku, 26 May 2025" alone on a line below the header: where and when a letter or declaration was signed. */
    private static Found dateline(List<String> paragraphs) {
        for (int i = HEADER; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i).strip();
            if (p.length() <= 70) {
                Matcher m = DATELINE.matcher(p);
                if (m.matches()) {
                    LocalDate d = parse(m.group(1));
                    if (d != null) {
                        return new Found(d, "dateline", i);
                    }
                }
            }
        }
        return null;
    }

    /** A paragraph that is only a date, among the first few: the date line of a report ("2 January 2007"). */
    private static Found top(List<String> paragraphs) {
        Found monthOnly = null;
        for (int i = 0; i < Math.min(6, paragraphs.size()); i++) {
            String p = paragraphs.get(i).replace("*", "").strip();
            Matcher m = SINGLE.matcher(p);
            if (m.matches()) {
                LocalDate d = PrintedDates.date(m, 1);
                if (d != null) {
                    return new Found(d, "top", i);
                }
            }
            Matcher my = PrintedDates.MONTH_YEAR.matcher(p);
            if (monthOnly == null && my.matches()) {
                // "December 2006": the month is known, the day is not; the first is the convention for sorting.
                int month = PrintedDates.month(my.group(1));
                monthOnly = new Found(LocalDate.of(Integer.parseInt(my.group(2)), month, 1), "top", i);
            }
        }
        return monthOnly;
    }

    /** No-break and narrow spaces as plain spaces, no-break hyphens as hyphens: regexes here expect plain ones. */
    static String plain(String text) {
        int i = 0;
        while (i < text.length() && !isUnplain(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;  // most text has none: one look instead of six replacements
        }
        return text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\u2009', ' ')
                .replace('\u2011', '-').replace("\u00AD", "");
    }

    private static boolean isUnplain(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009' || c == '\u2011' || c == '\u00AD';
    }

    static List<String> plain(List<String> paragraphs) {
        return paragraphs.stream().map(DateReader::plain).toList();
    }
}
