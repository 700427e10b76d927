package org.travaux.model;

import java.util.Objects;

/**
 * A reference from a paragraph to another document.
 *
 * @param symbol      canonical symbol of the cited document
 * @param paragraphId id of the citing paragraph within its document
 * @param context     a short window of the citing text
 */
public record Reference(String symbol, String paragraphId, String context) {
    public Reference {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(paragraphId, "paragraphId");
        Objects.requireNonNull(context, "context");
    }
}
