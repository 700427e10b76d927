package org.travaux.model;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a document, the unit of search, citation and permalinks.
 *
 * @param id             stable id within the document: the paragraph number ("35", "15 (a)") or "p" + ordinal
 * @param ordinal        0-based position in reading order
 * @param number         the paragraph's own number as printed, or null when unnumbered
 * @param section        heading path the paragraph sits under, outermost first
 * @param kind           structural kind from extraction
 * @param text           the cleaned text
 * @param page           1-based page, 0 when the format has no pages
 * @param clause         preambular / operative / narrative
 * @param verb           the verb that opened a preambular or operative clause ("Recalling", "Decides"), or null
 * @param commitment     the paragraph uses commitment language ("we commit", "undertake to", "pledge")
 * @param recommendation the paragraph recommends ("should", "recommends")
 * @param language       ISO 639-1 code of the paragraph's language, or null when unknown
 * @param themes         theme codes from the controlled vocabulary
 * @param references     references to other documents made in this paragraph
 * @param requests       what an operative paragraph asks to be done later (reports, reviews, meetings)
 */
public record Paragraph(String id, int ordinal, String number, List<String> section, BlockKind kind, String text,
                        int page, ClauseKind clause, String verb, boolean commitment, boolean recommendation,
                        String language, List<String> themes, List<Reference> references,
                        List<FollowUpRequest> requests) {
    public Paragraph {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(clause, "clause");
        section = List.copyOf(section);
        themes = List.copyOf(themes);
        references = List.copyOf(references);
        requests = List.copyOf(requests);
        if (id.isBlank()) {
            throw new IllegalArgumentException("paragraph id cannot be blank (ordinal " + ordinal + ")");
        }
    }

    /** A paragraph that requests nothing (or whose requests are not read yet). */
    public Paragraph(String id, int ordinal, String number, List<String> section, BlockKind kind, String text,
                     int page, ClauseKind clause, String verb, boolean commitment, boolean recommendation,
                     String language, List<String> themes, List<Reference> references) {
        this(id, ordinal, number, section, kind, text, page, clause, verb, commitment, recommendation, language,
                themes, references, List.of());
    }
}
