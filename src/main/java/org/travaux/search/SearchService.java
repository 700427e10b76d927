package org.travaux.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.BytesRef;
import org.travaux.index.Fields;

/**
 * Runs searches against the current index: paragraphs found, grouped into documents (a document scores as its best
 * paragraph), filtered and counted by facets, passages highlighted — within a time budget, after which the results
 * found so far come back flagged partial.
 */
public final class SearchService {
    private static final int MAX_MATCHES_IN_DOCUMENT = 1000;
    private static final Query PARAGRAPHS = new TermQuery(new Term(Fields.KIND, Fields.KIND_PARAGRAPH));
    private static final QueryBitSetProducer DOCUMENTS =
            new QueryBitSetProducer(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)));
    private static final List<String> CLAUSES = List.of("preambular", "operative", "narrative");

    private final Searchers searchers;
    private final QueryParsing parsing = new QueryParsing();
    private final FacetCounter facets;
    private final PassageHighlighter highlighter = new PassageHighlighter();
    private final Duration budget;

    public SearchService(Searchers searchers, FacetLabels labels, Duration budget) {
        this.searchers = searchers;
        this.facets = new FacetCounter(labels);
        this.budget = budget;
    }

    public SearchService(Searchers searchers) {
        this(searchers, FacetLabels.NONE, Duration.ofSeconds(5));
    }

    /**
     * One page of results. When no document has every word of a plain query of three words or more, the answer is
     * the documents with all but one (or three in four) of them, flagged {@code relaxed} so the page can say so.
     */
    public SearchResponse search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        SearchResponse strict = search(request, parsing.parse(request.query()), false, start);
        if (strict.total() > 0 || strict.partial() || request.cursor() != null) {
            return strict;
        }
        Query relaxed = parsing.relaxed(request.query());
        return relaxed == null ? strict : search(request, relaxed, true, start);
    }

    private SearchResponse search(SearchRequest request, Query parsed, boolean relaxed, long start) throws IOException {
        List<String> clauses = request.filters().getOrDefault(FacetDimensions.CLAUSE, List.of());
        int offset = Cursors.offset(request.cursor());
        IndexSearcher shared = searchers.acquire();
        try {
            // a searcher of its own for this request: the timeout is per request, the shared one is not ours to change
            IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
            searcher.setTimeout(new QueryTimeoutImpl(budget.toMillis()));
            // wildcards and fuzzy terms expanded once, not again by each of the request's searches and highlights
            Query text = searcher.rewrite(parsed);
            Query paragraphs = paragraphs(text, clauses);
            FacetCounter.Counted counted = facets.search(searcher, documents(paragraphs), request.filters(),
                    dateRange(request), offset + request.size(), sort(request.sort()), request.facets());
            TopDocs top = counted.hits();
            List<Integer> page = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                page.add(top.scoreDocs[i].doc);
            }
            List<List<Passage>> passages = highlighter.passages(searcher, paragraphs, text, page, DOCUMENTS,
                    request.passages());
            List<DocumentHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                hits.add(hit(stored.document(sd.doc), Float.isNaN(sd.score) ? 0f : sd.score, passages.get(i - offset)));
            }
            Map<String, List<FacetValue>> facetValues = new HashMap<>(counted.facets());
            if (request.counts(FacetDimensions.CLAUSE)) {
                facetValues.put(FacetDimensions.CLAUSE, clauseCounts(searcher, text, request));
            }
            long total = top.totalHits.value();
            boolean partial = searcher.timedOut();
            int next = offset + request.size();
            String nextCursor = next < total && next <= SearchRequest.MAX_OFFSET ? Cursors.of(next) : null;
            return new SearchResponse(request.query(), total,
                    top.totalHits.relation() == TotalHits.Relation.EQUAL_TO && !partial, partial, relaxed,
                    (System.nanoTime() - start) / 1_000_000, nextCursor, hits, Map.copyOf(facetValues));
        } catch (IndexSearcher.TooManyClauses e) { // counted after rewriting, by every search of the request
            throw tooManyClauses(e);
        } finally {
            searchers.release(shared);
        }
    }

    private static InvalidQueryException tooManyClauses(IndexSearcher.TooManyClauses e) {
        return new InvalidQueryException("the query expands to too many terms; use fewer words, ORs or wildcards", e);
    }

    /** The paragraphs of one document that match {@code query}, in reading order, each wholly highlighted. */
    public List<InDocumentMatch> searchWithin(String documentId, String query) throws IOException {
        Query parsed = parsing.parse(query);
        IndexSearcher searcher = searchers.acquire();
        try {
            Query inDocument = new BooleanQuery.Builder()
                    .add(paragraphs(searcher.rewrite(parsed), List.of()), Occur.MUST)
                    .add(new TermQuery(new Term(Fields.ID, documentId)), Occur.FILTER).build();
            return highlighter.wholeParagraphs(searcher, inDocument, DocumentReader.inOrder(searcher, inDocument,
                    MAX_MATCHES_IN_DOCUMENT));
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses(e);
        } finally {
            searchers.release(searcher);
        }
    }

    private static Query paragraphs(Query text, List<String> clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST).add(PARAGRAPHS, Occur.FILTER);
        if (!clauses.isEmpty()) {
            b.add(new TermInSetQuery(Fields.CLAUSE, clauses.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        return b.build();
    }

    /** Documents with at least one matching paragraph, scored by their best one. */
    private static Query documents(Query paragraphs) {
        return new ToParentBlockJoinQuery(paragraphs, DOCUMENTS, ScoreMode.Max);
    }

    /** The request's from/to as a filter on the document date, or null. */
    private static Query dateRange(SearchRequest request) {
        if (request.from() == null && request.to() == null) {
            return null;
        }
        long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
        long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
        return LongPoint.newRangeQuery(Fields.DATE, from, to);
    }

    /** Clause kind is a paragraph property: a document counts under every kind among its matching paragraphs. */
    private List<FacetValue> clauseCounts(IndexSearcher searcher, Query text, SearchRequest request) throws IOException {
        List<String> selected = request.filters().getOrDefault(FacetDimensions.CLAUSE, List.of());
        List<FacetValue> values = new ArrayList<>();
        for (String clause : CLAUSES) {
            long count = facets.count(searcher, documents(paragraphs(text, List.of(clause))),
                    withoutClause(request.filters()), dateRange(request));
            if (count > 0 || selected.contains(clause)) {
                values.add(new FacetValue(clause, FacetDimensions.defaultLabel(FacetDimensions.CLAUSE, clause), count,
                        selected.contains(clause)));
            }
        }
        return values;
    }

    private static Map<String, List<String>> withoutClause(Map<String, List<String>> filters) {
        Map<String, List<String>> copy = new HashMap<>(filters);
        copy.remove(FacetDimensions.CLAUSE);
        return copy;
    }

    private static Sort sort(SearchRequest.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> null;
            case DATE_ASC -> dateSort(false);
            case DATE_DESC -> dateSort(true);
        };
    }

    private static Sort dateSort(boolean newestFirst) {
        SortField date = new SortField(Fields.DATE, SortField.Type.LONG, newestFirst);
        date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE); // undated documents last either way
        return new Sort(date, SortField.FIELD_SCORE);
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
                if (!s.startsWith("o") || offset < 0 || offset > SearchRequest.MAX_OFFSET) {
                    throw new NumberFormatException(s);
                }
                return offset;
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                throw new InvalidQueryException("invalid cursor '" + cursor + "': pass the nextCursor of the previous page", e);
            }
        }
    }
}
