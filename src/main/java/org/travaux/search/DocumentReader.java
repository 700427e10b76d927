package org.travaux.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.travaux.index.Fields;
import org.travaux.index.StoredReference;
import org.travaux.model.Reference;

/** Reads one document back from the index: metadata, paragraphs in order, references, other language versions. */
public final class DocumentReader {
    private final Searchers searchers;
    private final FacetLabels labels;

    public DocumentReader(Searchers searchers) {
        this(searchers, FacetLabels.NONE);
    }

    /** @param labels human labels of theme codes (the reader shows "Migration and development", not a code) */
    public DocumentReader(Searchers searchers, FacetLabels labels) {
        this.searchers = searchers;
        this.labels = labels;
    }

    /** The searchers this reader reads from, for the services that read the same index (the citation graph). */
    Searchers searchers() {
        return searchers;
    }

    /** The document with this id, or with this key ({@link org.travaux.model.DocumentIds#key}). */
    public Optional<DocumentView> read(String idOrKey) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Optional<Document> found = find(searcher, idOrKey);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Document d = found.get();
            String id = d.get(Fields.ID);
            StoredFields stored = searcher.storedFields();
            String citation = UnCitation.document(d.get(Fields.SYMBOL), List.of(d.getValues(Fields.FORUM)),
                    d.get(Fields.TITLE), d.get(Fields.DATE));
            List<ParagraphView> paragraphs = new ArrayList<>();
            List<DocumentView.ReferenceView> references = new ArrayList<>();
            ReferenceTargets targets = new ReferenceTargets(searcher, d.get(Fields.LANGUAGE));
            for (ScoreDoc sd : inOrder(searcher, kindAndId(Fields.KIND_PARAGRAPH, id), Integer.MAX_VALUE).scoreDocs) {
                Document p = stored.document(sd.doc);
                paragraphs.add(paragraph(p, citation));
                for (String ref : p.getValues(Fields.REF)) {
                    Reference r = StoredReference.decode(ref, p.get(Fields.PARA_ID));
                    references.add(new DocumentView.ReferenceView(r.symbol(), r.paragraphId(), r.context(),
                            targets.documentFor(r.symbol()), r.type().value()));
                }
            }
            return Optional.of(view(d, paragraphs, references, versions(searcher, d), citation));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Where the file a document was read from lies now, if it is still there. */
    public Optional<OriginalFile> original(String idOrKey) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return find(searcher, idOrKey).flatMap(d -> OriginalFile.locate(d.get(Fields.ROOT), d.get(Fields.SOURCE),
                    d.get(Fields.MEDIA_TYPE)));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The document by id, else by key; of several documents sharing a key, the one with the smallest id. */
    static Optional<Document> find(IndexSearcher searcher, String idOrKey) throws IOException {
        StoredFields stored = searcher.storedFields();
        TopDocs byId = searcher.search(kindAndId(Fields.KIND_DOCUMENT, idOrKey), 1);
        if (byId.scoreDocs.length > 0) {
            return Optional.of(stored.document(byId.scoreDocs[0].doc));
        }
        Query byKey = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KEY, idOrKey)), Occur.FILTER).build();
        Document best = null;
        for (ScoreDoc sd : searcher.search(byKey, 20).scoreDocs) {
            Document d = stored.document(sd.doc);
            if (best == null || d.get(Fields.ID).compareTo(best.get(Fields.ID)) < 0) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Paragraph docs matching {@code query} sorted by reading order. */
    static TopDocs inOrder(IndexSearcher searcher, Query query, int max) throws IOException {
        int n = Math.max(1, Math.min(max, searcher.count(query)));
        return searcher.search(query, n, new Sort(new SortField(Fields.ORDINAL, SortField.Type.INT)));
    }

    private DocumentView view(Document d, List<ParagraphView> paragraphs,
                                     List<DocumentView.ReferenceView> references,
                                     List<DocumentView.LanguageVersion> versions, String citation) {
        Map<String, String> sources = new TreeMap<>();
        Map<String, String> extra = new TreeMap<>();
        for (IndexableField f : d.getFields()) {
            if (f.name().startsWith(Fields.SOURCE_OF_PREFIX)) {
                sources.put(f.name().substring(Fields.SOURCE_OF_PREFIX.length()), f.stringValue());
            } else if (f.name().startsWith(Fields.EXTRA_PREFIX)) {
                extra.put(f.name().substring(Fields.EXTRA_PREFIX.length()), f.stringValue());
            }
        }
        List<DocumentView.ThemeView> themes = new ArrayList<>();
        for (String t : d.getValues(Fields.THEME_SCORE)) {
            int tab = t.indexOf('\t');
            String code = t.substring(0, tab);
            String label = labels.label(FacetDimensions.THEME, code);
            themes.add(new DocumentView.ThemeView(code, label == null ? code : label,
                    Double.parseDouble(t.substring(tab + 1))));
        }
        IndexableField session = d.getField(Fields.SESSION);
        return new DocumentView(d.get(Fields.ID), d.get(Fields.KEY), d.get(Fields.SYMBOL), d.get(Fields.TITLE),
                List.of(d.getValues(Fields.FORUM)), d.get(Fields.DATE), List.of(d.getValues(Fields.MEETING_DATE)),
                session == null ? null : session.numericValue().intValue(), List.of(d.getValues(Fields.AGENDA)),
                d.get(Fields.TYPE), d.get(Fields.LANGUAGE), d.get(Fields.ORIGINAL_LANGUAGE), d.get(Fields.DISTRIBUTION),
                d.get(Fields.COUNTRY), d.get(Fields.SPEAKER), themes, extra, d.get(Fields.SOURCE),
                d.get(Fields.MEDIA_TYPE), intValue(d, Fields.PAGES), d.get(Fields.NOTE), sources,
                List.of(d.getValues(Fields.METADATA_NOTE)), paragraphs, references, versions, citation);
    }

    /** Other documents with the same symbol (the six language versions of a UN document). */
    private static List<DocumentView.LanguageVersion> versions(IndexSearcher searcher, Document d) throws IOException {
        String symbol = d.get(Fields.SYMBOL);
        if (symbol == null) {
            return List.of();
        }
        Query same = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.SYMBOL, symbol)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ID, d.get(Fields.ID))), Occur.MUST_NOT).build();
        List<DocumentView.LanguageVersion> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(same, 50).scoreDocs) {
            Document v = stored.document(sd.doc);
            out.add(new DocumentView.LanguageVersion(v.get(Fields.ID), v.get(Fields.LANGUAGE), v.get(Fields.TITLE)));
        }
        out.sort((a, b) -> String.valueOf(a.language()).compareTo(String.valueOf(b.language())));
        return out;
    }

    private static ParagraphView paragraph(Document p, String documentCitation) {
        int page = intValue(p, Fields.PAGE);
        return new ParagraphView(p.get(Fields.PARA_ID), p.get(Fields.NUMBER), List.of(p.getValues(Fields.SECTION)),
                p.get(Fields.BLOCK), p.get(Fields.CLAUSE), p.get(Fields.VERB),
                Boolean.parseBoolean(p.get(Fields.COMMITMENT)), Boolean.parseBoolean(p.get(Fields.RECOMMENDATION)),
                p.get(Fields.PARA_LANGUAGE), List.of(p.getValues(Fields.THEME)), p.get(Fields.TEXT), page,
                UnCitation.paragraph(documentCitation, p.get(Fields.PARA_ID), page));
    }

    private static int intValue(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? 0 : f.numericValue().intValue();
    }

    static Query kindAndId(String kind, String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, kind)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER).build();
    }

    /** Documents and paragraphs in the current index. */
    public IndexSummary summary() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return new IndexSummary(searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT))),
                    searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_PARAGRAPH))));
        } finally {
            searchers.release(searcher);
        }
    }
}
