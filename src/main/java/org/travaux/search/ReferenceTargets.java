package org.travaux.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.travaux.index.Fields;

/**
 * Finds, for a cited symbol, the document in the collection that carries it, preferring the citing document's
 * language so a reader stays in one language. One lookup per distinct symbol.
 */
final class ReferenceTargets {
    private static final int MAX_VERSIONS = 20;
    private final IndexSearcher searcher;
    private final String language;
    private final Map<String, String> found = new HashMap<>();

    ReferenceTargets(IndexSearcher searcher, String language) {
        this.searcher = searcher;
        this.language = language;
    }

    /** The id of the document with that canonical symbol, or null when the collection does not have it. */
    String documentFor(String symbol) throws IOException {
        if (found.containsKey(symbol)) {
            return found.get(symbol);
        }
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.SYMBOL, symbol)), Occur.FILTER).build();
        String best = null;
        for (ScoreDoc sd : searcher.search(query, MAX_VERSIONS).scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc, java.util.Set.of(Fields.ID, Fields.LANGUAGE));
            String id = d.get(Fields.ID);
            if (Objects.equals(language, d.get(Fields.LANGUAGE))) {
                best = id;
                break;
            }
            if (best == null || id.compareTo(best) < 0) {
                best = id;  // the same answer every time when no version is in our language
            }
        }
        found.put(symbol, best);
        return best;
    }
}
