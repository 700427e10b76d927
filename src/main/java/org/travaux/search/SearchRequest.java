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
 * @param facets  the facet dimensions to count, in any order; all of them by default. Counting is most of the cost
 *                of a search, so a client that shows no facets (an export, a feed, a script) asks for none
 * @param passages best passages per hit, 0..{@value #MAX_PASSAGES} (default {@value #DEFAULT_PASSAGES}); 0 spares the
 *                highlighting
 */
public record SearchRequest(String query, int size, String cursor, Sort sort, Map<String, List<String>> filters,
                            LocalDate from, LocalDate to, List<String> facets, int passages) {
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_PASSAGES = 3;
    public static final int MAX_PASSAGES = 10;
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
        facets = facets == null ? FacetDimensions.ALL : List.copyOf(new java.util.LinkedHashSet<>(facets));
        for (String dim : facets) {
            if (!FacetDimensions.ALL.contains(dim)) {
                throw new InvalidQueryException("unknown facet '" + dim + "': use some of " + FacetDimensions.ALL
                        + ", or none");
            }
        }
        if (passages < 0 || passages > MAX_PASSAGES) {
            throw new InvalidQueryException("passages must be between 0 and " + MAX_PASSAGES + ", was " + passages);
        }
    }

    /** Every facet counted and {@value #DEFAULT_PASSAGES} passages a hit: what the search page shows. */
    public SearchRequest(String query, int size, String cursor, Sort sort, Map<String, List<String>> filters,
                         LocalDate from, LocalDate to) {
        this(query, size, cursor, sort, filters, from, to, null, DEFAULT_PASSAGES);
    }

    /** The same search, counting only {@code dims} (none: an empty list). */
    public SearchRequest withFacets(List<String> dims) {
        return new SearchRequest(query, size, cursor, sort, filters, from, to, dims, passages);
    }

    /** The same search with {@code n} passages a hit. */
    public SearchRequest withPassages(int n) {
        return new SearchRequest(query, size, cursor, sort, filters, from, to, facets, n);
    }

    /** Whether {@code dim} is to be counted. */
    public boolean counts(String dim) {
        return facets.contains(dim);
    }

    /** The same search, another page. */
    public SearchRequest withPage(int pageSize, String pageCursor) {
        return new SearchRequest(query, pageSize, pageCursor, sort, filters, from, to, facets, passages);
    }

    /** A first-page relevance search with no filters. */
    public SearchRequest(String query, int size, String cursor) {
        this(query, size, cursor, Sort.RELEVANCE, Map.of(), null, null);
    }
}
