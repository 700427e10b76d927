package org.travaux.search;

import java.util.List;

/**
 * One document in a result list, with its best passages.
 *
 * @param id       URL-safe document id
 * @param symbol   UN document symbol, or null
 * @param title    title (document content: escape before display)
 * @param forum    body/forum path, outermost first
 * @param date     ISO date, or null
 * @param type     document type, or null
 * @param language ISO 639-1 code, or null
 * @param source   the file's path relative to the ingested folder, '/' separated
 * @param score    relevance score
 * @param passages up to three best matching paragraphs, in score order
 */
public record DocumentHit(String id, String symbol, String title, List<String> forum, String date, String type,
                          String language, String source, float score, List<Passage> passages) {
}
