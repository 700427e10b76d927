package org.travaux.model;

import java.util.Objects;

/**
 * A UN document symbol in canonical form ({@code A/RES/73/195}, {@code S/RES/2782 (2025)}).
 * Parsing and validation live in {@code understand}; this record only carries the result.
 */
public record DocumentSymbol(String canonical) {
    public DocumentSymbol {
        Objects.requireNonNull(canonical, "canonical");
        if (canonical.isBlank()) {
            throw new IllegalArgumentException("a document symbol cannot be blank");
        }
    }

    @Override
    public String toString() {
        return canonical;
    }
}
