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
 * "data migration") are masked first; a theme is tagged when one of its terms occurs outside the mask, or when one
 * of its context terms ({@code ctx.LANG}) occurs and the paragraph also names migration (the {@code [context]}
 * terms). Context terms let "women", "data" or "climate change" count for a migration theme only beside migrants.
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
        List<int[]> hits = new ArrayList<>();
        for (String l : languages(text, language)) {
            vocabulary.terms(l).find(text, (owner, from, to) -> hits.add(new int[] {owner, from, to}));
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        int themes = vocabulary.themes().size();
        BitSet excluded = new BitSet();
        BitSet[] masks = new BitSet[themes];
        for (int[] h : hits) {
            if (h[0] == ThemeVocabulary.EXCLUDED) {
                excluded.set(h[1], h[2]);
            } else if (h[0] >= 0 && h[0] % 3 == ThemeVocabulary.MASK) {
                int theme = h[0] / 3;
                masks[theme] = masks[theme] == null ? new BitSet() : masks[theme];
                masks[theme].set(h[1], h[2]);
            }
        }
        boolean migration = false;
        boolean[] direct = new boolean[themes];
        boolean[] inContext = new boolean[themes];
        for (int[] h : hits) {
            if (h[0] == ThemeVocabulary.CONTEXT) {
                migration |= free(excluded, null, h);
            } else if (h[0] >= 0 && h[0] % 3 != ThemeVocabulary.MASK && free(excluded, masks[h[0] / 3], h)) {
                (h[0] % 3 == ThemeVocabulary.TERM ? direct : inContext)[h[0] / 3] = true;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < themes; i++) {
            if (direct[i] || migration && inContext[i]) {
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

    /** Whether the hit's span touches neither an excluded phrase nor one masked for its theme. */
    private static boolean free(BitSet excluded, BitSet themeMask, int[] hit) {
        return clear(excluded, hit) && (themeMask == null || clear(themeMask, hit));
    }

    private static boolean clear(BitSet mask, int[] hit) {
        int set = mask.nextSetBit(hit[1]);
        return set < 0 || set >= hit[2];
    }
}
