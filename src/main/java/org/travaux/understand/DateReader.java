package org.travaux.understand;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as UN documents print them (English, French, Spanish, Russian month names): the document's date with
 * the rule that found it, and the dates of the meetings it was issued for or reports on.
 */
public final class DateReader {
    /** Header facts sit in the first paragraphs; later dates are cited, not issued. */
    static final int HEADER = 15;
    /** A stated "meeting" longer than this is a reporting or budget period. */
    private static final int LONGEST_MEETING_DAYS = 45;

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

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (String[] row : Sidecars.resourceTable("months.tsv")) {
            MONTHS.put(row[0], Integer.parseInt(row[1]));
        }
    }

    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")\\.?";
    private static final String DAY = "(\\d{1,2})(?:er|º|°|st|nd|rd|th)?";
    private static final String YEAR = "((?:1[89]|20)\\d\\d)";
    private static final String B = "(?<![\\p{L}\\d])";
    private static final String E = "(?![\\p{L}\\d])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "7 March 2006", "7 de marzo de 2006", "7 mars 2006", "7 марта 2006", "March 7, 2006", "2006-03-07". */
    private static final Pattern SINGLE = Pattern.compile(B + "(?:" + DAY + "\\s+(?:de\\s+)?" + MONTH
            + ",?\\s+(?:de\\s+|del\\s+)?" + YEAR + "|" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR
            + "|" + YEAR + "-(\\d\\d)-(\\d\\d))" + E, FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile(B + MONTH + "\\s+(?:de\\s+)?" + YEAR + E, FLAGS);
    /**
     * Two stated days: "22 and 23 May 2013", "3-7 April 2006", "30 November to 2 December 2005", "13 September–11
     * October 2021", "del 30 de noviembre al 2 de diciembre de 2005", "les 22 et 23 mai 2013".
     */
    private static final Pattern SPAN = Pattern.compile(B + DAY + "(?:\\s+(?:de\\s+)?" + MONTH + "(?:,?\\s+" + YEAR
            + ")?)?\\s*(-|–|—|\\bto\\b|\\band\\b|\\bau\\b|\\bal\\b|\\bet\\b|\\by\\b|\\ba\\b)\\s*" + DAY
            + "\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+|del\\s+)?" + YEAR + E, FLAGS);

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
    private static final Pattern LETTER = Pattern.compile("^(?:Identical\\s+)?Letters?\\s+dated\\s+(" + SINGLE.pattern()
            + ")", FLAGS | Pattern.MULTILINE);
    private static final Pattern HELD = Pattern.compile("(?<!\\bto be |\\bwill be )\\b(?:held|took\\s+place|met|"
            + "was\\s+convened|s'est\\s+tenue?|se\\s+celebr[óo])\\b[^.;]{0,80}?\\b(?:on|from|du|les?|el|del)\\s+$",
            FLAGS | Pattern.DOTALL);
    private static final Pattern IMPRINT = Pattern.compile("^(?:United Nations|Nations Unies|Naciones Unidas)\\s*[•·,]"
            + "\\s*[\\p{L} ]{3,20},\\s*((?:19|20)\\d\\d)$");
    /** "The General Assembly," opens the body of a resolution or decision. */
    private static final Pattern BODY_OPENER = Pattern.compile(
            "^(?:The|Le|La|El|L')\\s+[\\p{L} ,'-]{3,120}(?:Assembly|Council|Conference|Commission|Board|Committee|"
                    + "Assemblée|Conseil|Asamblea|Consejo)\\s*[,:]?$");
    /** Words before a span that make it a period of time, not a meeting: budget periods, field visits. */
    private static final Pattern PERIOD = Pattern.compile("\\b(?:period|période|período|biennium|year|visits?|"
            + "visites?|visitas?|terrain|mission)\\b[^.]{0,20}$", FLAGS);

    private DateReader() {
    }

    /** The first full date in {@code text}, or null. Invalid dates ("31 June 2006") are skipped. */
    public static LocalDate parse(String text) {
        Matcher m = SINGLE.matcher(plain(text));
        while (m.find()) {
            LocalDate d = date(m, 1);
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
        Found f = inJoined(header, DISTRIBUTION, "distribution", 0);
        if (f == null) {
            f = inJoined(header, ADOPTION, "adoption", 0);
        }
        if (f == null) {
            f = inJoined(header, REPORT_DATE, "report date", 0);
        }
        if (f == null && titleParagraph >= 0) {
            int to = Math.min(paragraphs.size(), titleParagraph + 400);
            f = inJoined(paragraphs.subList(titleParagraph, to), CLOSING_MEETING, "meeting", titleParagraph);
        }
        if (f == null) {
            int from = Math.max(0, paragraphs.size() - 6);
            f = inJoined(paragraphs.subList(from, paragraphs.size()), CLOSING_MEETING, "meeting", from);
        }
        if (f == null) {
            f = dateline(paragraphs);
        }
        if (f == null) {
            f = top(paragraphs);
        }
        if (f == null) {
            f = inJoined(header, LETTER, "letter", 0);
        }
        return f;
    }

    /**
     * Dates of the meetings the document was issued for, reports on or was adopted at, as stated: both days of
     * "22 and 23 May 2013", the first and last day of a range. Read from the header, from "held in … on …" sentences
     * near the top, and from the closing "45th meeting, 11 October 2021" of a resolution. Sorted, distinct.
     */
    public static List<LocalDate> meetingDates(List<String> paragraphs) {
        paragraphs = plain(paragraphs);
        TreeSet<LocalDate> out = new TreeSet<>();
        int n = Math.min(HEADER, paragraphs.size());
        int bodyStart = n;
        for (int i = 0; i < n; i++) {
            if (BODY_OPENER.matcher(paragraphs.get(i)).matches()) {
                // A resolution's preamble cites other meetings; its own are in the header and the closing line.
                n = i;
                bodyStart = i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (paragraphs.get(i).length() > 250 || LETTER.matcher(paragraphs.get(i)).lookingAt()) {
                bodyStart = Math.min(bodyStart, i);
            }
        }
        for (int i = 0; i < n; i++) {
            String p = paragraphs.get(i);
            Matcher m = SPAN.matcher(p);
            while (m.find()) {
                List<LocalDate> days = span(m);
                String before = p.substring(0, m.start());
                boolean headerLine = i < bodyStart && p.length() <= 250;
                if (!days.isEmpty() && !PERIOD.matcher(before).find() && (headerLine || HELD.matcher(before).find())) {
                    out.addAll(days);
                }
            }
            Matcher s = SINGLE.matcher(p);
            while (s.find()) {
                if (HELD.matcher(p.substring(0, s.start())).find()) {
                    LocalDate d = date(s, 1);
                    if (d != null) {
                        out.add(d);
                    }
                }
            }
        }
        int from = Math.max(0, paragraphs.size() - 6);
        Found closing = inJoined(paragraphs.subList(from, paragraphs.size()), CLOSING_MEETING, "meeting", from);
        if (closing != null) {
            out.add(closing.date());
        }
        return List.copyOf(out);
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

    /** The stated days of one span match: both days for "and", first and last day for a range. */
    private static List<LocalDate> span(Matcher m) {
        int year2 = Integer.parseInt(m.group(7));
        int month2 = MONTHS.get(m.group(6).toLowerCase(Locale.ROOT));
        int month1 = m.group(2) == null ? month2 : MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        int year1 = m.group(3) != null ? Integer.parseInt(m.group(3)) : month1 > month2 ? year2 - 1 : year2;
        try {
            LocalDate start = LocalDate.of(year1, month1, Integer.parseInt(m.group(1)));
            LocalDate end = LocalDate.of(year2, month2, Integer.parseInt(m.group(5)));
            long days = ChronoUnit.DAYS.between(start, end);
            if (days <= 0 || days > LONGEST_MEETING_DAYS) {
                return List.of();
            }
            return List.of(start, end);
        } catch (DateTimeException e) {
            return List.of();
        }
    }

    /** Runs {@code p} over the paragraphs joined by line breaks, since PDF headers split one fact over lines. */
    private static Found inJoined(List<String> paragraphs, Pattern p, String rule, int offset) {
        StringBuilder joined = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String s : paragraphs) {
            starts.add(joined.length());
            joined.append(s).append('\n');
        }
        Matcher m = p.matcher(joined);
        while (m.find()) {
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
                LocalDate d = date(m, 1);
                if (d != null) {
                    return new Found(d, "top", i);
                }
            }
            Matcher my = MONTH_YEAR.matcher(p);
            if (monthOnly == null && my.matches()) {
                // "December 2006": the month is known, the day is not; the first is the convention for sorting.
                int month = MONTHS.get(my.group(1).toLowerCase(Locale.ROOT));
                monthOnly = new Found(LocalDate.of(Integer.parseInt(my.group(2)), month, 1), "top", i);
            }
        }
        return monthOnly;
    }

    /** The date of a SINGLE match whose first group is {@code g}: day-month-year, month-day-year or ISO. */
    private static LocalDate date(Matcher m, int g) {
        try {
            if (m.group(g) != null) {
                return LocalDate.of(Integer.parseInt(m.group(g + 2)), month(m.group(g + 1)),
                        Integer.parseInt(m.group(g)));
            }
            if (m.group(g + 3) != null) {
                return LocalDate.of(Integer.parseInt(m.group(g + 5)), month(m.group(g + 3)),
                        Integer.parseInt(m.group(g + 4)));
            }
            return LocalDate.of(Integer.parseInt(m.group(g + 6)), Integer.parseInt(m.group(g + 7)),
                    Integer.parseInt(m.group(g + 8)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** No-break and narrow spaces as plain spaces, no-break hyphens as hyphens: regexes here expect plain ones. */
    static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\u2009', ' ')
                .replace('\u2011', '-').replace("\u00AD", "");
    }

    static List<String> plain(List<String> paragraphs) {
        return paragraphs.stream().map(DateReader::plain).toList();
    }

    /** True for a month name of months.tsv in any case ("March", "MARS", "marzo"). */
    static boolean isMonth(String word) {
        return MONTHS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }
}
