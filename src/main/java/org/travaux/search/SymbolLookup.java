package org.travaux.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.travaux.index.Fields;
import org.travaux.index.SymbolKeys;

/**
 * Turns a symbol as a user types it ("A/RES/73/195", "a/res/73/195", "resolution 73/195", "73/195") into the canonical
 * symbol the index holds: a document's own symbol first, else a symbol some paragraph cites. Of several candidates
 * ("37/2" is A/RES/37/2 and A/HRC/RES/37/2), the one typed in full wins, else the most cited.
 */
final class SymbolLookup {
    /** Citing paragraphs read to find what a short key stands for: enough to see the candidates, bounded. */
    private static final int SAMPLE = 200;

    private SymbolLookup() {
    }

    /** The lookup key of what was typed; a 400 that says what a symbol looks like when it is none. */
    static String key(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidQueryException("give a document symbol, e.g. symbol=A/RES/73/195");
        }
        if (typed.length() > 100) {
            throw new InvalidQueryException("a document symbol is at most 100 characters long");
        }
        List<String> keys = SymbolKeys.queryKeys(typed);
        if (keys.isEmpty()) {
            throw new InvalidQueryException("'" + typed.strip() + "' is not a document symbol: write it as printed,"
                    + " e.g. A/RES/73/195, S/RES/2250 (2015) or resolution 73/195");
        }
        return keys.get(0);
    }

    /** The canonical symbol for a typed one, or empty when no document has it and no paragraph cites it. */
    static Optional<String> canonical(IndexSearcher searcher, String typed) throws IOException {
        String key = key(typed);
        StoredFields stored = searcher.storedFields();
        Map<String, Integer> candidates = new HashMap<>();
        Query own = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.SYMBOL_KEY, key)), Occur.FILTER).build();
        for (ScoreDoc sd : searcher.search(own, SAMPLE).scoreDocs) {
            String symbol = stored.document(sd.doc, Set.of(Fields.SYMBOL)).get(Fields.SYMBOL);
            if (symbol != null) {
                candidates.merge(symbol, 1, Integer::sum);
            }
        }
        if (candidates.isEmpty()) {
            Query cited = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PARAGRAPH)), Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.CITES_KEY, key)), Occur.FILTER).build();
            for (ScoreDoc sd : searcher.search(cited, SAMPLE).scoreDocs) {
                Document p = stored.document(sd.doc, Set.of(Fields.CITES));
                for (String symbol : p.getValues(Fields.CITES)) {
                    if (SymbolKeys.keysOf(symbol).contains(key)) {
                        candidates.merge(symbol, 1, Integer::sum);
                    }
                }
            }
        }
        return candidates.entrySet().stream()
                .sorted((a, b) -> {
                    boolean fullA = SymbolKeys.of(a.getKey()).equals(key);
                    boolean fullB = SymbolKeys.of(b.getKey()).equals(key);
                    if (fullA != fullB) {
                        return fullA ? -1 : 1;
                    }
                    int byCount = Integer.compare(b.getValue(), a.getValue());
                    return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
                })
                .map(Map.Entry::getKey).findFirst();
    }
}
