package org.travaux.search;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.travaux.index.Fields;

/**
 * How much of the corpus Travaux understood: per collection (the first folder of each source path), the share of
 * documents with a symbol, date, forum, type and language, how often header and file name disagreed on the symbol,
 * the share of resolution paragraphs given a clause kind, and the references found. Read from the index, so it
 * measures exactly what search will use.
 */
public final class CoverageReport {
    private static final Set<String> FIELDS = Set.of(Fields.SOURCE, Fields.SYMBOL, Fields.DATE, Fields.FORUM,
            Fields.TYPE, Fields.LANGUAGE, Fields.SOURCE_OF_PREFIX + "symbol", Fields.METADATA_NOTE, Fields.THEME);

    /** Counts for one collection. */
    public record Row(int documents, int symbol, int symbolFromHeader, int symbolDisagreements, int date, int forum,
                      int type, int language, int themes) {
        Row plus(Row o) {
            return new Row(documents + o.documents, symbol + o.symbol, symbolFromHeader + o.symbolFromHeader,
                    symbolDisagreements + o.symbolDisagreements, date + o.date, forum + o.forum, type + o.type,
                    language + o.language, themes + o.themes);
        }
    }

    /**
     * @param collections          rows by collection, plus "(all)"
     * @param resolutionParagraphs paragraphs of documents typed "resolution"
     * @param withClauseKind       of those, the ones that are preambular or operative
     * @param references           references (cited symbols) stored on paragraphs
     */
    public record Coverage(Map<String, Row> collections, long resolutionParagraphs, long withClauseKind,
                           long references) {
    }

    private final Searchers searchers;

    public CoverageReport(Searchers searchers) {
        this.searchers = searchers;
    }

    public Coverage measure() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, Row> rows = new TreeMap<>();
            Query documents = new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT));
            TopDocs all = searcher.search(documents, Math.max(1, searcher.count(documents)));
            StoredFields stored = searcher.storedFields();
            Row total = new Row(0, 0, 0, 0, 0, 0, 0, 0, 0);
            for (ScoreDoc sd : all.scoreDocs) {
                Document d = stored.document(sd.doc, FIELDS);
                Row one = row(d);
                String source = d.get(Fields.SOURCE);
                String collection = source.contains("/") ? source.substring(0, source.indexOf('/')) : "(top level)";
                rows.merge(collection, one, Row::plus);
                total = total.plus(one);
            }
            rows.put("(all)", total);
            Query resolutionParagraphs = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PARAGRAPH)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.TYPE, "resolution")), Occur.FILTER).build();
            Query classified = new BooleanQuery.Builder().add(resolutionParagraphs, Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.CLAUSE, "narrative")), Occur.MUST_NOT).build();
            return new Coverage(rows, searcher.count(resolutionParagraphs), searcher.count(classified),
                    countReferences(searcher));
        } finally {
            searchers.release(searcher);
        }
    }

    private static Row row(Document d) {
        boolean disagreement = false;
        for (String note : d.getValues(Fields.METADATA_NOTE)) {
            disagreement |= note.startsWith("symbol");
        }
        return new Row(1, present(d.get(Fields.SYMBOL)), "header".equals(d.get(Fields.SOURCE_OF_PREFIX + "symbol")) ? 1 : 0,
                disagreement ? 1 : 0, present(d.get(Fields.DATE)), d.getValues(Fields.FORUM).length > 0 ? 1 : 0,
                present(d.get(Fields.TYPE)), present(d.get(Fields.LANGUAGE)), d.getValues(Fields.THEME).length > 0 ? 1 : 0);
    }

    private static int present(String value) {
        return value == null || value.isBlank() ? 0 : 1;
    }

    /** Sum of the per-paragraph counts of the {@code cites} terms. */
    private static long countReferences(IndexSearcher searcher) throws IOException {
        long n = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            var terms = leaf.reader().terms(Fields.CITES);
            if (terms != null) {
                n += terms.getSumDocFreq(); // one posting per (paragraph, cited symbol)
            }
        }
        return n;
    }
}
