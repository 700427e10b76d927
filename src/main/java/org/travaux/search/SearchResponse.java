package org.travaux.search;

import java.util.List;

/**
 * One page of results. Field names are the JSON API's and stay stable.
 *
 * @param query      the query as received
 * @param total      number of matching documents
 * @param totalExact whether {@code total} is exact
 * @param partial    whether the time budget cut the search short
 * @param tookMs     time spent, milliseconds
 * @param nextCursor cursor of the next page, or null on the last
 * @param hits       the documents of this page
 */
public record SearchResponse(String query, long total, boolean totalExact, boolean partial, long tookMs,
                             String nextCursor, List<DocumentHit> hits) {
}
