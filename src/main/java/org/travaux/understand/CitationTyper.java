package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.travaux.model.CitationType;

/**
 * Decides what a citing paragraph does with a document it cites from the phrase that carries the reference: the
 * phrase of the editable table {@code citation-verbs.tsv} ending nearest before the mention in the same clause.
 * "Recalling its resolutions 65/170 and 67/219" recalls both (the items of a list share the verb before them);
 * "Takes note of the report of the Secretary-General submitted pursuant to resolution 67/219" is pursuant to 67/219,
 * the nearer phrase. Stateless once built; {@link #standard()} is shared.
 */
public final class CitationTyper {
    /** Where a clause ends: a semicolon, or a full stop, '!' or '?' before a capital that is not an abbreviation's. */
    private static final Pattern CLAUSE_END = Pattern.compile(
            ";|(?<!\\b(?:No|Nos|Mr|Mrs|Ms|Dr|para|paras|Vol|Rev|Add|Corr|Art|art|St|p|pp|cf|Sect|sect))[.!?]"
                    + "(?=\\s+[\\p{Lu}“\"«(])|\\n");
    /** Titles in quotation marks, whose words are the cited text's, not the citing paragraph's. */
    private static final Pattern QUOTED = Pattern.compile("“[^”]{0,400}”|«[^»]{0,400}»|\"[^\"]{0,400}\"");

    private record Cue(CitationType type, Pattern pattern) {
    }

    private final List<Cue> cues;

    private static final class Standard {
        static final CitationTyper INSTANCE = new CitationTyper(DataTables.read("citation-verbs.tsv"));
    }

    /** The typer with the phrases of {@code citation-verbs.tsv}, read once. */
    public static CitationTyper standard() {
        return Standard.INSTANCE;
    }

    /** @param rows {@code type, language, phrase} */
    CitationTyper(List<String[]> rows) {
        List<Cue> list = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length < 3 || row[2].isBlank()) {
                throw new IllegalArgumentException("citation-verbs.tsv: a row needs type, language and phrase: "
                        + String.join(" | ", row));
            }
            list.add(new Cue(CitationType.fromValue(row[0].strip()), Phrases.compile(row[2])));
        }
        cues = List.copyOf(list);
    }

    /** The type of the reference whose mention starts at {@code mentionStart} in {@code text}. */
    public CitationType type(String text, int mentionStart) {
        return read(text).typeAt(mentionStart);
    }

    /** The phrases of one paragraph, found once for all the references it makes. */
    public Reading read(String text) {
        String masked = masked(text);
        List<Integer> clauseStarts = new ArrayList<>();
        Matcher end = CLAUSE_END.matcher(masked);
        while (end.find()) {
            clauseStarts.add(end.end());
        }
        List<Found> found = new ArrayList<>();
        for (Cue cue : cues) {
            Matcher m = cue.pattern().matcher(masked);
            int from = 0;
            // every start, not only non-overlapping matches: "requests ... report" may hide a nearer "requests"
            while (from < masked.length() && m.find(from)) {
                found.add(new Found(cue.type(), m.start(), m.end()));
                from = m.start() + 1;
            }
        }
        return new Reading(text.length(), clauseStarts, found);
    }

    private record Found(CitationType type, int start, int end) {
    }

    /** What {@link #read} found in one paragraph. */
    public static final class Reading {
        private final int length;
        private final List<Integer> clauseStarts;
        private final List<Found> found;

        private Reading(int length, List<Integer> clauseStarts, List<Found> found) {
            this.length = length;
            this.clauseStarts = clauseStarts;
            this.found = found;
        }

        /** The type of the reference whose mention ("73/195" in "resolution 73/195") starts at this offset. */
        public CitationType typeAt(int mentionStart) {
            if (mentionStart < 0 || mentionStart > length) {
                throw new IllegalArgumentException("mention at " + mentionStart + " outside a text of " + length);
            }
            int clauseStart = 0;
            for (int s : clauseStarts) {
                if (s <= mentionStart) {
                    clauseStart = s;
                }
            }
            CitationType best = CitationType.REFERS_TO;
            int bestEnd = -1;
            int bestLength = 0;
            for (Found f : found) {
                if (f.start() < clauseStart || f.end() > mentionStart) {
                    continue;
                }
                // the nearest phrase wins; of two ending at the same place, the longer one says more
                if (f.end() > bestEnd || (f.end() == bestEnd && f.end() - f.start() > bestLength)) {
                    best = f.type();
                    bestEnd = f.end();
                    bestLength = f.end() - f.start();
                }
            }
            return best;
        }
    }

    /** The text with quoted titles blanked out, offsets unchanged. */
    static String masked(String text) {
        StringBuilder masked = new StringBuilder(text);
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            blank(masked, q.start(), q.end());
        }
        return masked.toString();
    }

    private static void blank(StringBuilder s, int from, int to) {
        for (int i = from; i < to; i++) {
            s.setCharAt(i, ' ');
        }
    }
}
