package org.travaux.understand;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the session a document belongs to: "Sixty-eighth session" → 68, "80th session", "Soixante-huitième session",
 * "Sexagésimo octavo período de sesiones", or from a symbol (A/RES/73/195 → 73, A/RES/217 (III) → 3).
 */
public final class SessionReader {
    private record Word(int value, boolean ordinal) {
    }

    private static final Map<String, Word> WORDS = new HashMap<>();

    static {
        for (String[] row : Sidecars.resourceTable("ordinals.tsv")) {
            WORDS.put(row[0], new Word(Integer.parseInt(row[1]), row[2].equals("ordinal")));
        }
    }

    private static final String WORD = "\\p{L}+(?:[- ]\\p{L}+){0,3}";
    /**
     * A capitalised ordinal before "session" / "período de sesiones": header style. Body text says "at its
     * sixty-eighth session" in lower case and is a citation, so the capital is required. Special and emergency special
     * sessions are numbered apart from regular ones and are not read.
     */
    private static final Pattern SESSION = Pattern.compile(
            "(?<![\\p{L}\\d-])(\\p{Lu}" + WORD + "|\\d{1,3}(?:st|nd|rd|th|e|ème|º|°|a|o)?)\\s+(?:regular\\s+)?"
                    + "(?:session|Session|SESSION|período de sesiones|periodo de sesiones)(?!\\p{L}|\\s*,?\\s*\\d{4})",
            Pattern.UNICODE_CASE);
    private static final Pattern SYMBOL = Pattern.compile(
            "^A/(?:RES/|DEC/|INF/|C\\.\\d/|HRC/(?:RES/|DEC/|PRST/)?)?(\\d{1,2})/.*|"
                    + "^[AE]/RES/\\d+\\s*\\(([IVXLC]+)\\)$");

    private static final Pattern LOWER_UPPER = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern SPECIAL_BEFORE = Pattern.compile("(?s).*\\b(special|emergency|extraordinary)\\s*$");

    private SessionReader() {
    }

    /** The session stated in the first paragraphs, or null. */
    public static Integer read(List<String> paragraphs) {
        paragraphs = DateReader.plain(paragraphs);
        for (int i = 0; i < Math.min(DateReader.HEADER, paragraphs.size()); i++) {
            Integer s = parse(paragraphs.get(i));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** The first header-style session in {@code text} ("Fifty-third session Agenda item 87" → 53), or null. */
    public static Integer parse(String text) {
        // "Development**Thirty-ninth session**" loses its bold marks in cleaning and glues two header lines together.
        String t = DateReader.plain(text).replace("*", " ");
        if (!t.contains("session") && !t.contains("Session") && !t.contains("SESSION") && !t.contains("de sesiones")) {
            return null;  // what SESSION needs (splitting "eS" cannot make it): most lines name no session
        }
        t = LOWER_UPPER.matcher(t).replaceAll("$1 $2");
        Matcher m = SESSION.matcher(t);
        while (m.find()) {
            String before = t.substring(Math.max(0, m.start() - 30), m.start()).toLowerCase(Locale.ROOT);
            if (SPECIAL_BEFORE.matcher(before).matches()) {
                continue;
            }
            Integer n = number(m.group(1));
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /** The GA, committee or HRC session a symbol carries (A/73/L.66 → 73, A/HRC/RES/36/5 → 36), or null. */
    public static Integer fromSymbol(String symbol) {
        if (symbol == null) {
            return null;
        }
        Matcher m = SYMBOL.matcher(symbol.strip());
        if (!m.matches()) {
            return null;
        }
        return m.group(1) != null ? Integer.valueOf(m.group(1)) : roman(m.group(2));
    }

    /**
     * The value of an ordinal phrase, or null: "80th", "Sixty-eighth", "soixante-dix-neuvième", "cinquante et
     * unième", "quatre-vingtième", "sexagésimo octavo". The words come from ordinals.tsv and must end in an ordinal;
     * a phrase may start with words that are not numbers ("Commission Fifty-eighth"), which are skipped.
     */
    static Integer number(String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        Matcher digits = Pattern.compile("^(\\d{1,3})\\p{L}*[º°]?$").matcher(p);
        if (digits.matches()) {
            return Integer.valueOf(digits.group(1));
        }
        String[] parts = p.split("[\\s-]+");
        int total = 0;
        boolean started = false;
        boolean lastOrdinal = false;
        for (int i = 0; i < parts.length; i++) {
            Word w = null;
            if (i + 1 < parts.length) {
                w = WORDS.get(parts[i] + "-" + parts[i + 1]);
                if (w != null) {
                    i++;
                }
            }
            if (w == null) {
                w = WORDS.get(parts[i]);
            }
            if (w == null) {
                if (started) {
                    return null;
                }
                continue;
            }
            started = true;
            total += w.value();
            lastOrdinal = w.ordinal();
        }
        return started && lastOrdinal && total > 0 ? total : null;
    }

    private static Integer roman(String numeral) {
        Map<Character, Integer> values = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100);
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = values.get(numeral.charAt(i));
            boolean subtract = i + 1 < numeral.length() && values.get(numeral.charAt(i + 1)) > v;
            total += subtract ? -v : v;
        }
        return total;
    }
}
