package org.travaux.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.travaux.model.DocumentIds;
import org.travaux.model.DocumentMetadata;
import org.travaux.model.FileRecord;
import org.travaux.model.FollowUpRequest;
import org.travaux.model.OfficialDocument;
import org.travaux.model.Paragraph;
import org.travaux.model.Reference;
import org.travaux.model.ThemeScore;

/** Turns {@code model} records into the Lucene documents of the schema in {@code package-info.java}. */
public final class DocumentMapper {
    /** Paragraph text: stored, with offsets in the postings so the unified highlighter needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facets = FacetSchema.config();

    /** The block for an indexed file: its paragraphs in order, then the document (parent last). */
    public List<Document> block(OfficialDocument doc, FileRecord record) throws IOException {
        if (!doc.id().equals(record.id())) {
            throw new IllegalArgumentException("record " + record.id() + " does not belong to document " + doc.id());
        }
        List<Document> block = new ArrayList<>(doc.paragraphs().size() + 1);
        for (Paragraph p : doc.paragraphs()) {
            block.add(facets.build(paragraph(doc, p)));
        }
        Document parent = new Document();
        parent.add(new StringField(Fields.KIND, Fields.KIND_DOCUMENT, Field.Store.YES));
        addFileRecord(parent, record);
        addMetadata(parent, doc.metadata(), true);
        parent.add(new StoredField(Fields.PAGES, doc.pageCount()));
        parent.add(new StoredField(Fields.PARAGRAPHS, doc.paragraphs().size()));
        parent.add(new StoredField(Fields.NOTE, doc.note()));
        // each cited symbol once per document, so a facet count is a number of citing documents
        doc.paragraphs().stream().flatMap(p -> p.references().stream()).map(Reference::symbol).distinct()
                .forEach(symbol -> parent.add(new SortedSetDocValuesFacetField(Fields.FACET_CITES, symbol)));
        block.add(facets.build(parent));
        return block;
    }

