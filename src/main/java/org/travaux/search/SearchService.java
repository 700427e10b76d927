package org.travaux.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.index.StoredFields;
import org.travaux.index.Analyzers;
import org.travaux.index.Fields;

/** Runs searches against the current index: paragraphs found, grouped into documents, passages highlighted. */
public final class SearchService {
    private static final int PASSAGES_PER_HIT = 3;
    private static final Query PARAGRAPHS = new TermQuery(new Term(Fields.KIND, Fields.KIND_PARAGRAPH));
    private static final QueryBitSetProducer DOCUMENTS =
            new QueryBitSetProducer(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)));

    private final Searchers searchers;
    private final QueryParsing parsing = new QueryParsing();

    public SearchService(Searchers searchers) {
        this.searchers = searchers;
    }

    public SearchResponse search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        Query text = parsing.parse(request.query());
        Query paragraphs = new BooleanQuery.Builder().add(text, Occur.MUST).add(PARAGRAPHS, Occur.FILTER).build();
        Query documents = new ToParentBlockJoinQuery(paragraphs, DOCUMENTS, ScoreMode.Max);
        int offset = Cursors.offset(request.cursor());
        IndexSearcher searcher = searchers.acquire();
        try {
            int total = searcher.count(documents);
            TopDocs top = searcher.search(documents, offset + request.size());
            List<DocumentHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = offset; i < docs.length; i++) {
                Document d = stored.document(docs[i].doc);
                hits.add(hit(d, docs[i].score, passages(searcher, paragraphs, d.get(Fields.ID))));
            }
            int next = offset + request.size();
            String nextCursor = next < total ? Cursors.of(next) : null;
            return new SearchResponse(request.query(), total, true, false, (System.nanoTime() - start) / 1_000_000,
                    nextCursor, hits);
        } finally {
            searchers.release(searcher);
        }
    }

    private static List<Passage> passages(IndexSearcher searcher, Query paragraphs, String id) throws IOException {
        Query inDocument = new BooleanQuery.Builder().add(paragraphs, Occur.MUST)
                .add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER).build();
        TopDocs best = searcher.search(inDocument, PASSAGES_PER_HIT);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, Analyzers.universal())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), 320, 0.5f))
                .withMaxNoHighlightPassages(1)
                .build();
        String[] html = highlighter.highlight(Fields.TEXT, paragraphs, best, 1);
        List<Passage> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < best.scoreDocs.length; i++) {
            Document p = stored.document(best.scoreDocs[i].doc);
            out.add(new Passage(p.get(Fields.NUMBER), p.get(Fields.PARA_ID), html[i] == null ? "" : html[i].strip(),
                    p.get(Fields.CLAUSE)));
        }
        return out;
    }

    private static DocumentHit hit(Document d, float score, List<Passage> passages) {
        return new DocumentHit(d.get(Fields.ID), d.get(Fields.SYMBOL), d.get(Fields.TITLE),
                List.of(d.getValues(Fields.FORUM)), d.get(Fields.DATE), d.get(Fields.TYPE), d.get(Fields.LANGUAGE),
                d.get(Fields.SOURCE), score, passages);
    }

    /** Opaque page cursors; today an offset, tomorrow possibly a search-after key, without changing the API. */
    static final class Cursors {
        private Cursors() {
        }

        static String of(int offset) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(("o" + offset).getBytes(StandardCharsets.UTF_8));
        }

        static int offset(String cursor) {
            if (cursor == null || cursor.isEmpty()) {
                return 0;
            }
            try {
                String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int offset = Integer.parseInt(s.substring(1));
                if (!s.startsWith("o") || offset < 0 || offset > 10_000) {
                    throw new NumberFormatException(s);
                }
                return offset;
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                throw new InvalidQueryException("invalid cursor '" + cursor + "': pass the nextCursor of the previous page", e);
            }
        }
    }
}
