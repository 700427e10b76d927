package org.travaux.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.Bits;
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
    /** Built once: analyzers are thread-safe and their per-field components are reused per thread. */
    private final org.apache.lucene.analysis.Analyzer analyzer = Analyzers.perField();

    PassageHighlighter() {
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

    /**
     * The best matching paragraphs of each document hit, highlighted. A document's paragraphs are
     * the block of documents just before it in its segment, so each is scored within that range with one weight for
     * the whole request (the same scores a filtered search would give), and all are highlighted in one pass.
     *
     * @param paragraphs   the paragraph query that found the documents: it chooses and scores the passages
     * @param text         its text part alone, which marks the words: paragraphs are known to match, and leaving out
     *                     the filters spares the highlighter proving that again in every paragraph
     * @param documentDocs index-wide doc ids of the document entries hit, in result order
     * @param documents    which docs are document entries (block parents)
     * @param perDocument  passages wanted for each document; 0 gives every hit an empty list at no cost
     */
    List<List<Passage>> passages(IndexSearcher searcher, Query paragraphs, Query text, List<Integer> documentDocs,
                                 BitSetProducer documents, int perDocument) throws IOException {
        if (perDocument == 0) {
            return documentDocs.stream().map(d -> List.<Passage>of()).toList();
        }
        Weight weight = searcher.createWeight(searcher.rewrite(paragraphs), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<ScoreDoc[]> best = new ArrayList<>(documentDocs.size());
        List<ScoreDoc> all = new ArrayList<>();
        for (int doc : documentDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int parent = doc - leaf.docBase;
            int first = parent == 0 ? 0 : documents.getBitSet(leaf).prevSetBit(parent - 1) + 1;
            ScoreDoc[] top = bestInRange(weight, leaf, first, parent, perDocument);
            best.add(top);
            all.addAll(List.of(top));
        }
        String[] html = all.isEmpty() ? new String[0] : snippetHighlighter(searcher).highlight(Fields.TEXT, text,
                new TopDocs(new TotalHits(all.size(), TotalHits.Relation.EQUAL_TO), all.toArray(ScoreDoc[]::new)), 1);
        StoredFields stored = searcher.storedFields();
        List<List<Passage>> out = new ArrayList<>(best.size());
        int i = 0;
        for (ScoreDoc[] top : best) {
            List<Passage> passages = new ArrayList<>(top.length);
            for (ScoreDoc sd : top) {
                Document p = stored.document(sd.doc);
                passages.add(new Passage(p.get(Fields.NUMBER), p.get(Fields.PARA_ID),
                        html[i] == null ? "" : html[i].strip(), p.get(Fields.CLAUSE)));
                i++;
            }
            out.add(passages);
        }
        return out;
    }

    /** The best-scoring matches among docs [from, to) of one segment, best first, ties in document order. */
    private static ScoreDoc[] bestInRange(Weight weight, LeafReaderContext leaf, int from, int to, int perDocument)
            throws IOException {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null || from >= to) {
            return new ScoreDoc[0];
        }
        Bits live = leaf.reader().getLiveDocs();
        PriorityQueue<ScoreDoc> queue = new PriorityQueue<>(BEST_FIRST.reversed());   // worst kept on top
        DocIdSetIterator it = scorer.iterator();
        for (int d = it.advance(from); d < to; d = it.nextDoc()) {
            if (live == null || live.get(d)) {
                queue.add(new ScoreDoc(leaf.docBase + d, scorer.score()));
                if (queue.size() > perDocument) {
                    queue.poll();
                }
            }
        }
        ScoreDoc[] top = queue.toArray(ScoreDoc[]::new);
        Arrays.sort(top, BEST_FIRST);
        return top;
    }

    private static final Comparator<ScoreDoc> BEST_FIRST =
            Comparator.<ScoreDoc>comparingDouble(sd -> -sd.score).thenComparingInt(sd -> sd.doc);

    private UnifiedHighlighter snippetHighlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), 320, 0.5f))
                .withMaxNoHighlightPassages(1)
                .build();
    }
}
