package org.travaux.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.travaux.index.Fields;
import org.travaux.index.StoredReference;
import org.travaux.model.CitationType;
import org.travaux.model.Reference;

/**
 * The citation graph read from the index: what a document cites (its paragraphs' typed references) and what cites it
 * (paragraphs of other documents whose references name its symbol), counts per type, and the most cited symbols of the
 * collection, in it or not. Edges live on the citing paragraphs, so the graph is always that of the current index.
 */
public final class CitationGraph {
    /** Largest page of edges. */
    public static final int MAX_PAGE = 100;

    /** Which edges of a document. */
    public enum Direction {
        IN, OUT;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** "in" or "out"; anything else is a 400 that says so. */
        public static Direction parse(String value) {
            if (value == null || value.isBlank()) {
                return OUT;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "in" -> IN;
                case "out" -> OUT;
                default -> throw new InvalidQueryException("direction must be in or out, was '" + value + "'");
            };
        }
    }

    private final Searchers searchers;
    private final MostCitedSymbols mostCited = new MostCitedSymbols();
    private final FollowUpTimeline timelines;

    public CitationGraph(Searchers searchers) {
        this.searchers = searchers;
        this.timelines = new FollowUpTimeline(searchers);
    }

    /** The graph of the index a document reader reads (for callers that were given only the reader). */
    public static CitationGraph over(DocumentReader documents) {
        return new CitationGraph(documents.searchers());
    }

    /** The follow-up timeline of a symbol typed in any form ({@link FollowUpTimeline#timeline}). */
    public Timeline timeline(String typedSymbol, String language) throws IOException {
        return timelines.timeline(typedSymbol, language);
    }