    /** The lone record of a file that produced no document (corrupt, empty, duplicate …). */
    public Document fileRecord(FileRecord record) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_FILE, Field.Store.YES));
        addFileRecord(d, record);
        return d;
    }

    private Document paragraph(OfficialDocument doc, Paragraph p) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_PARAGRAPH, Field.Store.YES));
        d.add(new StringField(Fields.ID, doc.id(), Field.Store.YES));
        d.add(new StringField(Fields.PARA_ID, p.id(), Field.Store.YES));
        d.add(new IntPoint(Fields.ORDINAL, p.ordinal()));
        d.add(new NumericDocValuesField(Fields.ORDINAL, p.ordinal()));
        d.add(new StoredField(Fields.ORDINAL, p.ordinal()));
        if (p.number() != null) {
            d.add(new StoredField(Fields.NUMBER, p.number()));
        }
        d.add(new StoredField(Fields.BLOCK, p.kind().value()));
        for (String heading : p.section()) {
            d.add(new StoredField(Fields.SECTION, heading));
        }
        if (!p.section().isEmpty()) {
            d.add(new TextField(Fields.HEADINGS, String.join(" / ", p.section()), Field.Store.NO));
        }
        d.add(new StoredField(Fields.PAGE, p.page()));
        d.add(new Field(Fields.TEXT, p.text(), TEXT_WITH_OFFSETS));
        String language = p.language() != null ? p.language() : doc.metadata().language();
        if (language != null && Analyzers.LANGUAGES.contains(language)) {
            d.add(new TextField(Analyzers.textField(language), p.text(), Field.Store.NO));
        }
        d.add(new TextField(Fields.TITLE, doc.metadata().title(), Field.Store.NO));
        d.add(new TextField(Fields.CONTEXT, context(doc.metadata()), Field.Store.NO));
        d.add(new StringField(Fields.CLAUSE, p.clause().value(), Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(Fields.FACET_CLAUSE, p.clause().value()));
        if (p.verb() != null) {
            d.add(new StringField(Fields.VERB, p.verb(), Field.Store.YES));
        }
        d.add(new StringField(Fields.COMMITMENT, Boolean.toString(p.commitment()), Field.Store.YES));
        d.add(new StringField(Fields.RECOMMENDATION, Boolean.toString(p.recommendation()), Field.Store.YES));
        if (p.language() != null) {
            d.add(new StringField(Fields.PARA_LANGUAGE, p.language(), Field.Store.YES));
        }
        for (String theme : p.themes()) {
            d.add(new StringField(Fields.THEME, theme, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_THEME, theme));
        }
        for (Reference r : p.references()) {
            d.add(new StringField(Fields.CITES, r.symbol(), Field.Store.YES));
            for (String key : SymbolKeys.keysOf(r.symbol())) {
                d.add(new StringField(Fields.CITES_KEY, key, Field.Store.NO));
            }
            d.add(new StringField(Fields.CITES_EDGE, StoredReference.edgeTerm(r.type(), r.symbol()), Field.Store.NO));
            d.add(new StoredField(Fields.REF, StoredReference.encode(r)));
        }
        for (FollowUpRequest r : p.requests()) {
            d.add(new StoredField(Fields.REQUEST, StoredRequest.encode(r)));
        }
        addMetadata(d, doc.metadata(), false);
        return d;
    }

    /** Metadata on the document (stored) and copied onto paragraphs (indexed only) for filters and facets. */
    private static void addMetadata(Document d, DocumentMetadata m, boolean parent) {
        Field.Store store = parent ? Field.Store.YES : Field.Store.NO;
        if (parent) {
            d.add(new TextField(Fields.TITLE, m.title(), Field.Store.YES));
            d.add(new StringField(Fields.KEY, DocumentIds.key(m.symbol() == null ? null : m.symbol().canonical(),
                    m.forum(), m.date() != null ? m.date().toString() : m.year() == null ? null : m.year().toString(),
                    m.title(), m.language()), Field.Store.YES));
        }
        if (m.symbol() != null) {
            d.add(new StringField(Fields.SYMBOL, m.symbol().canonical(), store));
            for (String key : SymbolKeys.keysOf(m.symbol().canonical())) {
                d.add(new StringField(Fields.SYMBOL_KEY, key, Field.Store.NO));
            }
        }
        if (m.date() != null) {
            LocalDate date = m.date();
            d.add(new LongPoint(Fields.DATE, date.toEpochDay()));
            d.add(new NumericDocValuesField(Fields.DATE, date.toEpochDay()));
            if (parent) {
                d.add(new StoredField(Fields.DATE, date.toString()));
            }
        }
        if (m.year() != null) {
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, Integer.toString(m.year())));
            d.add(new IntPoint(Fields.YEAR, m.year()));
            if (parent) {
                d.add(new StoredField(Fields.YEAR, m.year()));
            }
        }
        if (!m.forum().isEmpty()) {
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_FORUM, m.forum().toArray(String[]::new)));
            for (String level : m.forum()) {
                // every level is a filter term, so forum:"General Assembly" also finds its committees
                d.add(new StringField(Fields.FORUM, level.toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
                if (parent) {
                    d.add(new StoredField(Fields.FORUM, level));
                }
            }
        }
        keyword(d, Fields.TYPE, m.type(), store, Fields.FACET_TYPE);
        keyword(d, Fields.LANGUAGE, m.language(), store, Fields.FACET_LANGUAGE);
        keyword(d, Fields.COUNTRY, m.country(), store, Fields.FACET_COUNTRY);
        if (!parent) {
            return;
        }
        for (ThemeScore theme : m.themes()) {
            d.add(new StringField(Fields.THEME, theme.code(), Field.Store.YES));
            d.add(new StoredField(Fields.THEME_SCORE, theme.code() + "\t" + theme.score()));
            d.add(new SortedSetDocValuesFacetField(Fields.FACET_THEME, theme.code()));
        }
        for (LocalDate meeting : m.meetingDates()) {
            d.add(new StoredField(Fields.MEETING_DATE, meeting.toString()));
        }
        for (Map.Entry<String, String> e : m.extra().entrySet()) {
            d.add(new StoredField(Fields.EXTRA_PREFIX + e.getKey(), e.getValue()));
        }
        for (String note : m.notes()) {
            d.add(new StoredField(Fields.METADATA_NOTE, note));
        }
        keyword(d, Fields.ORIGINAL_LANGUAGE, m.originalLanguage(), store, null);
        keyword(d, Fields.DISTRIBUTION, m.distribution(), store, null);
        keyword(d, Fields.SPEAKER, m.speaker(), store, null);
        if (m.session() != null) {
            d.add(new IntPoint(Fields.SESSION, m.session()));
            d.add(new StoredField(Fields.SESSION, m.session()));
        }
        for (String item : m.agendaItems()) {
            d.add(new StoredField(Fields.AGENDA, item));
        }
        for (Map.Entry<String, String> e : m.sources().entrySet()) {
            d.add(new StoredField(Fields.SOURCE_OF_PREFIX + e.getKey(), e.getValue()));
        }
    }

    private static void keyword(Document d, String field, String value, Field.Store store, String facet) {
        if (value == null || value.isBlank()) {
            return;
        }
        // filters match case-insensitively (type:Resolution, country:peru); the stored value keeps its case
        d.add(new StringField(field, value.toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
        if (store == Field.Store.YES) {
            d.add(new StoredField(field, value));
        }
        if (facet != null) {
            d.add(new SortedSetDocValuesFacetField(facet, value));
        }
    }

    private static void addFileRecord(Document d, FileRecord r) {
        d.add(new StringField(Fields.ID, r.id(), Field.Store.YES));
        d.add(new StringField(Fields.ROOT, r.source().root(), Field.Store.YES));
        d.add(new StoredField(Fields.ROOT_NAME, r.rootName()));
        d.add(new StringField(Fields.SOURCE, r.source().path(), Field.Store.YES));
        d.add(new StoredField(Fields.SIZE, r.source().size()));
        d.add(new StoredField(Fields.MODIFIED, r.source().modified()));
        d.add(new StringField(Fields.SHA256, r.source().sha256(), Field.Store.YES));
        d.add(new StringField(Fields.OUTCOME, r.outcome().value(), Field.Store.YES));
        d.add(new StoredField(Fields.REASON, r.reason()));
        d.add(new StringField(Fields.MEDIA_TYPE, r.mediaType(), Field.Store.YES));
        if (r.duplicateOf() != null) {
            d.add(new StringField(Fields.DUPLICATE_OF, r.duplicateOf(), Field.Store.YES));
        }
        d.add(new StoredField(Fields.INGESTED, r.ingestedAt()));
        d.add(new StoredField(Fields.PIPELINE, r.pipeline()));
        d.add(new StoredField(Fields.SIDECAR_HASH, r.sidecarHash()));
    }

    /**
     * The document's metadata as words on each of its paragraphs, so that a query may name what the text does not
     * say: "Peru general debate 2024", "Commission on Population and Development 2006 migration".
     */
    public static String context(DocumentMetadata m) {
        StringJoiner words = new StringJoiner(" / ");
        if (m.symbol() != null) {
            words.add(m.symbol().canonical());
        }
        m.forum().forEach(words::add);
        if (m.type() != null) {
            words.add(m.type().replace('_', ' '));
        }
        for (String value : new String[] {m.country(), m.speaker()}) {
            if (value != null) {
                words.add(value);
            }
        }
        if (m.year() != null) {
            words.add(Integer.toString(m.year()));
        }
        return words.toString();
    }
}
