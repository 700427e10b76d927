package org.travaux.understand;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of the meetings a document was issued for, reports on or was adopted at, as its header and opening
 * sentences state them ("New York, 7–11 April 2025", "held in Geneva on 22 and 23 May 2013").
 */
final class MeetingDates {
    /** A stated "meeting" longer than this is a reporting or budget period. */
    private static final int LONGEST_MEETING_DAYS = 45;
    private static final int FLAGS = PrintedDates.FLAGS;
    private static final Pattern HELD = Pattern.compile("(?<!\\bto be |\\bwill be )\\b(?:held|took\\s+place|met|"
            + "was\\s+convened|s'est\\s+tenue?|se\\s+celebr[óo])\\b[^.;]{0,80}?\\b(?:on|from|du|les?|el|del)\\s+$",
            FLAGS | Pattern.DOTALL);
    /** "The General Assembly," opens the body of a resolution or decision. */
    private static final Pattern BODY_OPENER = Pattern.compile(
            "^(?:The|Le|La|El|L')\\s+[\\p{L} ,'-]{3,120}(?:Assembly|Council|Conference|Commission|Board|Committee|"
                    + "Assemblée|Conseil|Asamblea|Consejo)\\s*[,:]?$");
    /** Words before a span that make it a period of time, not a meeting: budget periods, field visits. */
    private static final Pattern PERIOD = Pattern.compile("\\b(?:period|période|período|biennium|year|visits?|"
            + "visites?|visitas?|terrain|mission)\\b[^.]{0,20}$", FLAGS);

    private MeetingDates() {
    }

    /**
     * Dates of the meetings the document was issued for, reports on or was adopted at, as stated: both days of
     * "22 and 23 May 2013", the first and last day of a range. Read from the header, from "held in … on …" sentences
     * near the top, and from the closing "45th meeting, 11 October 2021" of a resolution. Sorted, distinct.
     */
    static List<LocalDate> read(List<String> paragraphs) {
        paragraphs = DateReader.plain(paragraphs);
        TreeSet<LocalDate> out = new TreeSet<>();
        int n = Math.min(DateReader.HEADER, paragraphs.size());
        int bodyStart = n;
        for (int i = 0; i < n; i++) {
            if (BODY_OPENER.matcher(paragraphs.get(i)).matches()) {
                // A resolution's preamble cites other meetings; its own are in the header and the closing line.
                n = i;
                bodyStart = i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (paragraphs.get(i).length() > 250 || DateReader.LETTER.matcher(paragraphs.get(i)).lookingAt()) {
                bodyStart = Math.min(bodyStart, i);
            }
        }
        for (int i = 0; i < n; i++) {
            String p = paragraphs.get(i);
            Matcher m = PrintedDates.SPAN.matcher(p);
            while (m.find()) {
                List<LocalDate> days = span(m);
                String before = p.substring(0, m.start());
                boolean headerLine = i < bodyStart && p.length() <= 250;
                if (!days.isEmpty() && !PERIOD.matcher(before).find() && (headerLine || HELD.matcher(before).find())) {
                    out.addAll(days);
                }
            }
            Matcher s = PrintedDates.SINGLE.matcher(p);
            while (s.find()) {
                if (HELD.matcher(p.substring(0, s.start())).find()) {
                    LocalDate d = PrintedDates.date(s, 1);
                    if (d != null) {
                        out.add(d);
                    }
                }
            }
        }
        int from = Math.max(0, paragraphs.size() - 6);
        DateReader.Found closing = DateReader.closingMeeting(paragraphs, from);
        if (closing != null) {
            out.add(closing.date());
        }
        return List.copyOf(out);
    }

    /** The stated days of one span match: both days for "and", first and last day for a range. */
    private static List<LocalDate> span(Matcher m) {
        int year2 = Integer.parseInt(m.group(7));
        int month2 = PrintedDates.month(m.group(6));
        int month1 = m.group(2) == null ? month2 : PrintedDates.month(m.group(2));
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
}
