package org.travaux.understand;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The small phrase language of the editable word tables (citation verbs, follow-up requests): whole words matched
 * case-insensitively, {@code a|b} for either word in one place, {@code ...} for a few words in between; a phrase may
 * start with a comma (", and recognizes").
 */
final class Phrases {
    /** Words a "..." may stand for: enough for "requests the Secretary-General to submit to … a report". */
    static final int GAP_WORDS = 25;

    private Phrases() {
    }

    /** "requests|request ... report" as a pattern; a gap never crosses a semicolon. */
    static Pattern compile(String phrase) {
        String[] slots = phrase.strip().split("\\s+");
        // a phrase starts at a word's start; one that starts with punctuation (", and recognizes") wherever that is
        StringBuilder regex = new StringBuilder(Character.isLetterOrDigit(slots[0].charAt(0)) ? "(?<![\\p{L}\\p{N}-])" : "");
        boolean first = true;
        for (String slot : slots) {
            if (slot.equals("...")) {
                regex.append("(?:\\s+[^\\s;]+){0,").append(GAP_WORDS).append("}?");
                continue;
            }
            if (!first) {
                regex.append("\\s+");
            }
            regex.append(Arrays.stream(slot.split("\\|")).map(Pattern::quote)
                    .collect(Collectors.joining("|", "(?:", ")")));
            first = false;
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
