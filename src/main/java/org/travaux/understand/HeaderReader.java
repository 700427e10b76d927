package org.travaux.understand;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads two facts of an ODS header: the distribution ("Distr.: General" → General, Limited, Restricted) and the
 * original language ("Original: Spanish" → es, "Original : français" → fr, "English only" → en).
 */
public final class HeaderReader {
    private static final Map<String, String> DISTRIBUTIONS = new HashMap<>();
    private static final Map<String, String> LANGUAGES = new HashMap<>();

    static {
        for (String[] row : Sidecars.resourceTable("distributions.tsv")) {
            DISTRIBUTIONS.put(row[0], row[1]);
        }
        for (String[] row : Sidecars.resourceTable("language-names.tsv")) {
            LANGUAGES.put(row[0], row[1]);
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "Distr.: General", "Distr. GENERAL", "Distr.\nGENERAL" (old headers put the class on the next line). */
    private static final Pattern DISTRIBUTION = Pattern.compile("\\bDistr\\b\\.?\\s*:?\\s*(\\p{L}+)", FLAGS);
    private static final Pattern ORIGINAL = Pattern.compile(
            "\\b(?:Original|Orig\\.|Подлинный текст)\\s*:\\s*(\\p{L}+)", FLAGS);
    private static final Pattern ONLY = Pattern.compile("(?<!\\p{L})(\\p{L}+)\\s+(?:only|seulement|únicamente)\\b",
            FLAGS);

    private static final Pattern HEADER_LINE = Pattern.compile("(?i)\\bDistr\\b|\\bOriginal\\s*:|^\\d{2}-\\d{5}|"
            + "^\\*\\d{7}\\*|^GE\\.\\d\\d-|^\\[.*\\]$|^<!--|^\\d+$|^page \\d+|\\bOfficial Records\\b|"
            + "^(?:united\\s*)+a?(?:nations)+(?:\\s+[A-Z]{1,6}/\\S.*)?$|"
            + "^(?:nations unies|naciones unidas)(?:\\s+[A-Z]{1,6}/\\S.*)?$|<<ODS|^\\*+\\s|^\\d+/\\d+$|"
            + "^Rapporteur\\s*:|^Orig\\w*\\s*:|\\bSupplement No\\.|^(?:English|French|Spanish|Russian|Arabic|Chinese)"
            + "(?: only)?$|\\b(?:adopted|adoptée|aprobada) by\\b|^[A-Z]{1,6}(?:/[\\w.()\\-* ]+)+$|"
            + "^(?:Security Council |General Assembly )?(?:\\p{L}+[ -])?\\p{L}+ (?:year|cycle)$|"
            + "^(?:Mr|Ms|Mrs|Dr|Mme|Sr|Sra)\\.\\s.{3,60}\\([\\p{L} ]+\\)$");
    private static final Pattern BODY_NAMES = Pattern.compile("^(?:(?:General Assembly|Security Council|Economic and "
            + "Social Council|Human Rights Council|Assemblée générale|Conseil de sécurité|Asamblea General|Consejo de "
            + "Seguridad|Conseil économique et social|Consejo Económico y Social|Trusteeship Council)\\s*)+$");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}’'-]*");
    private static final Pattern CONNECTOR = Pattern.compile("of|the|and|to|de|del|du|des|la|le|et|y|au|al|on|in|for");

    /** "2025 substantive session (New York, …)", "Organizational session". */
    private static final Pattern SESSION_LINE = Pattern.compile(
            "(?i)^(?:[\\p{L}\\d-]+\\s+){0,2}session(?:\\s*[,(].{0,100}|\\s+\\d.{0,100})?$");
    private static final Pattern ENDS_WITH_YEAR = Pattern.compile("(?s).*\\b\\d{4}\\.?$");
    /** The header patterns, tried only where they can start: at their first letter, in any case. */
    static final Scanning.Scan DISTRIBUTION_SCAN = Scanning.Scan.at(DISTRIBUTION, Scanning.letterIgnoringCase("d"));
    static final Scanning.Scan ORIGINAL_SCAN = Scanning.Scan.at(ORIGINAL, Scanning.letterIgnoringCase("oп"));
    /** Before "only", "seulement", "únicamente": a word and white space. */
    static final Scanning.Scan ONLY_SCAN = Scanning.Scan.before(ONLY,
            Pattern.compile("(?:only|seulement|únicamente)\\b", FLAGS), Scanning.letterIgnoringCase("osú"),
            c -> Character.isLetter(c) || Scanning.isSpace(c) || Character.isSurrogate((char) c));

    private HeaderReader() {
    }

    /** The distribution stated in the first paragraphs, or null. */
    public static String distribution(List<String> paragraphs) {
        String header = header(paragraphs);
        Matcher m = DISTRIBUTION_SCAN.matcher(header);
        for (int from = 0; DISTRIBUTION_SCAN.find(m, header, from); from = m.end()) {
            String d = DISTRIBUTIONS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** ISO 639-1 code of the original language stated in the first paragraphs, or null. */
    public static String originalLanguage(List<String> paragraphs) {
        String header = header(paragraphs);
        Matcher m = ORIGINAL_SCAN.matcher(header);
        for (int from = 0; ORIGINAL_SCAN.find(m, header, from); from = m.end()) {
            String code = LANGUAGES.get(m.group(1).toLowerCase(Locale.ROOT));
            if (code != null) {
                return code;
            }
        }
        // "English only": issued in one language, which is then the original.
        Matcher only = ONLY_SCAN.matcher(header);
        for (int from = 0; ONLY_SCAN.find(only, header, from); from = only.end()) {
            String code = LANGUAGES.get(only.group(1).toLowerCase(Locale.ROOT));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** ISO 639-1 code of a language name in English, French, Spanish or Russian ("Spanish", "español"), or null. */
    public static String languageCode(String name) {
        return name == null ? null : LANGUAGES.get(name.strip().toLowerCase(Locale.ROOT));
    }

    /** True for what a header holds besides the title: symbol, body, distribution, dates, session, agenda item. */
    static boolean isHeaderLine(String p) {
        p = DateReader.plain(p);
        if (p.length() > 300) {
            return false;
        }
        if (HEADER_LINE.matcher(p).find() || BODY_NAMES.matcher(p).matches()) {
            return true;
        }
        // "Thirteenth session of the Forum on Business and Human Rights" is a title, not the session a header states.
        if (SessionReader.parse(p) != null && !p.contains("session of the") || !AgendaReader.parse(p).isEmpty()) {
            return true;
        }
        // "2025 substantive session (New York, …)", "Organizational session"; not "Thirteenth session of the Forum …".
        if (SESSION_LINE.matcher(p).matches()) {
            return true;
        }
        return isPlaceAndDate(p);
    }

    /**
     * "7 March 2006", "New York, 7–11 April 2025", "Special Committee on Peacekeeping Operations New York, 17
     * February–14 March 2025": a date with nothing around it but names. A title with a date has other lower-case
     * words ("Budget … for the period from 1 July 2025 to 30 June 2026").
     */
    private static boolean isPlaceAndDate(String p) {
        if (p.length() > 160 || !endsWithDigit(p) || !ENDS_WITH_YEAR.matcher(p).matches()) {
            return false;
        }
        boolean month = false;
        Matcher w = WORD.matcher(p);
        while (w.find()) {
            String word = w.group();
            if (PrintedDates.isMonth(word)) {
                month = true;
            } else if (Character.isLowerCase(word.charAt(0)) && !CONNECTOR.matcher(word).matches()) {
                return false;
            }
        }
        return month;
    }

    /** What {@link #ENDS_WITH_YEAR} needs, checked first: a digit last, or before a final dot. */
    private static boolean endsWithDigit(String p) {
        int last = p.endsWith(".") ? p.length() - 2 : p.length() - 1;
        return last >= 0 && p.charAt(last) >= '0' && p.charAt(last) <= '9';
    }

    private static String header(List<String> paragraphs) {
        List<String> first = paragraphs.subList(0, Math.min(DateReader.HEADER, paragraphs.size()));
        return String.join("\n", DateReader.plain(first));
    }
}
