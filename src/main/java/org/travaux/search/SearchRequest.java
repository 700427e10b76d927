package org.travaux.search;

/**
 * A search as the user asked it.
 *
 * @param query  the query text
 * @param size   hits per page, 1..100
 * @param cursor the {@code nextCursor} of the previous page, or null for the first
 */
public record SearchRequest(String query, int size, String cursor) {
    public static final int MAX_SIZE = 100;

    public SearchRequest {
        if (query == null) {
            throw new InvalidQueryException("missing query: add q=… with the words to look for");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }
}
