package org.travaux.understand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a document's metadata (title, date, meeting dates, session, agenda items, type, distribution, languages,
 * speaker) from its paragraphs, file name and symbol; a sidecar's fields override what is read from the text, and each
 * value records where it came from.
 */
public final class MetadataReader {
    /** Sidecar fields with a place in {@link ReadMetadata}; any other field goes to {@code extra}. */
    private static final Set<String> PLACED = Set.of("symbol", "title", "date", "year", "session", "agenda", "type",
            "language", "original_language", "distribution", "forum", "country", "speaker");

    private MetadataReader() {
    }

    /**
     * @param paragraphs the document's cleaned paragraphs in reading order
     * @param fileName   the file's name (for collections whose names carry meaning), or null
     * @param symbol     the canonical symbol found by the symbol parser, or null
     * @param sidecar    fields from a catalog.csv row or a .meta.json, or empty; they win over the text
     */
    public static ReadMetadata read(List<String> paragraphs, String fileName, String symbol,
                                    Map<String, String> sidecar) {
        Map<String, String> side = new LinkedHashMap<>();
        (sidecar == null ? Map.<String, String>of() : sidecar).forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                side.put(Sidecars.fieldName(k), v.strip());
            }
        });
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<String> header = paragraphs.subList(0, Math.min(DateReader.HEADER, paragraphs.size()));

        String sym = symbol;
        if (side.containsKey("symbol")) {
            if (symbol != null && !symbol.equalsIgnoreCase(side.get("symbol"))) {
                notes.add("sidecar symbol " + side.get("symbol") + " differs from " + symbol + " read from the file");
            }
            sym = side.get("symbol");
            sources.put("symbol", "sidecar");
        }

        TitleReader.Title read = TitleReader.read(paragraphs, sym);
        List<String> titleLines = read == null ? List.of()
                : Arrays.asList(read.subtitle(), read.main());
        TypeClassifier.Typed typed = TypeClassifier.classify(sym, fileName, titleLines, header);
        String type = pick("type", side.get("type"), typed == null ? null : typed.type(),
                typed == null ? null : typed.source(), sources);

        String country = pick("country", side.get("country"), null, null, sources);
        String speaker = pick("speaker", side.get("speaker"), null, null, sources);
        String title = side.get("title");
        if (title != null) {
            sources.put("title", "sidecar");
        } else if ("statement".equals(type) && (speaker != null || country != null || side.containsKey("iso3"))) {
            // A speech has no title line; its catalogue row says who spoke.
            title = statementTitle(speaker, side.get("post"), country != null ? country : side.get("iso3"));
            sources.put("title", "sidecar");
        } else if (read != null) {
            title = read.text();
            sources.put("title", "text");
        }

        LocalDate date = DateAndYear.date(DateReader.documentDate(paragraphs, read == null ? -1 : read.paragraph()), side, sources,
                notes);
        Integer year = DateAndYear.year(date, side, sym, paragraphs, sources, notes);

        // A statement cites other meetings ("the Summit held in Johannesburg …"); its own is not in its text.
        List<LocalDate> meetings = "statement".equals(type) ? List.of() : MeetingDates.read(paragraphs);
        if (!meetings.isEmpty()) {
            sources.put("meetingDates", "text");
        }

        Integer session = session(side.get("session"), header, sym, sources, notes);
        List<String> agenda = side.containsKey("agenda")
                ? Arrays.stream(side.get("agenda").split("\\s*[;,]\\s*|\\s+and\\s+")).filter(s -> !s.isBlank()).toList()
                : AgendaReader.read(paragraphs);
        if (!agenda.isEmpty()) {
            sources.put("agendaItems", side.containsKey("agenda") ? "sidecar" : "header");
        }
        String distribution = pick("distribution", side.get("distribution"), HeaderReader.distribution(paragraphs),
                "header", sources);
        String original = pick("originalLanguage", code(side.get("original_language")),
                HeaderReader.originalLanguage(paragraphs), "header", sources);
        String language = pick("language", code(side.get("language")), LanguageDetector.detect(paragraphs), "text",
                sources);
        List<String> perParagraph = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            String l = LanguageDetector.detect(p);
            perParagraph.add(l != null ? l : language);
        }
        String forum = pick("forum", side.get("forum"), null, null, sources);
        String annexType = TypeClassifier.annexType(paragraphs);

        Map<String, String> extra = new LinkedHashMap<>();
        side.forEach((k, v) -> {
            if (!PLACED.contains(k)) {
                extra.put(k, v);
            }
        });
        return new ReadMetadata(title, sym, date, year, meetings, session, agenda, type, annexType, distribution,
                original, language, perParagraph, forum, country, speaker, extra, sources, notes);
    }

    /** The sidecar's value if any, else the one read; records the source of whichever is kept. */
    private static String pick(String field, String fromSidecar, String read, String readSource,
                              Map<String, String> sources) {
        if (fromSidecar != null) {
            sources.put(field, "sidecar");
            return fromSidecar;
        }
        if (read != null) {
            sources.put(field, readSource);
        }
        return read;
    }

    /** "Statement by Abdullah Abdullah, Minister for Foreign Affairs of Afghanistan", from a debate catalogue row. */
    static String statementTitle(String speaker, String post, String country) {
        String who = speaker == null ? null : speaker.replaceAll("[\\s,;]+$", "");
        if (who == null) {
            return "Statement by " + country;
        }
        if (post != null && country != null) {
            return "Statement by " + who + ", " + post + " of " + country;
        }
        return "Statement by " + who + (country != null ? " (" + country + ")" : post != null ? ", " + post : "");
    }

    private static Integer session(String fromSidecar, List<String> header, String sym, Map<String, String> sources,
                                   List<String> notes) {
        Integer fromSymbol = SessionReader.fromSymbol(sym);
        if (fromSidecar != null) {
            Integer s = fromSidecar.matches("\\d{1,3}(?:\\.0)?") ? Integer.valueOf(fromSidecar.replace(".0", ""))
                    : SessionReader.number(fromSidecar.replaceAll("(?i)\\s*session$", ""));
            if (s != null) {
                sources.put("session", "sidecar");
                return s;
            }
            notes.add("sidecar session '" + fromSidecar + "' is not a session number");
        }
        Integer fromHeader = SessionReader.read(header);
        if (fromHeader != null) {
            sources.put("session", "header");
            if (fromSymbol != null && !fromSymbol.equals(fromHeader)) {
                notes.add("session " + fromHeader + " in the header, " + fromSymbol + " in the symbol " + sym);
            }
            return fromHeader;
        }
        if (fromSymbol != null) {
            sources.put("session", "symbol");
        }
        return fromSymbol;
    }

    /** "es", "Spanish", "español" → "es"; anything else is kept as given (a sidecar may know better). */
    private static String code(String language) {
        if (language == null) {
            return null;
        }
        String c = HeaderReader.languageCode(language);
        return c != null ? c : language.toLowerCase(java.util.Locale.ROOT);
    }
}
