package org.travaux.bench.solr;

import org.travaux.bench.harness.Worker;

/** The harness's {@link Worker} with Solr as the system, in a JVM whose classpath has Lucene 9 only. */
public final class SolrWorker {
    private SolrWorker() {
    }

    public static void main(String[] args) throws Exception {
        Worker.serve(new SolrSystem(), args);
    }
}
