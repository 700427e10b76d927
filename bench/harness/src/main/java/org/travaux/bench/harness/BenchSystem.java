package org.travaux.bench.harness;

import java.nio.file.Path;
import java.util.List;

/** One system under test, run alone in its own JVM by {@link Worker}. */
public interface BenchSystem extends AutoCloseable {
    /** Builds the system's index from the shared documents, into {@code work}; closes what it wrote. */
    void load(Iterable<Corpus.Doc> docs, Path work) throws Exception;

    /** Opens the built index for searching. */
    void open(Path work) throws Exception;

    /** Bytes the index takes on disk. */
    long sizeBytes(Path work) throws Exception;

    /**
     * Runs one query as an application would (top 10 by relevance and the exact total; facet counts, highlights
     * when the kind asks for them) and returns the count that {@link Run} compares across systems.
     */
    long run(Query q) throws Exception;

    /** Whether {@link #run} counts matching paragraphs (comparable across systems) or something else. */
    default boolean countsParagraphs() {
        return true;
    }

    static BenchSystem named(String name) {
        return switch (name) {
            case "lucene" -> new LuceneSystem();
            case "travaux" -> new TravauxSystem();
            case "sqlite" -> new SqliteSystem();
            case "postgres" -> new PostgresSystem();
            case "travaux-http" -> new TravauxHttpSystem();
            default -> throw new IllegalArgumentException("unknown system '" + name + "'");
        };
    }
}
