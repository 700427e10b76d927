package org.travaux.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.util.BitSet;
import org.travaux.index.Fields;
import org.travaux.index.StoredReference;
import org.travaux.model.CitationType;
import org.travaux.model.Reference;

/**
 * The incoming edges of a symbol: the paragraphs that cite it, found through {@code cites} (or {@code cites_edge} for
 * one type), sorted by their document's date, each read back with its document (the parent that closes its block).
 * One instance per request and searcher: it remembers the documents it has read.
 */
final class CitingParagraphs {
    /** Parents of paragraph blocks; the bit sets are cached per segment by the producer, so one is shared. */
    private static final QueryBitSetProducer PARENTS =
            new QueryBitSetProducer(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)));
    private static final Set<String> PARAGRAPH_FIELDS = Set.of(Fields.ID, Fields.PARA_ID, Fields.TEXT, Fields.REF);
    private static final Set<String> DOCUMENT_FIELDS =
            Set.of(Fields.ID, Fields.SYMBOL, Fields.TITLE, Fields.DATE, Fields.LANGUAGE);

    private final IndexSearcher searcher;
    private final StoredFields stored;
    private final Map<Integer, Document> parents = new HashMap<>();

    CitingParagraphs(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        this.stored = searcher.storedFields();
    }

    /** Paragraphs citing {@code symbol}, with edges of {@code type} only when it is not null. */
    static Query query(String symbol, CitationType type) {
        Term edge = type == null ? new Term(Fields.CITES, symbol)
                : new Term(Fields.CITES_EDGE, StoredReference.edgeTerm(type, symbol));
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PARAGRAPH)), Occur.FILTER)
                .add(new TermQuery(edge), Occur.FILTER).build();
    }

    /** Incoming edges by type, in the order of {@link CitationType}, types without edges left out. */
    Map<String, Long> counts(String symbol) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CitationType type : CitationType.values()) {
            long n = searcher.count(query(symbol, type));
            if (n > 0) {
                counts.put(type.value(), n);
            }
        }
        return counts;
    }

    /** The first {@code n} citing paragraphs by date (undated last either way), then reading order. */
    TopDocs byDate(Query query, int n, boolean newestFirst) throws IOException {
        SortField date = new SortField(Fields.DATE, SortField.Type.LONG, newestFirst);
        date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return searcher.search(query, Math.max(1, n), new Sort(date, new SortField(Fields.ORDINAL, SortField.Type.INT)));
    }

    /** One citing paragraph (a doc id of {@link #byDate}) as an edge to {@code symbol}. */
    CitationPage.Incoming read(int doc, String symbol) throws IOException {
        Document p = stored.document(doc, PARAGRAPH_FIELDS);
        String paragraphId = p.get(Fields.PARA_ID);
        Reference edge = null;
        for (String ref : p.getValues(Fields.REF)) {
            Reference r = StoredReference.decode(ref, paragraphId);
            if (r.symbol().equals(symbol)) {
                edge = r;
                break;
            }
        }
        Document d = parent(doc);
        return new CitationPage.Incoming(d.get(Fields.ID), d.get(Fields.SYMBOL), d.get(Fields.TITLE),
                d.get(Fields.DATE), d.get(Fields.LANGUAGE),
                edge == null ? CitationType.REFERS_TO.value() : edge.type().value(), paragraphId,
                edge == null ? "" : edge.context(), p.get(Fields.TEXT));
    }

    /** The document whose block holds this paragraph: the next parent at or after it in its segment. */
    private Document parent(int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BitSet bits = PARENTS.getBitSet(leaf);
        if (bits == null) {
            throw new IllegalStateException("paragraph " + doc + " has no document after it in its segment");
        }
        int parent = leaf.docBase + bits.nextSetBit(doc - leaf.docBase);
        Document d = parents.get(parent);
        if (d == null) {
            d = stored.document(parent, DOCUMENT_FIELDS);
            parents.put(parent, d);
        }
        return d;
    }
}
