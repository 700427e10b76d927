package org.travaux.search;

import java.util.List;
import java.util.Map;

/**
 * What became of a document: what it requested and every later document that cites it, for
 * {@code GET /api/timeline?symbol=…} and the timeline page.
 *
 * @param symbol    the canonical symbol (as typed when nothing in the index has or cites it)
 * @param document  the id of the document with that symbol in the collection, or null: not in the collection
 * @param title     its title, or null
 * @param date      its ISO date, or null
 * @param requests  what its operative paragraphs requested, in reading order
 * @param citing    the citing paragraphs in date order, one language version of each (the one asked for when there is
 *                  a choice), at most {@link FollowUpTimeline#MAX_CITING}
 * @param total     citing paragraphs in the index, every language version
 * @param truncated whether {@code citing} stops before the last of them
 * @param counts    citing paragraphs by citation type, every language version
 */
public record Timeline(String symbol, String document, String title, String date, List<Request> requests,
                       List<CitationPage.Incoming> citing, long total, boolean truncated, Map<String, Long> counts) {

    /**
     * One follow-up an operative paragraph requested.
     *
     * @param paragraph  the requesting paragraph's id
     * @param kind       report, review, meeting or study
     * @param due        the due phrase as printed, or null
     * @param session    the session it was due at, or null
     * @param year       the year it was due in, or null
     * @param text       the paragraph's text
     * @param answeredBy for a report: ids of citing reports (not resolutions or decisions) submitted pursuant to the
     *                   document, of the session or by the year it was due when the request said; a reader should
     *                   check them, they are found by their citation, not read
     */
    public record Request(String paragraph, String kind, String due, Integer session, Integer year, String text,
                          List<String> answeredBy) {
    }
}
