package org.travaux.model;

import java.util.Objects;

/**
 * A reference from a paragraph to another document: one typed edge of the citation graph.
 *
 * @param symbol      canonical symbol of the cited document
 * @param paragraphId id of the citing paragraph within its document
 * @param context     a short window of the citing text
 * @param type        what the citing paragraph does with the cited document (recalls, takes note …)
 */
public record Reference(String symbol, String paragraphId, String context, CitationType type) {
    public Reference {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(paragraphId, "paragraphId");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(type, "type");
    }

    /** A reference whose type is not known: it refers to the document. */
    public Reference(String symbol, String paragraphId, String context) {
        this(symbol, paragraphId, context, CitationType.REFERS_TO);
    }
}
