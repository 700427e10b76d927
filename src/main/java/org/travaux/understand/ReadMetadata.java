package org.travaux.understand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What {@link MetadataReader} read about one document. Any field may be null or empty when unknown.
 *
 * @param title              the title as a documentalist gives it, or null (the caller falls back to the file name)
 * @param symbol             the symbol given by a sidecar, else the one passed in
 * @param date               the document's date (issue, adoption, dateline …); "December 2006" reads as 2006-12-01
 * @param year               the document's year: of {@code date}, else a sidecar's year, else the symbol's
 *                           (E/CN.9/2006/5 → 2006); a year alone is never turned into a date
 * @param meetingDates       dates of the meetings the document was issued for, reports on or was adopted at
 * @param session            session number (68 for "Sixty-eighth session")
 * @param agendaItems        agenda items as printed ("21 (e)")
 * @param type               document type (resolution, report, letter, statement …)
 * @param annexType          the type of the text annexed to it (a letter transmitting a chair's summary), or null
 * @param distribution       General, Limited or Restricted
 * @param originalLanguage   ISO 639-1 code of the original language
 * @param language           ISO 639-1 code of the document's language
 * @param paragraphLanguages the language of each paragraph, in the order given: detected where the paragraph says
 *                           enough, else the document's language (null entries when neither is known)
 * @param forum              the body as a sidecar names it (the forum table reads it from the symbol), or null
 * @param country            the speaking country of a statement
 * @param speaker            the speaker of a statement
 * @param extra              sidecar fields that have no place above (iso3, post, any unknown column)
 * @param sources            for each field set, where its value came from: sidecar, header, text, filename, symbol
 * @param notes              disagreements between sources and doubtful readings, for a documentalist to check
 */
public record ReadMetadata(String title, String symbol, LocalDate date, Integer year, List<LocalDate> meetingDates,
                           Integer session, List<String> agendaItems, String type, String annexType,
                           String distribution, String originalLanguage, String language,
                           List<String> paragraphLanguages, String forum, String country, String speaker,
                           Map<String, String> extra, Map<String, String> sources, List<String> notes) {
    public ReadMetadata {
        meetingDates = List.copyOf(meetingDates);
        agendaItems = List.copyOf(agendaItems);
        // Entries may be null (a paragraph in no known language), which List.copyOf refuses.
        paragraphLanguages = Collections.unmodifiableList(new ArrayList<>(paragraphLanguages));
        extra = Map.copyOf(extra);
        sources = Map.copyOf(sources);
        notes = List.copyOf(notes);
    }
}
