package org.travaux.search;

import java.util.List;
import java.util.Map;

/**
 * Everything known about one document, for the reader and {@code GET /api/documents/{id}}.
 *
 * @param id         URL-safe id
 * @param symbol     UN symbol, or null
 * @param title      title
 * @param forum      forum path
 * @param date       ISO date, or null
 * @param type       type, or null
 * @param language   language code, or null
 * @param source     path relative to the ingested folder
 * @param mediaType  detected format
 * @param pages      page count (0 when the format has no pages)
 * @param note       extraction note (truncation), or empty
 * @param sources    where each metadata field came from
 * @param paragraphs the paragraphs in reading order
 */
public record DocumentView(String id, String symbol, String title, List<String> forum, String date, String type,
                           String language, String source, String mediaType, int pages, String note,
                           Map<String, String> sources, List<ParagraphView> paragraphs) {
}
