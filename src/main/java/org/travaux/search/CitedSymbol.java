package org.travaux.search;

/**
 * A symbol and how many documents cite it.
 *
 * @param symbol           canonical symbol
 * @param citingDocuments  documents citing it (each language version counts)
 * @param document         the id of the document with this symbol in the collection, or null: not in the collection
 */
public record CitedSymbol(String symbol, long citingDocuments, String document) {
}
