package org.travaux.bench.solr;

import java.nio.file.Path;
import java.util.List;
import org.travaux.bench.harness.Query;
import org.travaux.bench.harness.WrkScript;

/**
 * Writes the wrk Lua script of the query set for Solr over HTTP: every query as the {@code /select} request
 * {@link SolrSystem#query} sends in process (same q, fq, rows, fl, facets and highlighting), so that the load over
 * HTTP asks Solr what {@code bench/run} times embedded. The response is Solr's default JSON, as Travaux answers JSON.
 * <p>usage: SolrWrkScript QUERIES.tsv OUT.lua [PATH_PREFIX (default /solr/bench)]
 */
public final class SolrWrkScript {
    private SolrWrkScript() {
    }

    public static void main(String[] args) throws Exception {
        List<Query> queries = Query.read(Path.of(args[0]));
        String prefix = args.length > 2 ? args[2] : "/solr/" + SolrHttpServer.CORE;
        WrkScript.write(Path.of(args[1]), "SolrWrkScript from " + Path.of(args[0]).getFileName() + ": "
                + queries.size() + " GET " + prefix + "/select requests",
                queries.stream().map(q -> prefix + "/select" + SolrSystem.query(q).toQueryString()).toList());
    }
}
