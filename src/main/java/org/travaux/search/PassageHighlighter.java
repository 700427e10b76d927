package org.travaux.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.travaux.index.Analyzers;
import org.travaux.index.Fields;

/**
 * The best matching paragraphs of one document, highlighted: document text HTML-escaped, matches wrapped in
 * {@code <mark>}, nothing else — the only markup a client ever receives from document content.
 */
final class PassageHighlighter {
    private final int perDocument;
    /** Built once: analyzers are thread-safe and their per-field components are reused per thread. */
    private final org.apache.lucene.analysis.Analyzer analyzer = Analyzers.perField();

    PassageHighlighter(int perDocument) {
        this.perDocument = perDocument;
    }

    /** Each paragraph of {@code top} in full, escaped, with its matches marked. */
    List<InDocumentMatch> wholeParagraphs(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "", true))
                .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(1)
                .build();
        String[] html = highlighter.highlight(Fields.TEXT, query, top, 1);
        List<InDocumentMatch> out = new ArrayList<>(top.scoreDocs.length);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            Document p = stored.document(top.scoreDocs[i].doc);
            out.add(new InDocumentMatch(p.get(Fields.PARA_ID), p.get(Fields.NUMBER), html[i] == null ? "" : html[i]));
        }
        return out;
    }

    List<Passage> passages(IndexSearcher searcher, Query paragraphs, String documentId) throws IOException {
        Query inDocument = new BooleanQuery.Builder().add(paragraphs, Occur.MUST)
                .add(new TermQuery(new Term(Fields.ID, documentId)), Occur.FILTER).build();
        TopDocs best = searcher.search(inDocument, perDocument);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), 320, 0.5f))
                .withMaxNoHighlightPassages(1)
                .build();
        String[] html = highlighter.highlight(Fields.TEXT, paragraphs, best, 1);
        List<Passage> out = new ArrayList<>(best.scoreDocs.length);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < best.scoreDocs.length; i++) {
            Document p = stored.document(best.scoreDocs[i].doc);
            out.add(new Passage(p.get(Fields.NUMBER), p.get(Fields.PARA_ID), html[i] == null ? "" : html[i].strip(),
                    p.get(Fields.CLAUSE)));
        }
        return out;
    }
}
