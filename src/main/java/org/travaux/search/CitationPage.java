package org.travaux.search;

import java.util.List;
import java.util.Map;

/**
 * One page of a document's citations, for {@code GET /api/documents/{id}/citations}.
 *
 * @param document   the document's id
 * @param symbol     its symbol (what incoming edges cite), or null
 * @param direction  {@code out} (what it cites) or {@code in} (what cites it)
 * @param type       the citation type asked for, or null for all
 * @param total      edges of the asked type in this direction
 * @param counts     edges by citation type in this direction, whatever type was asked for
 * @param edges      this page's edges: outgoing in reading order, incoming by the citing document's date
 * @param nextCursor cursor of the next page, or null on the last
 * @param <E>        {@link Outgoing} or {@link Incoming}
 */
public record CitationPage<E>(String document, String symbol, String direction, String type, long total,
                              Map<String, Long> counts, List<E> edges, String nextCursor) {

    /**
     * An edge from one of this document's paragraphs.
     *
     * @param paragraph the citing paragraph's id
     * @param symbol    the cited symbol, canonical
     * @param type      the citation type
     * @param context   the citing words around the mention
     * @param document  the cited document's id when the collection has it (in this document's language when it can),
     *                  else null: "not in the collection"
     */
    public record Outgoing(String paragraph, String symbol, String type, String context, String document) {
    }

    /**
     * An edge from a paragraph of another document to this one's symbol.
     *
     * @param document  the citing document's id
     * @param symbol    the citing document's symbol, or null
     * @param title     its title
     * @param date      its ISO date, or null
     * @param language  its language, or null
     * @param type      the citation type
     * @param paragraph the citing paragraph's id
     * @param context   the citing words around the mention
     * @param text      the citing paragraph's whole text
     */
    public record Incoming(String document, String symbol, String title, String date, String language, String type,
                           String paragraph, String context, String text) {
    }
}
