package org.travaux.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.travaux.index.TravauxIndex;
import org.travaux.model.BlockKind;
import org.travaux.model.ClauseKind;
import org.travaux.model.DocumentMetadata;
import org.travaux.model.DocumentSymbol;
import org.travaux.model.FileRecord;
import org.travaux.model.OfficialDocument;
import org.travaux.model.Outcome;
import org.travaux.model.Paragraph;
import org.travaux.model.SourceFile;
import org.travaux.model.ThemeScore;
import org.travaux.search.FacetLabels;
import org.travaux.search.SearchRequest;
import org.travaux.search.SearchResponse;
import org.travaux.search.SearchService;
import org.travaux.search.Searchers;

/**
 * Travaux in-process: the documents written through {@link TravauxIndex#put} (the schema, block join, facets; not
 * extraction or understanding, which the JSONL already holds), searched with {@link SearchService} as the API does:
 * every query returns the top 10 documents, counts every facet and highlights passages. Counts are documents, not
 * paragraphs, and a query also searches titles and context words: its counts are reported, not compared.
 */
public final class TravauxSystem implements BenchSystem {
    private Searchers searchers;
    private SearchService search;

    @Override
    public void load(Iterable<Corpus.Doc> docs, Path work) throws Exception {
        try (TravauxIndex index = TravauxIndex.open(work.resolve("travaux"))) {
            long now = System.currentTimeMillis();
            for (Corpus.Doc d : docs) {
                SourceFile source = new SourceFile("/bench", d.id(), 0, 0, Long.toHexString(Export.crc(d.id())));
                index.put(document(d, source),
                        new FileRecord(d.id(), "bench", source, Outcome.INDEXED, "", "text/plain", null, now, 1, ""));
            }
            index.commit(Map.of());
        }
    }

    static OfficialDocument document(Corpus.Doc d, SourceFile source) {
        List<ThemeScore> themes = d.themes().stream().map(t -> new ThemeScore(t, 1.0)).toList();
        DocumentMetadata m = new DocumentMetadata(d.title(), d.symbol() == null ? null : new DocumentSymbol(d.symbol()),
                d.forum(), d.date() == null ? null : LocalDate.parse(d.date()), d.year(), List.of(), null, List.of(),
                d.type(), d.language(), null, null, null, null, themes, Map.of(), Map.of(), List.of());
        List<Paragraph> paras = new ArrayList<>(d.paras().size());
        int ordinal = 0;
        for (Corpus.Para p : d.paras()) {
            paras.add(new Paragraph(p.pid(), ordinal++, null, List.of(),
                    p.block() == null ? BlockKind.PARAGRAPH : BlockKind.fromValue(p.block()), p.text(), 0,
                    p.clause() == null ? ClauseKind.NARRATIVE : ClauseKind.fromValue(p.clause()), null, false, false,
                    p.lang(), p.themes(), List.of(), List.of()));
        }
        return new OfficialDocument(d.id(), source, "text/plain", 0, "", m, paras);
    }

    @Override
    public void open(Path work) throws Exception {
        searchers = Searchers.open(work.resolve("travaux"));
        search = new SearchService(searchers, FacetLabels.NONE, Duration.ofSeconds(30));
    }

    @Override
    public long sizeBytes(Path work) throws Exception {
        return LuceneSystem.dirSize(work.resolve("travaux"));
    }

    /**
     * The request a client would send for the kind: like the other systems, it asks for facets only for
     * {@code facet_filter} (forum, year, theme) and for one passage a hit only for {@code highlight}. What stays
     * Travaux's own is its model: paragraphs found and grouped into documents, titles and context words searched.
     */
    static SearchRequest request(Query q) {
        String[] t = q.terms();
        SearchRequest r = switch (q.kind()) {
            case "term_frequent", "term_rare", "and", "highlight" -> new SearchRequest(q.words(), 10, null);
            case "or" -> new SearchRequest(t[0] + " OR " + t[1], 10, null);
            case "phrase" -> new SearchRequest("\"" + q.words() + "\"", 10, null);
            case "facet_filter" -> new SearchRequest(q.words(), 10, null, SearchRequest.Sort.RELEVANCE,
                    Map.of("type", List.of(q.arg())), null, null);
            case "date_range" -> new SearchRequest(q.words(), 10, null, SearchRequest.Sort.RELEVANCE, Map.of(),
                    LocalDate.parse(q.from()), LocalDate.parse(q.to()));
            case "symbol" -> new SearchRequest("symbol:\"" + q.words() + "\"", 10, null);
            default -> throw new IllegalArgumentException(q.kind());
        };
        return r.withFacets(q.kind().equals("facet_filter") ? List.of("forum", "year", "theme") : List.of())
                .withPassages(q.kind().equals("highlight") ? 1 : 0);
    }

    @Override
    public long run(Query q) throws Exception {
        SearchResponse r = search.search(request(q));
        return r.total();
    }

    @Override
    public boolean countsParagraphs() {
        return false;
    }

    @Override
    public void close() throws Exception {
        if (searchers != null) {
            searchers.close();
        }
    }
}
