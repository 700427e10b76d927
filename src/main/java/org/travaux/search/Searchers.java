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
 * Hands out searchers over the current index: a {@link SearcherManager}, refreshed before use, so searches run
 * concurrently without locking and a re-ingest becomes visible without a restart.
 */
public final class Searchers implements AutoCloseable {
    /**
     * How stale a searcher over an index folder may be. Checking a folder for a new commit reads it from disk, which
     * cost about a tenth of a hit-only search when done for every request; another process's commit shows up within
     * this delay instead.
     */
    static final long FOLDER_REFRESH_NANOS = 100_000_000L;

    private final SearcherManager manager;
    private final Directory ownDirectory;
    private final long refreshEveryNanos;
    private volatile long lastRefresh = System.nanoTime();

    private Searchers(SearcherManager manager, Directory ownDirectory, long refreshEveryNanos) {
        this.manager = manager;
        this.ownDirectory = ownDirectory;
        this.refreshEveryNanos = refreshEveryNanos;
    }

    /** Near-real-time searchers over an index this process writes: checked before every use (an in-memory check). */
    public static Searchers over(TravauxIndex index) throws IOException {
        return new Searchers(index.newSearcherManager(), null, 0);
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
            return new Searchers(new SearcherManager(directory, null), directory, FOLDER_REFRESH_NANOS);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    IndexSearcher acquire() throws IOException {
        long now = System.nanoTime();
        if (now - lastRefresh >= refreshEveryNanos) {
            lastRefresh = now;
            manager.maybeRefresh();
        }
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
