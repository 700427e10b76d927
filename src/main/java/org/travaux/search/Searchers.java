package org.travaux.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.travaux.index.TravauxIndex;

/**
 * Hands out searchers over the current index: a {@link SearcherManager}, refreshed before each use, so searches
 * run concurrently without locking and a re-ingest becomes visible without a restart.
 */
public final class Searchers implements AutoCloseable {
    private final SearcherManager manager;
    private final Directory ownDirectory;

    private Searchers(SearcherManager manager, Directory ownDirectory) {
        this.manager = manager;
        this.ownDirectory = ownDirectory;
    }

    /** Near-real-time searchers over an index this process writes. */
    public static Searchers over(TravauxIndex index) throws IOException {
        return new Searchers(index.newSearcherManager(), null);
    }

    /** Searchers over the last commit of an index folder, without taking its write lock. */
    public static Searchers open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no index at " + dir.toAbsolutePath() + ": run 'travaux ingest FOLDER' first");
        }
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IllegalArgumentException("no index at " + dir.toAbsolutePath()
                        + ": run 'travaux ingest FOLDER' first");
            }
            return new Searchers(new SearcherManager(directory, null), directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    IndexSearcher acquire() throws IOException {
        manager.maybeRefresh();
        return manager.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        manager.release(searcher);
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            if (ownDirectory != null) {
                ownDirectory.close();
            }
        }
    }
}
