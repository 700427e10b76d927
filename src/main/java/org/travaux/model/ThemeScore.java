package org.travaux.model;

import java.util.Objects;

/**
 * A theme of the controlled vocabulary with how strongly a document is about it.
 *
 * @param code  the theme's stable code ("remittances", "sdg-10")
 * @param score salience in [0, 1]: the share of the document's paragraphs tagged with it, weighted by evidence
 */
public record ThemeScore(String code, double score) {
    public ThemeScore {
        Objects.requireNonNull(code, "code");
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("theme score must be in [0, 1], was " + score + " for " + code);
        }
    }
}
