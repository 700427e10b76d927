package org.travaux.search;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.travaux.index.Fields;

/**
 * {@code citedby:A/74/100}: the paragraphs of the documents that a document cites. It needs the index to know what the
 * citing document cites, so it rewrites, against the searcher of the request, to the symbols its paragraphs name.
 */
final class CitedByQuery extends Query {
    /** Language versions of the citing symbol read at most. */
    private static final int MAX_VERSIONS = 20;
    private final String symbolKey;

    /** @param symbolKey the citing document's symbol as a lookup key ({@link org.travaux.index.SymbolKeys}) */
    CitedByQuery(String symbolKey) {
        this.symbolKey = Objects.requireNonNull(symbolKey, "symbolKey");
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query citingDocuments = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.SYMBOL_KEY, symbolKey)), Occur.FILTER).build();
        StoredFields stored = searcher.storedFields();
        Set<String> cited = new TreeSet<>();
        for (ScoreDoc d : searcher.search(citingDocuments, MAX_VERSIONS).scoreDocs) {
            String id = stored.document(d.doc, Set.of(Fields.ID)).get(Fields.ID);
            Query paragraphs = DocumentReader.kindAndId(Fields.KIND_PARAGRAPH, id);
            int n = Math.max(1, searcher.count(paragraphs));
            for (ScoreDoc p : searcher.search(paragraphs, n).scoreDocs) {
                Document paragraph = stored.document(p.doc, Set.of(Fields.CITES));
                cited.addAll(java.util.List.of(paragraph.getValues(Fields.CITES)));
            }
        }
        if (cited.isEmpty()) {
            return new MatchNoDocsQuery("nothing cited by " + symbolKey);
        }
        return new TermInSetQuery(Fields.SYMBOL, cited.stream().map(BytesRef::new).toList());
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "citedby:" + symbolKey;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && symbolKey.equals(((CitedByQuery) other).symbolKey);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + symbolKey.hashCode();
    }
}
