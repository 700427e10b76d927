package org.travaux.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What Travaux knows about a document. Every field but {@code title} may be null or empty when unknown.
 *
 * @param title            the document's title (never null; falls back to the file name)
 * @param symbol           the UN document symbol, or null
 * @param forum            body/forum as a path from the top, e.g. [General Assembly, Third Committee]
 * @param date             date of the document
 * @param year             year of the document: of {@code date}, or known without a full date (a catalogue year)
 * @param meetingDates     dates of the meeting(s) the document reports on or was adopted at, where stated
 * @param session          session number (68 for "Sixty-eighth session")
 * @param agendaItems      agenda items as printed ("21 (e)")
 * @param type             document type (resolution, report, letter, statement …)
 * @param language         ISO 639-1 code of the document's language
 * @param originalLanguage ISO 639-1 code of the original language, where stated
 * @param distribution     "General", "Limited", "Restricted" where stated
 * @param country          the speaking country of a statement (general debate), or null
 * @param speaker          the speaker of a statement, or null
 * @param themes           themes of the controlled vocabulary, most salient first
 * @param extra            further fields from a sidecar that have no place above (iso3, post …)
 * @param sources          for each field name, where its value came from (sidecar, header, filename, text, extractor)
 * @param notes            what a documentalist should check: disagreements between sources, doubtful readings
 */
public record DocumentMetadata(String title, DocumentSymbol symbol, List<String> forum, LocalDate date,
                               Integer year, List<LocalDate> meetingDates, Integer session, List<String> agendaItems, String type,
                               String language, String originalLanguage, String distribution, String country,
                               String speaker, List<ThemeScore> themes, Map<String, String> extra,
                               Map<String, String> sources, List<String> notes) {
    public DocumentMetadata {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a document needs a title (use the file name when none is found)");
        }
        forum = List.copyOf(forum);
        if (date != null && year != null && date.getYear() != year) {
            throw new IllegalArgumentException("year " + year + " contradicts date " + date + " of '" + title + "'");
        }
        year = date != null ? Integer.valueOf(date.getYear()) : year;
        meetingDates = List.copyOf(meetingDates);
        agendaItems = List.copyOf(agendaItems);
        themes = List.copyOf(themes);
        extra = Map.copyOf(extra);
        sources = Map.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /** Metadata that knows only a title. */
    public static DocumentMetadata titled(String title, String titleSource) {
        return new DocumentMetadata(title, null, List.of(), null, null, List.of(), null, List.of(), null, null, null, null,
                null, null, List.of(), Map.of(), Map.of("title", titleSource), List.of());
    }
}
