package org.travaux.understand;

import java.util.regex.Pattern;

/** Turns a block's raw lines into one clean paragraph string. */
public final class TextCleaner {
    /** "migra-\ntion" → "migration": a lowercase letter, a hyphen at the end of a line, a lowercase letter. */
    private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{Ll})-\\s*\\n\\s*(\\p{Ll})");
    /** "(CELADE)-\nPopulation": a hyphen that belongs to the text stays, without the line break's space. */
    private static final Pattern HYPHEN_AT_BREAK = Pattern.compile("(\\S)-[ \\t]*\\n\\s*(\\S)");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t\\u200D]]");

    private TextCleaner() {
    }

    /** Joins the lines of a block with single spaces, mending words broken across lines. */
    public static String clean(String block) {
        String s = CONTROL.matcher(block).replaceAll("");
        s = BROKEN_WORD.matcher(s).replaceAll("$1$2");
        s = HYPHEN_AT_BREAK.matcher(s).replaceAll("$1-$2");
        s = LINE_BREAKS.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
