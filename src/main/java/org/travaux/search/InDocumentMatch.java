package org.travaux.search;

/**
 * A paragraph of one document that matches a query, for hit-to-hit navigation in the reader.
 *
 * @param id     the paragraph id (anchor)
 * @param number printed number, or null
 * @param html   the paragraph's text, escaped, matches in {@code <mark>}
 */
public record InDocumentMatch(String id, String number, String html) {
}
