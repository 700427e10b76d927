package org.travaux.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A search as the user asked it.
 *
 * @param query   the query text (empty: every document)
 * @param size    hits per page, 1..100
 * @param cursor  the {@code nextCursor} of the previous page, or null for the first
 * @param sort    relevance, or date either way
 * @param filters selected facet values by dimension (forum, year, theme, type, lang, clause, country); several
 *                values of one dimension combine with OR, dimensions with AND
 * @param from    earliest document date, inclusive, or null
 * @param to      latest document date, inclusive, or null
 */
public record SearchRequest(String query, int size, String cursor, Sort sort, Map<String, List<String>> filters,
                            LocalDate from, LocalDate to) {
    public static final int MAX_SIZE = 100;
    /** A page may start at most this far down: deeper paging is a crawl, which exports serve better. */
    public static final int MAX_OFFSET = 10_000;

    /** Result order. */
    public enum Sort {
        RELEVANCE, DATE_ASC, DATE_DESC;

        /** "relevance", "date" (oldest first) or "-date" (newest first). */
        public static Sort parse(String value) {
            if (value == null || value.isBlank() || value.equals("relevance")) {
                return RELEVANCE;
            }
            return switch (value) {
                case "date" -> DATE_ASC;
                case "-date" -> DATE_DESC;
                default -> throw new InvalidQueryException("sort must be relevance, date or -date, was '" + value + "'");
            };
        }
    }

    public SearchRequest {
        if (query == null) {
            throw new InvalidQueryException("missing query: add q=… with the words to look for");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        sort = sort == null ? Sort.RELEVANCE : sort;
        Map<String, List<String>> copy = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : (filters == null ? Map.<String, List<String>>of() : filters).entrySet()) {
            if (!FacetDimensions.ALL.contains(e.getKey())) {
                throw new InvalidQueryException("unknown filter f." + e.getKey() + ": use one of " + FacetDimensions.ALL);
            }
            if (!e.getValue().isEmpty()) {
                copy.put(e.getKey(), List.copyOf(e.getValue()));
            }
        }
        filters = Map.copyOf(copy);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** The same search, another page. */
    public SearchRequest withPage(int pageSize, String pageCursor) {
        return new SearchRequest(query, pageSize, pageCursor, sort, filters, from, to);
    }

    /** A first-page relevance search with no filters. */
    public SearchRequest(String query, int size, String cursor) {
        this(query, size, cursor, Sort.RELEVANCE, Map.of(), null, null);
    }
}
