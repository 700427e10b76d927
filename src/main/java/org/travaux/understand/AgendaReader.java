package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the agenda items a document is issued under, as printed: "Item 21 (e) of the preliminary list" → [21 (e)],
 * "Agenda items 14 and 119" → [14, 119], "items 19 (a) and (c)" → [19 (a), 19 (c)].
 */
public final class AgendaReader {
    private static final String ITEM = "\\d{1,3}(?:\\s*\\([a-z]{1,4}\\))*";
    private static final String SEPARATOR = "\\s*(?:,\\s*(?:and\\s+|et\\s+|y\\s+)?|,?\\s+(?:and|et|y)\\s+)";
    private static final String LIST = "(" + ITEM + "(?:" + SEPARATOR + "(?:" + ITEM + "|\\([a-z]{1,4}\\)))*)";
    /**
     * Header style: a capitalised keyword. "agenda item 13" in lower case counts only right after a session ("(Fifty-
     * fifth session, 16-18 October 2001, agenda item 13)"), because body lines cite items in lower case too.
     */
    private static final Pattern HEADER_ITEMS = Pattern.compile(
            "(?<![\\p{L}])(?:Provisional\\s+)?(Agenda\\s+items?|AGENDA\\s+ITEMS?|Items?|ITEMS?|Points?|Temas?)\\s+"
                    + LIST + "(?![\\d\\p{L}])");
    private static final Pattern SESSION_ITEMS = Pattern.compile(
            "session[^.;]{0,60}?,\\s*(?:agenda\\s+items?|items?)\\s+" + LIST + "(?![\\d\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** What may stand before a header keyword inside a merged header line: a session, a year, a footnote mark. */
    private static final Pattern ALLOWED_BEFORE = Pattern.compile(
            "(?s)(?:^|.*(?:session|Session|SESSION|year|período de sesiones|\\*|\\d{4}))\\s*$");
    /** The patterns tried only where they can start: a capital P, A, I or T; an s of "session" in any case. */
    static final Scanning.Scan HEADER_ITEMS_SCAN = Scanning.Scan.at(HEADER_ITEMS,
            Scanning.where(c -> "PAIT".indexOf(c) >= 0));
    static final Scanning.Scan SESSION_ITEMS_SCAN = Scanning.Scan.at(SESSION_ITEMS,
            Scanning.where(c -> c == 's' || c == 'S'));
    private static final Pattern LIST_END = Pattern.compile("(?s).*(?:,|\\band|\\bet|\\by)\\s*$");
    private static final Pattern PART = Pattern.compile("\\d{1,3}|\\([a-z]{1,4}\\)");

    private AgendaReader() {
    }

    /** The agenda items stated in the first paragraphs, or an empty list. */
    public static List<String> read(List<String> paragraphs) {
        paragraphs = DateReader.plain(paragraphs);
        for (int i = 0; i < Math.min(DateReader.HEADER, paragraphs.size()); i++) {
            List<String> items = parse(paragraphs.get(i));
            if (!items.isEmpty()) {
                return items;
            }
        }
        return List.of();
    }

    /** The agenda items of one header line, or an empty list when the line states none. */
    public static List<String> parse(String line) {
        line = DateReader.plain(line);
        Matcher m = HEADER_ITEMS_SCAN.matcher(line);
        for (int from = 0; HEADER_ITEMS_SCAN.find(m, line, from); from = m.end()) {
            if (ALLOWED_BEFORE.matcher(line.substring(0, m.start())).matches()) {
                return items(m.group(2));
            }
        }
        Matcher s = SESSION_ITEMS_SCAN.matcher(line);
        if (SESSION_ITEMS_SCAN.find(s, line, 0)) {
            return items(s.group(1));
        }
        return List.of();
    }

    /** "19 (a) and (c)" → [19 (a), 19 (c)]; "72(b)" → [72 (b)]. */
    static List<String> items(String list) {
        List<String> out = new ArrayList<>();
        String number = null;
        StringBuilder current = null;
        Matcher m = PART.matcher(list);
        while (m.find()) {
            String part = m.group();
            if (Character.isDigit(part.charAt(0))) {
                if (current != null) {
                    out.add(current.toString());
                }
                number = part;
                current = new StringBuilder(part);
            } else if (current != null) {
                boolean follows = list.substring(m.start() - 1, m.start()).isBlank()
                        && !LIST_END.matcher(list.substring(0, m.start())).matches();
                if (follows || current.toString().equals(number)) {
                    // "4 (a) (ii)" or "19 (a)": a sub-item of the number just read.
                    current.append(' ').append(part);
                } else {
                    // "(c)" in "19 (a) and (c)": a sibling under the same number.
                    out.add(current.toString());
                    current = new StringBuilder(number).append(' ').append(part);
                }
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }
}
