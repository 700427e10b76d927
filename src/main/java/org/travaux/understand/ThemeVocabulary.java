package org.travaux.understand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The controlled vocabulary of themes (migration themes and the 17 SDGs) with their terms in the six UN languages,
 * read from the editable file {@code themes.txt} shipped beside this class.
 */
public final class ThemeVocabulary {
    /** The languages the vocabulary has terms in, ISO 639-1. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");
    /** Group of the themes about international migration (the "highly migratory fish stocks" must get none). */
    public static final String MIGRATION = "migration";
    static final String RESOURCE = "themes.txt";

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * One theme of the vocabulary.
     *
     * @param code  stable code used in the index and in URLs ("remittances", "sdg-10")
     * @param label English label for people
     * @param group the family the theme belongs to ("migration", "sdg")
     */
    public record Theme(String code, String label, String group) {
    }

    /** Owner of an [exclude] phrase in {@link #terms(String)}; theme i owns 3i (terms), 3i+1 (ctx.), 3i+2 (not.). */
    static final int EXCLUDED = -1;
    /** Owner of a [context] term. */
    static final int CONTEXT = -2;
    /** Owner of a [context] not.LANG phrase: names ("High Commissioner for Refugees") that make no context. */
    static final int NOT_CONTEXT = -3;
    /** Context reach when the file sets no window: the whole paragraph. */
    static final int WHOLE_PARAGRAPH = Integer.MAX_VALUE;
    static final int TERM = 0;
    static final int IN_CONTEXT = 1;
    static final int MASK = 2;

    private final List<Theme> themes;
    private final List<Set<String>> languagesPerTheme;
    private final Map<String, ThemeTerms> terms;
    private final Map<String, Integer> windows;
    private final Map<String, Theme> byCode = new HashMap<>();

    private ThemeVocabulary(List<Theme> themes, List<Set<String>> languagesPerTheme, Map<String, ThemeTerms> terms,
                            Map<String, Integer> windows) {
        this.themes = List.copyOf(themes);
        this.languagesPerTheme = List.copyOf(languagesPerTheme);
        this.terms = Map.copyOf(terms);
        this.windows = Map.copyOf(windows);
        themes.forEach(t -> byCode.put(t.code(), t));
    }

    /** The vocabulary shipped with Travaux, read once. */
    public static ThemeVocabulary standard() {
        return Standard.VOCABULARY;
    }

    /**
     * Reads a vocabulary in the {@code themes.txt} format.
     *
     * @param text   the file's content
     * @param source name used in error messages
     * @throws IllegalArgumentException naming the line and the problem: unknown key or language, duplicate code,
     *                                  missing label or group, malformed term
     */
    public static ThemeVocabulary parse(String text, String source) {
        List<Theme> themes = new ArrayList<>();
        List<Set<String>> languagesPerTheme = new ArrayList<>();
        Map<String, ThemeTerms> terms = new LinkedHashMap<>();
        Map<String, Integer> windows = new HashMap<>();
        LANGUAGES.forEach(l -> terms.put(l, new ThemeTerms(l)));
        for (ThemeFileParser.Section s : ThemeFileParser.parse(text, source)) {
            String where = source + ":" + s.line() + ": [" + s.kind() + (s.name() == null ? "" : " " + s.name()) + "] ";
            try {
                checkKeys(s);
                switch (s.kind()) {
                    case "context" -> {
                        add(s, "", CONTEXT, terms);
                        add(s, "not.", NOT_CONTEXT, terms);
                        windows.putAll(windows(s));
                    }
                    case "exclude" -> add(s, "", EXCLUDED, terms);
                    default -> {
                        boolean repeated = themes.stream().anyMatch(t -> t.code().equals(s.name()));
                        if (repeated || !CODE.matcher(s.name()).matches()) {
                            throw new IllegalArgumentException("theme code is malformed or repeated");
                        }
                        int owner = 3 * themes.size();
                        themes.add(new Theme(s.name(), s.single("label"), s.single("group")));
                        Set<String> languages = new LinkedHashSet<>(add(s, "", owner + TERM, terms));
                        languages.addAll(add(s, "ctx.", owner + IN_CONTEXT, terms));
                        add(s, "not.", owner + MASK, terms);
                        languagesPerTheme.add(languages);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        return new ThemeVocabulary(themes, languagesPerTheme, terms, windows);
    }

    /** Every theme in file order, which is the order tags are reported in. */
    public List<Theme> themes() {
        return themes;
    }

    /** The theme with this code, if the vocabulary has it. */
    public Optional<Theme> theme(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Whether the code names a theme of the {@value #MIGRATION} group. */
    public boolean isMigrationTheme(String code) {
        return theme(code).map(t -> t.group().equals(MIGRATION)).orElse(false);
    }

    /** All terms of one vocabulary language, labelled by owner (see {@link #EXCLUDED}). */
    ThemeTerms terms(String language) {
        return terms.get(language);
    }

    /** How far (in characters of folded text) a context term may be from a [context] term to count. */
    int window(String language) {
        return windows.getOrDefault(language, windows.getOrDefault("", WHOLE_PARAGRAPH));
    }

    /** The languages in which theme i (file order) has terms of its own or context terms. */
    Set<String> languagesOf(int theme) {
        return languagesPerTheme.get(theme);
    }

    /** Adds the section's prefix + LANG entries under the owner; returns the languages that had some. */
    private static Set<String> add(ThemeFileParser.Section s, String prefix, int owner, Map<String, ThemeTerms> terms) {
        Set<String> found = new LinkedHashSet<>();
        for (String language : LANGUAGES) {
            for (String term : s.values().getOrDefault(prefix + language, List.of())) {
                terms.get(language).add(owner, term);
                found.add(language);
            }
        }
        return found;
    }

    /** window = N and window.LANG = N of the [context] section, by language ("" for all). */
    private static Map<String, Integer> windows(ThemeFileParser.Section s) {
        Map<String, Integer> out = new HashMap<>();
        s.values().forEach((key, values) -> {
            if (key.equals("window") || key.startsWith("window.")) {
                String value = values.size() == 1 ? values.get(0) : "";
                if (!value.matches("[0-9]{1,6}")) {
                    throw new IllegalArgumentException(key + " must be one number of characters, was " + values);
                }
                out.put(key.equals("window") ? "" : key.substring("window.".length()), Integer.parseInt(value));
            }
        });
        return out;
    }

    /** Keys other than those the FORMAT notes in themes.txt list are typos worth stopping on. */
    private static void checkKeys(ThemeFileParser.Section s) {
        String allowed = switch (s.kind()) {
            case "theme" -> "label|group|((ctx|not)\\.)?(LANG)";
            case "context" -> "((not|window)\\.)?(LANG)|window";
            default -> "LANG";
        };
        Pattern valid = Pattern.compile(allowed.replace("LANG", String.join("|", LANGUAGES)));
        for (String key : s.values().keySet()) {
            if (!valid.matcher(key).matches()) {
                throw new IllegalArgumentException("unknown key \"" + key + "\" (this section takes "
                        + allowed.replace("\\.", ".").replace("LANG", "LANG with LANG one of " + LANGUAGES) + ")");
            }
        }
    }

    /** Holder: the shipped file is parsed on first use, once. */
    private static final class Standard {
        static final ThemeVocabulary VOCABULARY = load();

        private static ThemeVocabulary load() {
            try (InputStream in = ThemeVocabulary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("theme vocabulary " + RESOURCE + " missing from the classpath");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read theme vocabulary " + RESOURCE, e);
            }
        }
    }
}
