package org.travaux.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.travaux.model.ClauseKind;
import org.travaux.model.FollowUpRequest;

/**
 * Reads what an operative paragraph asks to be done later — "Requests the Secretary-General to submit to the General
 * Assembly at its seventy-fifth session a report on the implementation of the present resolution" is a report due at
 * session 75 — so the follow-up timeline can show which requests were answered. Words live in the editable table
 * {@code follow-up-requests.tsv}; due dates are read here. Stateless once built; {@link #standard()} is shared.
 */
public final class FollowUpRequests {
    /** "at its seventy-fifth session", "before its forty-third session", "à sa soixante-quinzième session". */
    private static final Pattern SESSION_DUE = Pattern.compile("(?iu)(?<![\\p{L}])(?:at|before|to|for|during|by|until"
            + "|à|lors de|avant|en|antes de|hasta)\\s+(?:its|their|sa|leur|su|sus)\\s+([^;,.()]{1,60}?)\\s+"
            + "(?:regular\\s+|substantive\\s+|ordinary\\s+)?(?:sessions?|per[ií]odos? de sesiones)(?![\\p{L}])");
    /** "in 2025", "by the end of February 2016", "by 1 March 2021", "d'ici à 2030", "antes de fines de 2025". */
    private static final Pattern YEAR_DUE = Pattern.compile("(?iu)(?<![\\p{L}])(?:in|by|before|not later than"
            + "|no later than|until|en|d'ici à|d'ici|avant|antes de|a más tardar en|para)\\s+(?:the end of\\s+"
            + "|la fin de\\s+|la fin\\s+|fines de\\s+|finales de\\s+|fin de\\s+)?(?:(\\d{1,2})\\s+)?(?:(\\p{L}+)\\s+)?"
            + "(?:de\\s+)?((?:19[4-9]|20\\d)\\d)(?![\\d/)\\p{L}])");
    private static final Pattern YEAR = Pattern.compile("(?:19[4-9]|20\\d)\\d");
    /** A determiner or possessive just before "request": the noun. */
    private static final Pattern NOUN_BEFORE = Pattern.compile(
            "(?iu)(?:\\b(?:the|a|an|its|his|her|their|our|this|that|such|whose|la|sa|leur|una|su|sus)|['’]s)\\s+$");
    private static final Pattern SESSION_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|\\bet\\b|\\by\\b)\\s*");

    private record Cue(String role, Pattern pattern) {
    }

    private record Mark(int start, int end, String value) {
    }

    private final List<Cue> asks;
    private final List<Cue> kinds;

    private static final class Standard {
        static final FollowUpRequests INSTANCE = new FollowUpRequests(DataTables.read("follow-up-requests.tsv"));
    }

    /** The reader with the words of {@code follow-up-requests.tsv}, read once. */
    public static FollowUpRequests standard() {
        return Standard.INSTANCE;
    }

    /** @param rows {@code role, language, phrase}; role is ask, report, review, meeting or study */
    FollowUpRequests(List<String[]> rows) {
        List<Cue> a = new ArrayList<>();
        List<Cue> k = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length < 3 || row[2].isBlank()) {
                throw new IllegalArgumentException("follow-up-requests.tsv: a row needs role, language and phrase: "
                        + String.join(" | ", row));
            }
            String role = row[0].strip();
            switch (role) {
                case "ask" -> a.add(new Cue(role, Phrases.compile(row[2])));
                case "report", "review", "meeting", "study" -> k.add(new Cue(role, Phrases.compile(row[2])));
                default -> throw new IllegalArgumentException("follow-up-requests.tsv: unknown role '" + role + "'");
            }
        }
        asks = List.copyOf(a);
        kinds = List.copyOf(k);
    }

    /** What one paragraph requests, in the order it says it; nothing for a paragraph that is not operative. */
    public List<FollowUpRequest> read(String text, ClauseKind clause) {
        if (clause != ClauseKind.OPERATIVE) {
            return List.of();
        }
        // quoted titles are named, not asked for: "under the sub-item entitled “Review and coordination …”"
        String t = CitationTyper.masked(DateReader.plain(text));
        List<Mark> askMarks = find(asks, t).stream().filter(m -> !noun(t, m.start())).toList();
        List<FollowUpRequest> out = new ArrayList<>();
        for (int i = 0; i < askMarks.size(); i++) {
            int from = askMarks.get(i).start();
            int to = i + 1 < askMarks.size() ? askMarks.get(i + 1).start() : t.length();
            if (i > 0 && from < askMarks.get(i - 1).end()) {
                continue; // "decides to convene" inside an earlier ask's words
            }
            read(t, from, to, out);
        }
        return List.copyOf(out);
    }

    /** The requests of one segment: each due date with the kind named nearest before it; kinds without a date. */
    private void read(String t, int from, int to, List<FollowUpRequest> out) {
        String segment = t.substring(from, to);
        List<Mark> kindMarks = find(kinds, segment);
        if (kindMarks.isEmpty()) {
            return; // "Requests the Secretary-General to provide the assistance necessary": nothing due
        }
        Set<Mark> used = new HashSet<>();
        Set<String> emitted = new HashSet<>();
        for (Due due : dues(segment)) {
            Mark kind = null;
            for (Mark k : kindMarks) {
                if (k.start() < due.start()) {
                    kind = k;
                }
            }
            kind = kind == null ? kindMarks.get(0) : kind;
            used.add(kind);
            emitted.add(kind.value());
            out.add(new FollowUpRequest(kind.value(), due.phrase(), due.session(), due.year()));
        }
        for (Mark k : kindMarks) {
            if (!used.contains(k) && emitted.add(k.value())) {
                out.add(new FollowUpRequest(k.value(), null, null, null));
            }
        }
    }

    private record Due(int start, String phrase, Integer session, Integer year) {
    }

    /** Due dates in the order they are written; a numbered session and a year each, several for "and". */
    static List<Due> dues(String segment) {
        List<Due> dues = new ArrayList<>();
        Matcher s = SESSION_DUE.matcher(segment);
        while (s.find()) {
            String words = s.group(1).strip();
            String phrase = s.group().strip();
            if (YEAR.matcher(words).matches()) {
                dues.add(new Due(s.start(), phrase, null, Integer.valueOf(words)));
                continue;
            }
            List<Integer> sessions = new ArrayList<>();
            for (String part : SESSION_SEPARATOR.split(words)) {
                Integer n = SessionReader.number(part);
                if (n != null) {
                    sessions.add(n);
                }
            }
            if (sessions.isEmpty() && words.toLowerCase(Locale.ROOT).matches("(?:next|prochaine|próximo|siguiente)")) {
                dues.add(new Due(s.start(), phrase, null, null));
            }
            for (Integer n : sessions) {
                dues.add(new Due(s.start(), phrase, n, null));
            }
        }
        Matcher y = YEAR_DUE.matcher(segment);
        while (y.find()) {
            if (y.group(2) != null && !PrintedDates.isMonth(y.group(2))) {
                continue; // "in the 2030 Agenda" is no date
            }
            int start = y.start();
            if (dues.stream().noneMatch(d -> d.start() <= start && start < d.start() + d.phrase().length())) {
                dues.add(new Due(start, y.group().strip(), null, Integer.valueOf(y.group(3))));
            }
        }
        dues.sort(Comparator.comparingInt(Due::start));
        return dues;
    }

    /** "upon the Committee's request", "at the request of": a request made before, not one made here. */
    private static boolean noun(String text, int start) {
        return NOUN_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find();
    }

    private static List<Mark> find(List<Cue> cues, String text) {
        List<Mark> marks = new ArrayList<>();
        for (Cue cue : cues) {
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                marks.add(new Mark(m.start(), m.end(), cue.role()));
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        return marks;
    }
}
