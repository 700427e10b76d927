package org.travaux.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    private static final Map<String, Weights> WEIGHTS = new HashMap<>();
    /** Letters that mark a language ("~ñ" in a profile), each worth half a stop word per word spelt with it. */
    private static final Map<Character, Weights> LETTERS = new HashMap<>();
    private static final List<String> PROFILES = new ArrayList<>();
    private static final String MARK_LETTERS;

    static {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        for (String code : list("languages/profiles.txt")) {
            PROFILES.add(code);
            words.put(code, Set.copyOf(list("languages/" + code + ".txt")));
        }
        Map<String, Integer> shared = new HashMap<>();
        words.values().forEach(set -> set.forEach(w -> shared.merge(w, 1, Integer::sum)));
        Map<String, Map<String, Double>> weights = new HashMap<>();
        Map<Character, Map<String, Double>> letters = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : words.entrySet()) {
            for (String w : e.getValue()) {
                if (w.length() == 2 && w.charAt(0) == '~') {
                    letters.computeIfAbsent(w.charAt(1), k -> new HashMap<>()).put(e.getKey(), 0.5 / shared.get(w));
                } else {
                    weights.computeIfAbsent(w, k -> new HashMap<>()).put(e.getKey(), 1.0 / shared.get(w));
                }
            }
        }
        weights.forEach((w, byCode) -> WEIGHTS.put(w, Weights.of(byCode)));
        letters.forEach((c, byCode) -> LETTERS.put(c, Weights.of(byCode)));
        StringBuilder marks = new StringBuilder();
        LETTERS.keySet().forEach(marks::append);
        MARK_LETTERS = marks.toString();
    }

    /** The script of each of the first code points, looked up once: {@code UnicodeScript.of} searches a table. */
    private static final Character.UnicodeScript[] SCRIPTS = new Character.UnicodeScript[0x3000];

    static {
        for (int cp = 0; cp < SCRIPTS.length; cp++) {
            SCRIPTS[cp] = Character.UnicodeScript.of(cp);
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
            switch (cp < SCRIPTS.length ? SCRIPTS[cp] : Character.UnicodeScript.of(cp)) {
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
        // Scores per profile, added in the order the words come, so the sums are those of a map merged word by word.
        double[] scores = new double[PROFILES.size()];
        String lower = text.toLowerCase(Locale.ROOT);
        for (int start = nextWord(lower, 0); start < lower.length(); ) {
            int end = wordEnd(lower, start);
            Weights w = WEIGHTS.get(lower.substring(start, end));
            if (w != null) {
                w.addTo(scores);
            }
            for (int i = start; i < end; i++) {
                char c = lower.charAt(i);
                // each marking letter counts once per word: at its first occurrence in the word
                if (MARK_LETTERS.indexOf(c) >= 0 && lower.indexOf(c, start) == i) {
                    LETTERS.get(c).addTo(scores);
                }
            }
            start = nextWord(lower, end);
        }
        String best = null;
        double first = 0;
        double second = 0;
        for (int p = 0; p < PROFILES.size(); p++) {
            double s = scores[p];
            if (s > first) {
                second = first;
                first = s;
                best = PROFILES.get(p);
            } else if (s > second) {
                second = s;
            }
        }
        return first >= MIN_SCORE && first >= MIN_RATIO * second ? best : null;
    }

    /** Where the next word ({@code \p{L}+}) starts at or after {@code from}, or the end. */
    private static int nextWord(String s, int from) {
        int i = from;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return s.length();
    }

    private static int wordEnd(String s, int i) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!Character.isLetter(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** What one stop word or marking letter adds to the profiles it belongs to. */
    private record Weights(int[] profiles, double[] weights) {
        static Weights of(Map<String, Double> byCode) {
            int[] profiles = new int[byCode.size()];
            double[] weights = new double[byCode.size()];
            int i = 0;
            for (Map.Entry<String, Double> e : byCode.entrySet()) {
                profiles[i] = PROFILES.indexOf(e.getKey());
                weights[i++] = e.getValue();
            }
            return new Weights(profiles, weights);
        }

        void addTo(double[] scores) {
            for (int i = 0; i < profiles.length; i++) {
                scores[profiles[i]] += weights[i];
            }
        }
    }

    private static List<String> list(String resource) {
        return Sidecars.resourceTable(resource).stream().map(row -> row[0].strip()).filter(w -> !w.isEmpty()).toList();
    }
}
