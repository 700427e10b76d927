package org.travaux.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results. Field names are the JSON API's and stay stable.
 *
 * @param query      the query as received
 * @param total      number of matching documents
 * @param totalExact whether {@code total} is exact
 * @param partial    whether the time budget cut the search short (hits and counts are then a lower bound)
 * @param relaxed    no document had every word, so these are the documents with most of them
 * @param tookMs     time spent, milliseconds
 * @param nextCursor cursor of the next page, or null on the last
 * @param hits       the documents of this page
 * @param facets     counts by dimension; {@code year} lists every year with documents (the date histogram)
 */
public record SearchResponse(String query, long total, boolean totalExact, boolean partial, boolean relaxed,
                             long tookMs,
                             String nextCursor, List<DocumentHit> hits, Map<String, List<FacetValue>> facets) {
}
