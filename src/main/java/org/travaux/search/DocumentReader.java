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

/** Reads one document and its paragraphs back from the index, in reading order. */
public final class DocumentReader {
    private final Searchers searchers;

    public DocumentReader(Searchers searchers) {
        this.searchers = searchers;
    }

    public Optional<DocumentView> read(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs parent = searcher.search(kindAndId(Fields.KIND_DOCUMENT, id), 1);
            if (parent.scoreDocs.length == 0) {
                return Optional.empty();
            }
            StoredFields stored = searcher.storedFields();
            Document d = stored.document(parent.scoreDocs[0].doc);
            Query children = kindAndId(Fields.KIND_PARAGRAPH, id);
            int n = Math.max(1, searcher.count(children));
            TopDocs top = searcher.search(children, n, new Sort(new SortField(Fields.ORDINAL, SortField.Type.INT)));
            List<ParagraphView> paragraphs = new ArrayList<>(n);
            for (ScoreDoc sd : top.scoreDocs) {
                paragraphs.add(paragraph(stored.document(sd.doc)));
            }
            Map<String, String> sources = new TreeMap<>();
            for (IndexableField f : d.getFields()) {
                if (f.name().startsWith(Fields.SOURCE_OF_PREFIX)) {
                    sources.put(f.name().substring(Fields.SOURCE_OF_PREFIX.length()), f.stringValue());
                }
            }
            return Optional.of(new DocumentView(d.get(Fields.ID), d.get(Fields.SYMBOL), d.get(Fields.TITLE),
                    List.of(d.getValues(Fields.FORUM)), d.get(Fields.DATE), d.get(Fields.TYPE), d.get(Fields.LANGUAGE),
                    d.get(Fields.SOURCE), d.get(Fields.MEDIA_TYPE), intValue(d, Fields.PAGES), d.get(Fields.NOTE),
                    sources, paragraphs));
        } finally {
            searchers.release(searcher);
        }
    }

    private static ParagraphView paragraph(Document p) {
        return new ParagraphView(p.get(Fields.PARA_ID), p.get(Fields.NUMBER), List.of(p.getValues(Fields.SECTION)),
                p.get(Fields.BLOCK), p.get(Fields.CLAUSE), p.get(Fields.VERB),
                Boolean.parseBoolean(p.get(Fields.COMMITMENT)), Boolean.parseBoolean(p.get(Fields.RECOMMENDATION)),
                p.get(Fields.TEXT), intValue(p, Fields.PAGE));
    }

    private static int intValue(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? 0 : f.numericValue().intValue();
    }

    private static Query kindAndId(String kind, String id) {
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
