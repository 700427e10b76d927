package org.travaux.understand;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as UN documents print them, in English, French, Spanish and Russian (month names from {@code months.tsv}):
 * the patterns of one date, a month and year, and a span of days, and the date a match stands for.
 */
final class PrintedDates {
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
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "7 March 2006", "7 de marzo de 2006", "7 mars 2006", "7 марта 2006", "March 7, 2006", "2006-03-07". */
    static final Pattern SINGLE = Pattern.compile(B + "(?:" + DAY + "\\s+(?:de\\s+)?" + MONTH
            + ",?\\s+(?:de\\s+|del\\s+)?" + YEAR + "|" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR
            + "|" + YEAR + "-(\\d\\d)-(\\d\\d))" + E, FLAGS);
    static final Pattern MONTH_YEAR = Pattern.compile(B + MONTH + "\\s+(?:de\\s+)?" + YEAR + E, FLAGS);
    /**
     * Two stated days: "22 and 23 May 2013", "3-7 April 2006", "30 November to 2 December 2005", "13 September–11
     * October 2021", "del 30 de noviembre al 2 de diciembre de 2005", "les 22 et 23 mai 2013".
     */
    static final Pattern SPAN = Pattern.compile(B + DAY + "(?:\\s+(?:de\\s+)?" + MONTH + "(?:,?\\s+" + YEAR
            + ")?)?\\s*(-|–|—|\\bto\\b|\\band\\b|\\bau\\b|\\bal\\b|\\bet\\b|\\by\\b|\\ba\\b)\\s*" + DAY
            + "\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+|del\\s+)?" + YEAR + E, FLAGS);

    private PrintedDates() {
    }

    /** The date of a SINGLE match whose first group is {@code g}: day-month-year, month-day-year or ISO. */
    static LocalDate date(Matcher m, int g) {
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

    /** True for a month name of months.tsv in any case ("March", "MARS", "marzo"). */
    static boolean isMonth(String word) {
        return MONTHS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }
}
