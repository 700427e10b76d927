package org.travaux.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the language of a text as an ISO 639-1 code, or null when unsure: Arabic, Russian and Chinese by their script,
 * Latin-script languages (English, French, Spanish; Portuguese, German, Italian so as not to confuse them) by how
 * often their stop words occur.
 */
public final class LanguageDetector {
    /** Fewer weighted stop-word hits than this is too little evidence ("Summary", "Introduction"). */
    private static final double MIN_SCORE = 1.5;
    /** The winner must beat the runner-up by this factor: "de la" alone could be French or Spanish. */
    private static final double MIN_RATIO = 1.5;
    /** A document's language is read from this much of its text; more changes nothing but the time. */
    private static final int DOCUMENT_SAMPLE = 20_000;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Map<String, Double>> WEIGHTS = new HashMap<>();
    /** Letters that mark a language ("~ñ" in a profile), each worth half a stop word per word spelt with it. */
    private static final Map<Character, Map<String, Double>> LETTERS = new HashMap<>();
    private static final List<String> PROFILES = new ArrayList<>();

    static {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        for (String code : list("languages/profiles.txt")) {
            PROFILES.add(code);
            words.put(code, Set.copyOf(list("languages/" + code + ".txt")));
        }
        Map<String, Integer> shared = new HashMap<>();
        words.values().forEach(set -> set.forEach(w -> shared.merge(w, 1, Integer::sum)));
        for (Map.Entry<String, Set<String>> e : words.entrySet()) {
            for (String w : e.getValue()) {
                if (w.length() == 2 && w.charAt(0) == '~') {
                    LETTERS.computeIfAbsent(w.charAt(1), k -> new HashMap<>()).put(e.getKey(), 0.5 / shared.get(w));
                } else {
                    WEIGHTS.computeIfAbsent(w, k -> new HashMap<>()).put(e.getKey(), 1.0 / shared.get(w));
                }
            }
        }
    }

    private LanguageDetector() {
    }

    /** The language of one text (a paragraph, a title), or null when it is too short or too mixed to tell. */
    public static String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String byScript = byScript(text);
        if (byScript != null) {
            return byScript.isEmpty() ? null : byScript;
        }
        return byStopWords(text);
    }

    /** The language of a document: of most of its text, read from its first paragraphs. */
    public static String detect(List<String> paragraphs) {
        StringBuilder sample = new StringBuilder();
        for (String p : paragraphs) {
            if (sample.length() >= DOCUMENT_SAMPLE) {
                break;
            }
            sample.append(p).append('\n');
        }
        return detect(sample.toString());
    }

    /**
     * The language by script when letters of a non-Latin script are the majority: "ar", "ru", "zh", "" when the
     * script is one Travaux has no language for (Greek, Japanese kana, Hangul …), null for Latin-script text.
     */
    private static String byScript(String text) {
        int latin = 0;
        int arabic = 0;
        int cyrillic = 0;
        int han = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case LATIN -> latin++;
                case ARABIC -> arabic++;
                case CYRILLIC -> cyrillic++;
                case HAN -> han++;
                default -> other++;
            }
        }
        // Han characters carry a word each, so a few of them weigh like several Latin letters.
        int hanWeight = han * 3;
        int total = latin + arabic + cyrillic + hanWeight + other;
        if (total == 0 || latin * 2 >= total) {
            return null;
        }
        if (arabic * 2 > total) {
            return "ar";
        }
        if (cyrillic * 2 > total) {
            return "ru";
        }
        if (hanWeight * 2 > total && other * 5 < han) {
            return "zh";
        }
        return "";
    }

    private static String byStopWords(String text) {
        Map<String, Double> scores = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            Map<String, Double> w = WEIGHTS.get(word);
            if (w != null) {
                w.forEach((code, weight) -> scores.merge(code, weight, Double::sum));
            }
            Set<Character> seen = new HashSet<>();
            for (int i = 0; i < word.length(); i++) {
                Map<String, Double> l = LETTERS.get(word.charAt(i));
                if (l != null && seen.add(word.charAt(i))) {
                    l.forEach((code, weight) -> scores.merge(code, weight, Double::sum));
                }
            }
        }
        String best = null;
        double first = 0;
        double second = 0;
        for (String code : PROFILES) {
            double s = scores.getOrDefault(code, 0.0);
            if (s > first) {
                second = first;
                first = s;
                best = code;
            } else if (s > second) {
                second = s;
            }
        }
        return first >= MIN_SCORE && first >= MIN_RATIO * second ? best : null;
    }

    private static List<String> list(String resource) {
        return Sidecars.resourceTable(resource).stream().map(row -> row[0].strip()).filter(w -> !w.isEmpty()).toList();
    }
}
