package org.travaux.cli;

import org.travaux.search.FacetLabels;
import org.travaux.understand.ThemeVocabulary;

/** Facet labels for theme codes, from the controlled vocabulary that assigned them. */
final class ThemeLabels {
    private ThemeLabels() {
    }

    static FacetLabels of(ThemeVocabulary vocabulary) {
        return (dim, value) -> dim.equals("theme")
                ? vocabulary.theme(value).map(ThemeVocabulary.Theme::label).orElse(null) : null;
    }
}
