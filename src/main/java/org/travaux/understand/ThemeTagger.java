package org.travaux.understand;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.travaux.model.ThemeScore;

/**
 * Tags paragraphs with the themes of a {@link ThemeVocabulary} and rolls the tags up into a document's themes.
 *
 * <p>Per paragraph, in each language considered: the vocabulary's exclusions ("highly migratory fish stocks",
 * "data migration") are masked first, and each theme's own masked phrases for that theme; a theme is tagged when
 * one of its terms occurs outside the masks, or when one of its context terms ({@code ctx.LANG}) occurs within the
 * context window (about a sentence) of a {@code [context]} term that names migration. Context terms let "women",
 * "data" or "climate change" count for a migration theme only beside migrants, and the window keeps one migrant in
 * a long list from lending migration to every other item of it.
 *
 * <p>Per document, a theme tagged in k of n paragraphs is kept when k reaches {@link #minimumParagraphs(int)}, and
 * scores (k / n) · (k / (k + 1)): the share of paragraphs, damped when it rests on few of them so that a three-line
 * note mentioning remittances once does not outrank a report that discusses them for pages. Themes of the title
 * are kept whatever their count and score 0.5 + half that, since a title states what a document is about.
 */
public final class ThemeTagger {
    private final ThemeVocabulary vocabulary;
    private final Map<String, Integer> order = new HashMap<>();

    public ThemeTagger(ThemeVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        for (ThemeVocabulary.Theme t : vocabulary.themes()) {
            order.put(t.code(), order.size());
        }
    }

    /** A tagger over the vocabulary shipped with Travaux. */
    public static ThemeTagger standard() {
        return new ThemeTagger(ThemeVocabulary.standard());
    }

    public ThemeVocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The themes of one paragraph.
     *
     * @param paragraphText the paragraph as extracted
     * @param language      ISO 639-1 code ("en", "zh-Hans" is read as "zh"); null, a language without terms, or one
     *                      whose script is absent from the text (a misdetection) means: every language whose script
     *                      occurs in the text
     * @return theme codes in vocabulary order, without duplicates
     */
    public List<String> tag(String paragraphText, String language) {
        if (paragraphText == null || paragraphText.isBlank()) {
            return List.of();
        }
        ThemeText text = ThemeText.of(paragraphText);
        List<Hit> hits = new ArrayList<>();
        for (String l : languages(text, language)) {
            int window = vocabulary.window(l);
            vocabulary.terms(l).find(text, (owner, from, to) -> hits.add(new Hit(owner, from, to, window)));
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        int themes = vocabulary.themes().size();
        BitSet excluded = new BitSet();
        BitSet notContext = new BitSet();
        BitSet[] masks = new BitSet[themes];
        for (Hit h : hits) {
            if (h.owner() == ThemeVocabulary.EXCLUDED) {
                excluded.set(h.from(), h.to());
            } else if (h.owner() == ThemeVocabulary.NOT_CONTEXT) {
                notContext.set(h.from(), h.to());
            } else if (h.kind() == ThemeVocabulary.MASK) {
                masks[h.theme()] = masks[h.theme()] == null ? new BitSet() : masks[h.theme()];
                masks[h.theme()].set(h.from(), h.to());
            }
        }
        List<Hit> anchors = hits.stream()
                .filter(h -> h.owner() == ThemeVocabulary.CONTEXT && h.clear(excluded) && h.clear(notContext)).toList();
        boolean[] tagged = new boolean[themes];
        for (Hit h : hits) {
            if (h.owner() < 0 || h.kind() == ThemeVocabulary.MASK || tagged[h.theme()] || !h.clear(excluded)
                    || masks[h.theme()] != null && !h.clear(masks[h.theme()])) {
                continue;
            }
            tagged[h.theme()] = h.kind() == ThemeVocabulary.TERM || anchors.stream().anyMatch(h::near);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < themes; i++) {
            if (tagged[i]) {
                out.add(vocabulary.themes().get(i).code());
            }
        }
        return out;
    }

    /** As {@link #rollUp(List, Collection)} without a title. */
    public List<ThemeScore> rollUp(List<List<String>> themesPerParagraph) {
        return rollUp(themesPerParagraph, List.of());
    }

    /**
     * A document's themes from its paragraphs' tags, most salient first (ties in vocabulary order). Scoring in the
     * class comment.
     *
     * @param themesPerParagraph one entry per paragraph of the document, untagged paragraphs included (they count
     *                           in the share)
     * @param titleThemes        themes of the document's title, or empty
     */
    public List<ThemeScore> rollUp(List<List<String>> themesPerParagraph, Collection<String> titleThemes) {
        int n = themesPerParagraph.size();
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> paragraph : themesPerParagraph) {
            for (String code : new HashSet<>(paragraph)) {
                counts.merge(code, 1, Integer::sum);
            }
        }
        Set<String> title = new HashSet<>(titleThemes);
        title.forEach(code -> counts.putIfAbsent(code, 0));
        int need = minimumParagraphs(n);
        List<ThemeScore> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int k = e.getValue();
            double body = n == 0 ? 0 : (double) k / n * k / (k + 1.0);
            if (title.contains(e.getKey())) {
                out.add(new ThemeScore(e.getKey(), 0.5 + body / 2));
            } else if (k >= need) {
                out.add(new ThemeScore(e.getKey(), body));
            }
        }
        out.sort(Comparator.comparingDouble(ThemeScore::score).reversed()
                .thenComparing(s -> order.getOrDefault(s.code(), Integer.MAX_VALUE))
                .thenComparing(ThemeScore::code));
        return out;
    }

    /**
     * Paragraphs a theme needs in a document of n paragraphs: one in a short text (up to 10 paragraphs: a letter,
     * a short resolution), two up to 50, then three or 1 % of the paragraphs, whichever is more, so a stray mention
     * in a 200-page report is not a theme of it.
     */
    public static int minimumParagraphs(int n) {
        if (n <= 10) {
            return 1;
        }
        return n <= 50 ? 2 : Math.max(3, (int) Math.ceil(n / 100.0));
    }

    private Collection<String> languages(ThemeText text, String language) {
        Set<String> present = text.scriptLanguages();
        if (language != null) {
            String l = language.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
            if (present.contains(l)) {
                return List.of(l);
            }
        }
        return present;
    }

    /** One occurrence of a term: its owner (see {@link ThemeVocabulary#EXCLUDED}), span, and context reach. */
    private record Hit(int owner, int from, int to, int window) {
        int theme() {
            return owner / 3;
        }

        int kind() {
            return owner < 0 ? -1 : owner % 3;
        }

        /** The span touches no masked character. */
        boolean clear(BitSet mask) {
            int set = mask.nextSetBit(from);
            return set < 0 || set >= to;
        }

        /** The other hit lies within this one's window, counting the characters between the two. */
        boolean near(Hit other) {
            long gap = Math.max(0, Math.max(from, other.from) - Math.min(to, other.to));
            return gap <= window;
        }
    }
}
