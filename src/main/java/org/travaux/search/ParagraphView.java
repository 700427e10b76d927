package org.travaux.search;

import java.util.List;

/**
 * A paragraph as the reader shows it.
 *
 * @param id             stable id within the document (the permalink anchor)
 * @param number         printed number, or null
 * @param section        heading path, outermost first
 * @param kind           heading, paragraph, list_item or table_cell
 * @param clause         preambular / operative / narrative
 * @param verb           the clause's opening verb, or null
 * @param commitment     uses commitment language
 * @param recommendation recommends
 * @param language       the paragraph's language where detected, or null
 * @param themes         theme codes
 * @param text           the text (document content: escape before display)
 * @param page           1-based page, 0 when the format has no pages
 * @param citation       the paragraph cited in UN style ("E/CN.9/2006/5, annex, para. 35")
 */
public record ParagraphView(String id, String number, List<String> section, String kind, String clause, String verb,
                            boolean commitment, boolean recommendation, String language, List<String> themes,
                            String text, int page, String citation) {
}