    /** A citation type as the API spells it ("takes_note"), or null for blank; a 400 naming the types otherwise. */
    public static CitationType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CitationType.fromValue(value.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = Arrays.stream(CitationType.values()).map(CitationType::value).toList();
            throw new InvalidQueryException("type must be one of " + String.join(", ", names) + "; was '" + value + "'", e);
        }
    }

    /** What a document cites, in reading order; empty when there is no such document. */
    public Optional<CitationPage<CitationPage.Outgoing>> outgoing(String idOrKey, CitationType type, String cursor,
                                                                   int size) throws IOException {
        checkSize(size);
        int offset = SearchService.Cursors.offset(cursor);
        return onDocument(idOrKey, (searcher, d) -> {
            String id = d.get(Fields.ID);
            List<Reference> all = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            TopDocs paragraphs = DocumentReader.inOrder(searcher,
                    DocumentReader.kindAndId(Fields.KIND_PARAGRAPH, id), Integer.MAX_VALUE);
            for (ScoreDoc sd : paragraphs.scoreDocs) {
                Document p = stored.document(sd.doc, Set.of(Fields.PARA_ID, Fields.REF));
                for (String ref : p.getValues(Fields.REF)) {
                    all.add(StoredReference.decode(ref, p.get(Fields.PARA_ID)));
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (CitationType t : CitationType.values()) {
                long n = all.stream().filter(r -> r.type() == t).count();
                if (n > 0) {
                    counts.put(t.value(), n);
                }
            }
            List<Reference> selected = all.stream().filter(r -> type == null || r.type() == type).toList();
            ReferenceTargets targets = new ReferenceTargets(searcher, d.get(Fields.LANGUAGE));
            List<CitationPage.Outgoing> edges = new ArrayList<>();
            for (Reference r : selected.subList(Math.min(offset, selected.size()),
                    Math.min(offset + size, selected.size()))) {
                edges.add(new CitationPage.Outgoing(r.paragraphId(), r.symbol(), r.type().value(), r.context(),
                        targets.documentFor(r.symbol())));
            }
            return new CitationPage<>(id, d.get(Fields.SYMBOL), Direction.OUT.value(), value(type),
                    selected.size(), counts, edges, next(offset, size, selected.size()));
        });
    }

    /** What cites a document's symbol, oldest first; empty when there is no such document. */
    public Optional<CitationPage<CitationPage.Incoming>> incoming(String idOrKey, CitationType type, String cursor,
                                                                   int size) throws IOException {
        checkSize(size);
        int offset = SearchService.Cursors.offset(cursor);
        return onDocument(idOrKey, (searcher, d) -> {
            String id = d.get(Fields.ID);
            String symbol = d.get(Fields.SYMBOL);
            if (symbol == null) { // nothing can cite a document that has no symbol
                return new CitationPage<CitationPage.Incoming>(id, null, Direction.IN.value(), value(type), 0,
                        Map.of(), List.of(), null);
            }
            CitingParagraphs citing = new CitingParagraphs(searcher);
            var query = CitingParagraphs.query(symbol, type);
            long total = searcher.count(query);
            List<CitationPage.Incoming> edges = new ArrayList<>();
            ScoreDoc[] top = citing.byDate(query, offset + size, false).scoreDocs;
            for (int i = offset; i < top.length; i++) {
                edges.add(citing.read(top[i].doc, symbol));
            }
            return new CitationPage<>(id, symbol, Direction.IN.value(), value(type), total,
                    citing.counts(symbol), edges, next(offset, size, total));
        });
    }

    /** Work on one document's stored fields and its searcher. */
    @FunctionalInterface
    private interface DocumentWork<T> {
        T apply(IndexSearcher searcher, Document document) throws IOException;
    }

    /** Runs {@code work} on the document with this id or key; empty when there is no such document. */
    private <T> Optional<T> onDocument(String idOrKey, DocumentWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Optional<Document> found = DocumentReader.find(searcher, idOrKey);
            return found.isEmpty() ? Optional.empty() : Optional.of(work.apply(searcher, found.get()));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The documents citing a symbol typed in any form, newest first, each once (with its first citing paragraph by
     * reading order), at most {@code max}: what a feed of new citing documents lists.
     */
    public CitingDocuments citingDocuments(String typedSymbol, int max) throws IOException {
        checkSize(max);
        IndexSearcher searcher = searchers.acquire();
        try {
            Optional<String> canonical = SymbolLookup.canonical(searcher, typedSymbol);
            if (canonical.isEmpty()) {
                return new CitingDocuments(typedSymbol.strip().replaceAll("\\s+", " "), List.of());
            }
            String symbol = canonical.get();
            CitingParagraphs citing = new CitingParagraphs(searcher);
            List<CitationPage.Incoming> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            // a few paragraphs per document at most before the next document: read ahead in growing batches
            for (int n = max * 4; ; n *= 4) {
                ScoreDoc[] top = citing.byDate(CitingParagraphs.query(symbol, null), n, true).scoreDocs;
                out.clear();
                seen.clear();
                for (ScoreDoc sd : top) {
                    CitationPage.Incoming e = citing.read(sd.doc, symbol);
                    if (seen.add(e.document()) && out.size() < max) {
                        out.add(e);
                    }
                }
                if (out.size() >= max || top.length < n) {
                    return new CitingDocuments(symbol, List.copyOf(out));
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** The documents citing one symbol, newest first. */
    public record CitingDocuments(String symbol, List<CitationPage.Incoming> documents) {
    }

    /** The symbols most documents cite, with the document that has each one, or null when none has it. */
    public List<CitedSymbol> mostCited(int size) throws IOException {
        checkSize(size);
        IndexSearcher searcher = searchers.acquire();
        try {
            return mostCited.top(searcher, size);
        } finally {
            searchers.release(searcher);
        }
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidQueryException("size must be between 1 and " + MAX_PAGE + ", was " + size);
        }
    }

    static String next(int offset, int size, long total) {
        int next = offset + size;
        return next < total && next <= SearchRequest.MAX_OFFSET ? SearchService.Cursors.of(next) : null;
    }

    private static String value(CitationType type) {
        return type == null ? null : type.value();
    }
}
