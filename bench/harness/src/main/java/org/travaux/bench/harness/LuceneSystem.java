package org.travaux.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.travaux.index.Analyzers;

/**
 * Raw Lucene 10.5: one Lucene document per paragraph with its document's metadata, the text analysed by Travaux's
 * universal analyzer ({@link Analyzers#universal()}), SortedSet facets for forum (hierarchical), year, theme and type;
 * no application code. The limit Travaux's overhead is measured against.
 */
public final class LuceneSystem implements BenchSystem {
    private static final FieldType TEXT = textType();
    private final FacetsConfig facets = facetsConfig();
    private final Analyzer analyzer = Analyzers.universal();
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private SortedSetDocValuesReaderState state;
    private UnifiedHighlighter highlighter;

    private static FieldType textType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setHierarchical("forum", true);
        c.setMultiValued("theme", true);
        return c;
    }

    @Override
    public void load(Iterable<Corpus.Doc> docs, Path work) throws Exception {
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        cfg.setRAMBufferSizeMB(64);
        try (IndexWriter w = new IndexWriter(FSDirectory.open(work.resolve("lucene")), cfg)) {
            for (Corpus.Doc d : docs) {
                for (Corpus.Para p : d.paras()) {
                    Document ld = new Document();
                    ld.add(new StringField("id", d.id() + "#" + p.pid(), Field.Store.YES));
                    ld.add(new Field("text", p.text(), TEXT));
                    if (d.symbol() != null) {
                        ld.add(new StringField("symbol", d.symbol(), Field.Store.NO));
                    }
                    if (d.date() != null) {
                        ld.add(new LongPoint("date", LocalDate.parse(d.date()).toEpochDay()));
                    }
                    if (d.type() != null) {
                        ld.add(new StringField("type", d.type(), Field.Store.NO));
                        ld.add(new SortedSetDocValuesFacetField("type", d.type()));
                    }
                    if (!d.forum().isEmpty()) {
                        ld.add(new SortedSetDocValuesFacetField("forum", d.forum().toArray(String[]::new)));
                    }
                    if (d.year() != null) {
                        ld.add(new SortedSetDocValuesFacetField("year", Integer.toString(d.year())));
                    }
                    for (String theme : p.themes()) {
                        ld.add(new SortedSetDocValuesFacetField("theme", theme));
                    }
                    w.addDocument(facets.build(ld));
                }
            }
            w.commit();
        }
    }

    @Override
    public void open(Path work) throws Exception {
        reader = DirectoryReader.open(FSDirectory.open(work.resolve("lucene")));
        searcher = new IndexSearcher(reader);
        state = new DefaultSortedSetDocValuesReaderState(reader, facets);
        highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
    }

    @Override
    public long sizeBytes(Path work) throws Exception {
        return dirSize(work.resolve("lucene"));
    }

    static long dirSize(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    Query query(org.travaux.bench.harness.Query q) {
        String[] t = q.terms();
        return switch (q.kind()) {
            case "term_frequent", "term_rare" -> term(t[0]);
            case "and", "highlight" -> bool(Occur.MUST, t);
            case "or" -> bool(Occur.SHOULD, t);
            case "phrase" -> new PhraseQuery("text", t);
            case "facet_filter" -> new BooleanQuery.Builder().add(term(t[0]), Occur.MUST)
                    .add(new TermQuery(new Term("type", q.arg())), Occur.FILTER).build();
            case "date_range" -> new BooleanQuery.Builder().add(term(t[0]), Occur.MUST)
                    .add(LongPoint.newRangeQuery("date", LocalDate.parse(q.from()).toEpochDay(),
                            LocalDate.parse(q.to()).toEpochDay()), Occur.FILTER).build();
            case "symbol" -> new TermQuery(new Term("symbol", q.words()));
            default -> throw new IllegalArgumentException(q.kind());
        };
    }

    private static Query term(String w) {
        return new TermQuery(new Term("text", w));
    }

    private static Query bool(Occur occur, String[] terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(term(t), occur);
        }
        return b.build();
    }

    @Override
    public long run(org.travaux.bench.harness.Query q) throws Exception {
        Query query = query(q);
        TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(10, Integer.MAX_VALUE);
        if (q.kind().equals("facet_filter")) {
            Object[] r = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, (FacetsCollector) r[1]);
            counts.getTopChildren(10, "forum");
            counts.getTopChildren(10, "year");
            counts.getTopChildren(10, "theme");
            return ((TopDocs) r[0]).totalHits.value();
        }
        TopDocs td = searcher.search(query, top);
        if (q.kind().equals("highlight")) {
            String[] snippets = highlighter.highlight("text", query, td);
            if (snippets.length != td.scoreDocs.length) {
                throw new IllegalStateException("highlights");
            }
        }
        return td.totalHits.value();
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
