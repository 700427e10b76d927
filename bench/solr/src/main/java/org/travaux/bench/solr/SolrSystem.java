package org.travaux.bench.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrInputDocument;
import org.travaux.bench.harness.BenchSystem;
import org.travaux.bench.harness.Corpus;
import org.travaux.bench.harness.Query;

/**
 * Apache Solr 9.10.1, embedded ({@link EmbeddedSolrServer}): one Solr document per paragraph, the text analysed like
 * Travaux's universal analyzer (ICU tokenizer + ICU folding, from the analysis-extras module), forum, year, type and
 * theme as docValues strings for faceting, the unified highlighter on offsets in postings. Solr's query-result,
 * filter and document caches are off, so repeated rounds measure search, not a cache.
 */
public final class SolrSystem implements BenchSystem {
    private EmbeddedSolrServer solr;

    private static final String SCHEMA = """
            <schema name="bench" version="1.6">
              <uniqueKey>id</uniqueKey>
              <fieldType name="string" class="solr.StrField" sortMissingLast="true"/>
              <fieldType name="plong" class="solr.LongPointField" docValues="true"/>
              <fieldType name="text_icu" class="solr.TextField" positionIncrementGap="100">
                <analyzer>
                  <tokenizer name="icu"/>
                  <filter name="icuFolding"/>
                </analyzer>
              </fieldType>
              <field name="_version_" type="plong" indexed="false" stored="false"/>
              <field name="id" type="string" indexed="true" stored="true"/>
              <field name="text" type="text_icu" indexed="true" stored="true" storeOffsetsWithPositions="true"/>
              <field name="symbol" type="string" indexed="true" stored="false"/>
              <field name="date" type="plong" indexed="true" stored="false"/>
              <field name="type" type="string" indexed="true" stored="false" docValues="true"/>
              <field name="forum" type="string" indexed="true" stored="false" docValues="true"/>
              <field name="year" type="string" indexed="true" stored="false" docValues="true"/>
              <field name="theme" type="string" indexed="true" stored="false" docValues="true" multiValued="true"/>
            </schema>
            """;

    private static final String CONFIG = """
            <config>
              <luceneMatchVersion>9.12</luceneMatchVersion>
              <dataDir>${solr.data.dir:}</dataDir>
              <directoryFactory name="DirectoryFactory" class="solr.MMapDirectoryFactory"/>
              <schemaFactory class="ClassicIndexSchemaFactory"/>
              <indexConfig><ramBufferSizeMB>64</ramBufferSizeMB></indexConfig>
              <updateHandler class="solr.DirectUpdateHandler2"><updateLog enable="false"/></updateHandler>
              <query><useColdSearcher>true</useColdSearcher></query>
              <requestHandler name="/select" class="solr.SearchHandler"/>
              <requestHandler name="/update" class="solr.UpdateRequestHandler"/>
            </config>
            """;

    static Path home(Path work) {
        return work.resolve("solr-home");
    }

    private void start(Path work) throws Exception {
        Path conf = home(work).resolve("bench").resolve("conf");
        Files.createDirectories(conf);
        Files.writeString(home(work).resolve("solr.xml"), "<solr/>\n", StandardCharsets.UTF_8);
        Files.writeString(home(work).resolve("bench").resolve("core.properties"), "name=bench\n", StandardCharsets.UTF_8);
        Files.writeString(conf.resolve("schema.xml"), SCHEMA, StandardCharsets.UTF_8);
        Files.writeString(conf.resolve("solrconfig.xml"), CONFIG, StandardCharsets.UTF_8);
        solr = new EmbeddedSolrServer(home(work), "bench");
    }

    @Override
    public void load(Iterable<Corpus.Doc> docs, Path work) throws Exception {
        start(work);
        List<SolrInputDocument> batch = new ArrayList<>();
        for (Corpus.Doc d : docs) {
            for (Corpus.Para p : d.paras()) {
                SolrInputDocument s = new SolrInputDocument();
                s.addField("id", d.id() + "#" + p.pid());
                s.addField("text", p.text());
                if (d.symbol() != null) {
                    s.addField("symbol", d.symbol());
                }
                if (d.date() != null) {
                    s.addField("date", LocalDate.parse(d.date()).toEpochDay());
                }
                if (d.type() != null) {
                    s.addField("type", d.type());
                }
                if (d.forumTop() != null) {
                    s.addField("forum", d.forumTop());
                }
                if (d.year() != null) {
                    s.addField("year", Integer.toString(d.year()));
                }
                for (String theme : p.themes()) {
                    s.addField("theme", theme);
                }
                batch.add(s);
                if (batch.size() == 1000) {
                    solr.add(batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            solr.add(batch);
        }
        solr.commit();
        solr.close();
        solr = null;
    }

    @Override
    public void open(Path work) throws Exception {
        solr = new EmbeddedSolrServer(home(work), "bench");
    }

    @Override
    public long sizeBytes(Path work) throws Exception {
        try (Stream<Path> files = Files.walk(home(work).resolve("bench").resolve("data"))) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static SolrQuery query(Query q) {
        String[] t = q.terms();
        SolrQuery s = new SolrQuery();
        s.setRows(10);
        s.setFields("id");
        switch (q.kind()) {
            case "term_frequent", "term_rare" -> s.setQuery("text:" + t[0]);
            case "and", "highlight" -> s.setQuery("text:" + t[0] + " AND text:" + t[1]);
            case "or" -> s.setQuery("text:" + t[0] + " OR text:" + t[1]);
            case "phrase" -> s.setQuery("text:\"" + q.words() + "\"");
            case "facet_filter" -> {
                s.setQuery("text:" + t[0]);
                s.addFilterQuery("type:" + ClientUtils.escapeQueryChars(q.arg()));
                s.setFacet(true);
                s.addFacetField("forum", "year", "theme");
                s.setFacetLimit(10);
                s.setFacetMinCount(1);
            }
            case "date_range" -> {
                s.setQuery("text:" + t[0]);
                s.addFilterQuery("date:[" + LocalDate.parse(q.from()).toEpochDay() + " TO "
                        + LocalDate.parse(q.to()).toEpochDay() + "]");
            }
            case "symbol" -> s.setQuery("symbol:" + ClientUtils.escapeQueryChars(q.words()));
            default -> throw new IllegalArgumentException(q.kind());
        }
        if (q.kind().equals("highlight")) {
            s.setHighlight(true);
            s.set("hl.method", "unified");
            s.set("hl.fl", "text");
        }
        return s;
    }

    @Override
    public long run(Query q) throws Exception {
        QueryResponse r = solr.query(query(q));
        return r.getResults().getNumFound();
    }

    @Override
    public void close() throws Exception {
        if (solr != null) {
            solr.close();
        }
    }
}
