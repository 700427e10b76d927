package org.travaux.understand;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's date and year, from its sidecar and from its text: the sidecar wins, a date read from the text that
 * contradicts the sidecar's year is dropped, and a year alone (sidecar, imprint, symbol) is never turned into a date.
 * Each value kept records where it came from; each disagreement becomes a note for a documentalist.
 */
final class DateAndYear {
    private static final Pattern SYMBOL_YEAR = Pattern.compile("(?:^|/|\\()((?:19[4-9]|20\\d)\\d)(?:/|\\)|$)");
    private static final Pattern YEAR = Pattern.compile("^\\s*((?:1[89]|20)\\d\\d)(?:\\.0)?\\s*$");

    private DateAndYear() {
    }

    /** The sidecar's date, else the one read, unless it contradicts the sidecar's year. */
    static LocalDate date(DateReader.Found found, Map<String, String> side, Map<String, String> sources,
                          List<String> notes) {
        LocalDate date = sidecarDate(side.get("date"), notes);
        Integer sideYear = sidecarYear(side);
        if (date != null) {
            sources.put("date", "sidecar");
            if (found != null && !found.date().equals(date)) {
                notes.add("sidecar date " + date + " differs from " + found.rule() + " date " + found.date()
                        + " in the text");
            }
            return date;
        }
        if (found == null) {
            return null;
        }
        if (sideYear != null && sideYear != found.date().getYear()) {
            // A speech or a catalogued file mentions many dates; the catalogue's year says which cannot be its own.
            notes.add(found.rule() + " date " + found.date() + " in the text ignored: the sidecar year is " + sideYear);
            return null;
        }
        sources.put("date", found.source());
        return found.date();
    }

    /** A sidecar date as ISO (2025-08-11) or as printed (7 March 2006); a bare year is left to {@code year}. */
    private static LocalDate sidecarDate(String value, List<String> notes) {
        if (value == null || YEAR.matcher(value).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            LocalDate d = DateReader.parse(value);
            if (d == null) {
                notes.add("sidecar date '" + value + "' is not a date");
            }
            return d;
        }
    }

    static Integer year(LocalDate date, Map<String, String> side, String sym, List<String> paragraphs,
                        Map<String, String> sources, List<String> notes) {
        Integer fromSidecar = sidecarYear(side);
        if (date != null) {
            sources.put("year", sources.get("date"));
            if (fromSidecar != null && fromSidecar != date.getYear()) {
                notes.add("sidecar year " + fromSidecar + " differs from the date " + date);
            }
            return date.getYear();
        }
        if (fromSidecar != null) {
            sources.put("year", "sidecar");
            return fromSidecar;
        }
        Integer imprint = DateReader.imprintYear(paragraphs);
        if (imprint != null) {
            sources.put("year", "text");
            return imprint;
        }
        Matcher s = sym == null ? null : SYMBOL_YEAR.matcher(sym);
        if (s != null && s.find()) {
            sources.put("year", "symbol");
            return Integer.valueOf(s.group(1));
        }
        return null;
    }

    /** A sidecar's "year", or its "date" when that is a bare year; null otherwise. */
    private static Integer sidecarYear(Map<String, String> side) {
        String value = side.get("year") != null ? side.get("year") : side.get("date");
        Matcher y = value == null ? null : YEAR.matcher(value);
        return y != null && y.matches() ? Integer.valueOf(y.group(1)) : null;
    }
}
