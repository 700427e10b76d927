package org.travaux.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.travaux.model.DocumentIds;
import org.travaux.model.DocumentMetadata;
import org.travaux.model.DocumentSymbol;
import org.travaux.model.ExtractedText;
import org.travaux.model.OfficialDocument;
import org.travaux.model.Paragraph;
import org.travaux.model.Reference;
import org.travaux.model.SourceFile;
import org.travaux.model.ThemeScore;

/**
 * Reads a file's extracted text as a documentalist would: paragraphs with numbers, sections and clause kinds;
 * the symbol (sidecar, else the header, else the file name — disagreements noted); metadata; forum; language per
 * paragraph; themes per paragraph rolled up to the document; references to other documents.
 */
public final class DocumentAssembler {
    /** Header facts are read from the first paragraphs only, as a documentalist reads a cover page. */
    private static final int HEADER = 15;
    private static final String GENERAL_DEBATE = "ga.gd";

    private final ParagraphStructurer structurer;
    private final Forums forums;
    private final ThemeTagger themes;
    private final ReferenceExtractor references;
    private final FollowUpRequests requests = FollowUpRequests.standard();

    public DocumentAssembler() {
        this(new ParagraphStructurer(), Forums.standard(), ThemeTagger.standard(), ReferenceExtractor.standard());
    }

    DocumentAssembler(ParagraphStructurer structurer, Forums forums, ThemeTagger themes,
                      ReferenceExtractor references) {
        this.structurer = structurer;
        this.forums = forums;
        this.themes = themes;
        this.references = references;
    }

    /** The vocabulary of themes, for labels. */
    public ThemeVocabulary vocabulary() {
        return themes.vocabulary();
    }

    public OfficialDocument assemble(String rootName, SourceFile source, ExtractedText text, String note) {
        return assemble(rootName, source, text, note, Map.of());
    }

    /**
     * @param rootName the ingested folder's name (part of the stable id)
     * @param source   the file
     * @param text     what the extractor found
     * @param note     what the reader should know about extraction, or empty
     * @param sidecar  fields from a catalog.csv row or a .meta.json; they override what is read from the text
     */
    public OfficialDocument assemble(String rootName, SourceFile source, ExtractedText text, String note,
                                     Map<String, String> sidecar) {
        List<Paragraph> structured = structurer.structure(text.blocks());
        List<String> texts = structured.stream().map(Paragraph::text).toList();
        List<String> notes = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Optional<DocumentSymbol> symbol = symbol(texts, source.fileName(), notes, sources);

        ReadMetadata read = MetadataReader.read(texts, source.fileName(), symbol.map(DocumentSymbol::canonical)
                .orElse(null), sidecar);
        DocumentSymbol finalSymbol = read.symbol() == null ? null : SymbolParser.parse(read.symbol())
                .orElse(symbol.orElse(null));
        sources.putAll(read.sources());
        notes.addAll(read.notes());

        List<String> forum = forum(read, finalSymbol, texts, sources);
        String language = read.language() != null ? read.language()
                : SymbolParser.languageFromFileName(source.fileName()).orElse(null);
        List<Paragraph> paragraphs = new ArrayList<>(structured.size());
        List<List<String>> themesPerParagraph = new ArrayList<>(structured.size());
        ReferenceExtractor.CitingContext citing = ReferenceExtractor.CitingContext.of(finalSymbol);
        for (int i = 0; i < structured.size(); i++) {
            Paragraph p = structured.get(i);
            String lang = i < read.paragraphLanguages().size() && read.paragraphLanguages().get(i) != null
                    ? read.paragraphLanguages().get(i) : language;
            List<String> tags = themes.tag(p.text(), lang);
            themesPerParagraph.add(tags);
            List<Reference> refs = references.extract(p.id(), p.text(), citing);
            paragraphs.add(new Paragraph(p.id(), p.ordinal(), p.number(), p.section(), p.kind(), p.text(), p.page(),
                    p.clause(), p.verb(), p.commitment(), p.recommendation(), lang, tags, refs,
                    requests.read(p.text(), p.clause())));
        }
        String title = read.title() != null ? read.title() : TitleGuesser.guess(text, paragraphs, source.fileName());
        sources.putIfAbsent("title", read.title() != null ? sources.getOrDefault("title", "text")
                : TitleGuesser.sourceOf(text, title));
        List<ThemeScore> themeScores = themes.rollUp(themesPerParagraph, themes.tag(title, language));
        DocumentMetadata metadata = new DocumentMetadata(title, finalSymbol, forum, read.date(),
                read.date() == null ? read.year() : null, read.meetingDates(), read.session(), read.agendaItems(),
                read.type(), language, read.originalLanguage(), read.distribution(), read.country(), read.speaker(),
                themeScores, read.extra(), sources, notes);
        return new OfficialDocument(DocumentIds.of(rootName, source.path()), source, text.mediaType(),
                text.pageCount(), note, metadata, paragraphs);
    }

    /** The document's own symbol: the header's, else the file name's; a disagreement is noted, not hidden. */
    private static Optional<DocumentSymbol> symbol(List<String> texts, String fileName, List<String> notes,
                                                   Map<String, String> sources) {
        Optional<DocumentSymbol> header = SymbolParser.fromHeader(texts.subList(0, Math.min(HEADER, texts.size())));
        Optional<DocumentSymbol> named = SymbolParser.fromFileName(fileName);
        // a header printing the joint symbol A/79/716-S/2025/18 agrees with a file named after one of its parts
        if (header.isPresent() && named.isPresent() && !SymbolParser.sameDocument(header.get(), named.get())) {
            notes.add("symbol " + header.get() + " in the header differs from " + named.get() + " in the file name");
        }
        if (header.isPresent()) {
            sources.put("symbol", "header");
            return header;
        }
        named.ifPresent(s -> sources.put("symbol", "filename"));
        return named;
    }

    private List<String> forum(ReadMetadata read, DocumentSymbol symbol, List<String> texts,
                               Map<String, String> sources) {
        if (read.forum() != null) {
            Optional<Forums.Forum> named = forums.byCode(read.forum());
            sources.put("forum", "sidecar");
            return named.map(Forums.Forum::labels).orElse(List.of(read.forum()));
        }
        if ("statement".equals(read.type()) && read.country() != null && read.session() != null) {
            // a country's statement at a numbered session: the General Assembly's general debate
            Optional<Forums.Forum> debate = forums.byCode(GENERAL_DEBATE);
            if (debate.isPresent()) {
                sources.put("forum", "type");
                return debate.get().labels();
            }
        }
        if (symbol != null) {
            List<String> bySymbol = forums.forSymbol(symbol);
            if (!bySymbol.isEmpty()) {
                sources.put("forum", "symbol");
                return bySymbol;
            }
        }
        List<String> byText = forums.fromText(String.join("\n", texts.subList(0, Math.min(60, texts.size()))));
        if (!byText.isEmpty()) {
            sources.put("forum", "text");
        }
        return byText;
    }
}
