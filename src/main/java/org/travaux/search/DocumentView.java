package org.travaux.search;

import java.util.List;
import java.util.Map;

/**
 * Everything known about one document, for the reader and {@code GET /api/documents/{id}}.
 *
 * @param id               URL-safe id
 * @param key              readable key from the metadata; {@code /api/documents/{key}} finds the document too
 * @param symbol           UN symbol, or null
 * @param title            title
 * @param forum            forum path, outermost first
 * @param date             ISO date, or null
 * @param meetingDates     ISO dates of the meetings it reports on, where stated
 * @param session          session number, or null
 * @param agendaItems      agenda items as printed
 * @param type             type, or null
 * @param language         language code, or null
 * @param originalLanguage original language code, or null
 * @param distribution     General / Limited / Restricted, or null
 * @param country          speaking country (statements), or null
 * @param speaker          speaker (statements), or null
 * @param themes           theme codes with scores, most salient first
 * @param extra            further sidecar fields
 * @param source           path relative to the ingested folder
 * @param mediaType        detected format
 * @param pages            page count (0 when the format has no pages)
 * @param note             extraction note (truncation), or empty
 * @param sources          where each metadata field came from
 * @param notes            disagreements between sources a documentalist should check
 * @param paragraphs       the paragraphs in reading order
 * @param references       references to other documents, in reading order
 * @param versions         other language versions of the same symbol
 * @param citation         the document cited in UN style ("A/RES/73/195"; forum, title and date without a symbol)
 */
public record DocumentView(String id, String key, String symbol, String title, List<String> forum, String date,
                           List<String> meetingDates, Integer session, List<String> agendaItems, String type,
                           String language, String originalLanguage, String distribution, String country,
                           String speaker, List<ThemeView> themes, Map<String, String> extra, String source,
                           String mediaType, int pages, String note, Map<String, String> sources, List<String> notes,
                           List<ParagraphView> paragraphs, List<ReferenceView> references,
                           List<LanguageVersion> versions, String citation) {

    /** A theme with its human label and its score. */
    public record ThemeView(String code, String label, double score) {
    }

    /**
     * A reference from one of this document's paragraphs; {@code symbol} is canonical, {@code document} the id of
     * the cited document when the collection has it (in this document's language when there is a choice), else null;
     * {@code type} the citation type ("recalls", "takes_note" … "refers_to").
     */
    public record ReferenceView(String symbol, String paragraph, String context, String document, String type) {
    }

    /** Another language version of the same document. */
    public record LanguageVersion(String id, String language, String title) {
    }
}
